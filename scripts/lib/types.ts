/** Plain data passed between the ingest stages, in the order they run. */
import type { Attribution } from '../../src/schema.ts';

/** Metadata a user gave for one article (frontmatter or sources.yaml). */
export interface GivenMetadata {
  title?: string;
  outlet?: string;
  published?: string;
  url?: string;
  author?: string;
  language?: string;
}

/** A paragraph-sized piece of article text with the line it starts on in the file. */
export interface Block {
  text: string;
  line: number;
}

/** Stage 1, load: one article file, read but not interpreted. */
export interface LoadedArticle {
  story: string;
  /** "<story>/<stem>": the source id. */
  id: string;
  /** Path relative to the repository root. */
  file: string;
  /** sha256 of the raw bytes. */
  hash: string;
  given: GivenMetadata;
  blocks: Block[];
}

/** Stage 2, clean: article text without boilerplate, plus what the removed lines told. */
export interface CleanArticle extends LoadedArticle {
  /** Paragraphs of article text. */
  paragraphs: Block[];
  headline: string | null;
  dateline: string | null;
  /** Site name printed above the article (a saved page's masthead). */
  masthead: string | null;
  /** Agency or outlet named by the dateline, e.g. "dpa-AFX". */
  datelineOutlet: string | null;
  /** Date found in a "date …" line or a byline strip, YYYY-MM-DD. */
  textDate: string | null;
  /** Author named by a byline strip ("By Sofia Amaral"). */
  author: string | null;
  /** What was dropped and why, for the ingest report and tests. */
  dropped: { rule: string; line: number; text: string }[];
}

/** Stage 3, metadata: the article's resolved metadata. */
export interface ArticleMetadata {
  title: string;
  outlet: string;
  published: string | null;
  url: string | null;
  author: string | null;
  language: string;
  metadataFrom: Record<string, 'given' | 'text' | 'default'>;
}

/** Stage 4, sentences. */
export interface Sentence {
  /** Source id. */
  source: string;
  anchor: string;
  text: string;
  /** Index of the paragraph within the article, and of the sentence within the article. */
  paragraph: number;
  index: number;
  line: number;
  /** An item of a bulleted list ("- 14 children fell ill"): a claim though it has no full stop. */
  point?: boolean;
}

export interface Article extends CleanArticle {
  metadata: ArticleMetadata;
  sentences: Sentence[];
  /** Source id of an earlier article whose text this one copies, if any. */
  copyOf: string | null;
}

/** Stage 5, claims: one checkable fact as stated in one sentence. */
export interface Candidate {
  source: string;
  anchor: string;
  /** Verbatim span of the sentence that states the fact. */
  quote: string;
  /** Neutral statement of the fact. */
  statement: string;
  attribution: Attribution;
  /** True when the sentence denies something. */
  denial: boolean;
  figures: CandidateFigure[];
  date: { start: string; end: string | null; text: string } | null;
  entities: string[];
  /** Content tokens used for matching. */
  tokens: string[];
}

export interface CandidateFigure {
  value: number;
  text: string;
  qualifier: string;
  /** Head noun of what is counted, e.g. "soldiers". */
  unit: string;
}
