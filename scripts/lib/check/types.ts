/** Problems as data: every check returns a list of these, and the runner prints them. */
import type { Factsheet, Source } from '../../../src/schema.ts';
import type { BodySentence } from '../../../src/lib/source-body.ts';
import type { ParsedMarkdown } from '../frontmatter.ts';

export interface Problem {
  /** Path relative to the repository root. */
  file: string;
  /** 1-based line, or null when the problem concerns the whole file. */
  line: number | null;
  /** Rule id, e.g. "quote/not-found". */
  rule: string;
  /** What is wrong, in words. */
  message: string;
  /** What to do about it. */
  fix: string;
  /** Errors fail `npm run check`; warnings are only printed. */
  severity: 'error' | 'warning';
}

/** One fact sheet file as read from content/factsheets. */
export interface FactsheetFile {
  file: string;
  parsed: ParsedMarkdown;
  /** The validated fact sheet, or null when it does not fit the schema. */
  sheet: Factsheet | null;
}

/** One source file as read from content/sources, with its body split into anchored sentences. */
export interface SourceFile {
  file: string;
  parsed: ParsedMarkdown;
  source: Source | null;
  sentences: BodySentence[];
  /** Line in the file of each body sentence. */
  lineOf(sentence: BodySentence): number;
}

/** Everything the checks look at, read once. */
export interface Content {
  root: string;
  factsheets: FactsheetFile[];
  /** By source id (from the frontmatter, else the path). */
  sources: Map<string, SourceFile>;
  /** Problems found while reading (unreadable YAML, missing frontmatter). */
  problems: Problem[];
}

export type Check = (content: Content) => Problem[] | Promise<Problem[]>;
