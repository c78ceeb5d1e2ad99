/**
 * The ingest pipeline, stage by stage: load -> clean -> metadata -> sentences -> claims
 * -> reconcile -> write. Everything is computed before anything is written, so an error
 * leaves the content tree untouched.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { foldSpace } from '../../src/lib/anchor.ts';
import { factsheet as factsheetSchema, type Citation, type Factsheet, type Source } from '../../src/schema.ts';
import { draftFactsheet } from './claims/index.ts';
import { clean } from './clean/index.ts';
import { FactsheetError } from './errors.ts';
import { parseMarkdownFile } from './frontmatter.ts';
import { loadAll, type StoryInput } from './load.ts';
import { resolveMetadata } from './metadata.ts';
import { reconcile } from './reconcile.ts';
import { splitSentences } from './sentences.ts';
import { fillPublished } from './publication-date.ts';
import { findCopies } from './syndication.ts';
import type { Article } from './types.ts';
import { factsheetFile, removeFile, sourceFile, writeAtomic } from './write.ts';

export interface IngestOptions {
  root: string;
  /** Called after each article is processed, for a progress bar. */
  onArticle?: (done: number, total: number) => void;
}

export interface IngestReport {
  stories: number;
  articles: number;
  sentences: number;
  claims: number;
  multiSource: number;
  written: string[];
  removed: string[];
}

/** Stages 2-4 for one loaded story. */
export function prepareArticles(story: StoryInput, onArticle?: () => void): Article[] {
  const articles = story.articles.map((loaded) => {
    const cleaned = clean(loaded);
    const metadata = resolveMetadata(cleaned, story.language ?? 'en');
    const sentences = splitSentences(loaded.id, cleaned.paragraphs);
    onArticle?.();
    return { ...cleaned, metadata, sentences, copyOf: null as string | null };
  });
  // Dates read from the text first: a wire dated only by its dateline ("June 22") is no later than the copy that repeats it.
  const dated = fillPublished(articles);
  const copies = findCopies(dated.map((a) => ({ id: a.id, published: a.metadata.published, sentences: a.sentences, outlet: a.metadata.outlet, agency: a.datelineOutlet })));
  return dated.map((a) => ({ ...a, copyOf: copies.get(a.id) ?? null }));
}

export function toSource(article: Article): Source {
  const m = article.metadata;
  return {
    id: article.id,
    story: article.story,
    file: article.file,
    hash: article.hash,
    title: m.title,
    outlet: m.outlet,
    published: m.published,
    url: m.url,
    author: m.author,
    language: m.language,
    dateline: article.dateline,
    metadataFrom: m.metadataFrom,
    copyOf: article.copyOf,
  };
}

/** Paragraphs of sentence texts, the shape of a source's body. */
export function sourceParagraphs(article: Article): string[][] {
  const paragraphs: string[][] = [];
  for (const s of article.sentences) (paragraphs[s.paragraph] ??= []).push(s.text);
  return paragraphs.filter(Boolean);
}

/** Reads and validates an existing fact sheet; null when there is none. */
export async function readFactsheet(root: string, slug: string): Promise<{ sheet: Factsheet; body: string } | null> {
  const rel = `content/factsheets/${slug}.md`;
  const text = await readFile(path.join(root, rel), 'utf8').catch(() => null);
  if (text === null) return null;
  const parsed = parseMarkdownFile(text, rel);
  const result = factsheetSchema.safeParse(parsed.data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new FactsheetError(rel, parsed.lineOf(issue.path as (string | number)[]), `${issue.path.join('.')}: ${issue.message}`, 'correct the field (see CONTRIBUTING.md for the fields a claim can have), then run ingest again', 'schema');
  }
  return { sheet: result.data, body: parsed.body };
}

export async function ingest(options: IngestOptions): Promise<IngestReport> {
  const { root } = options;
  const stories = await loadAll(root);
  const total = stories.reduce((n, s) => n + s.articles.length, 0);
  let done = 0;
  const files = new Map<string, string>();
  const report: IngestReport = { stories: stories.length, articles: total, sentences: 0, claims: 0, multiSource: 0, written: [], removed: [] };
  for (const story of stories) {
    const articles = prepareArticles(story, () => options.onArticle?.(++done, total));
    for (const article of articles) {
      files.set(`content/sources/${article.id}.md`, sourceFile(toSource(article), sourceParagraphs(article)));
      report.sentences += article.sentences.length;
    }
    const draft = draftFactsheet({ slug: story.slug, title: story.title, summary: story.summary, language: story.language }, articles);
    const existing = await readFactsheet(root, story.slug);
    const sentences = new Map(articles.flatMap((a) => a.sentences.map((x) => [`${x.source}#${x.anchor}`, foldSpace(x.text)] as const)));
    const quoteHolds = (c: Citation): boolean => sentences.get(`${c.source}#${c.anchor}`)?.includes(foldSpace(c.quote)) ?? false;
    const sheet = reconcile(existing?.sheet ?? null, draft, { quoteHolds });
    files.set(`content/factsheets/${story.slug}.md`, factsheetFile(sheet, existing?.body ?? ''));
    const live = sheet.claims.filter((c) => !c.rejected);
    report.claims += live.length;
    report.multiSource += live.filter((c) => new Set(c.citations.map((x) => x.source)).size >= 2).length;
  }
  // Source entries are machine-made: drop those whose article is gone. Fact sheets are never deleted.
  const stale = (await listMarkdown(path.join(root, 'content/sources'))).map((f) => `content/sources/${f}`).filter((f) => !files.has(f));
  for (const [rel, text] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    if (await writeAtomic(path.join(root, rel), text)) report.written.push(rel);
  }
  for (const rel of stale) {
    await removeFile(path.join(root, rel));
    report.removed.push(rel);
  }
  return report;
}

async function listMarkdown(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
  return entries.filter((e) => e.endsWith('.md')).map((e) => e.split(path.sep).join('/')).sort();
}
