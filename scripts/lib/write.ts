/**
 * Writes content collections: validated against the schema first, serialised in a fixed
 * order, written atomically (temp file + rename) and only when the bytes change.
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { factsheet as factsheetSchema, source as sourceSchema, type Factsheet, type Source } from '../../src/schema.ts';
import { sourceBodyToMarkdown } from '../../src/lib/source-body.ts';
import { FactsheetError } from './errors.ts';
import { compact, toMarkdownFile } from './frontmatter.ts';

/** Keys kept even when empty/false, so editors see the switches they can flip. */
const ALWAYS = new Set(['reviewed', 'rejected', 'citations', 'claims', 'published', 'url']);

export function sourceFile(source: Source, paragraphs: readonly (readonly string[])[]): string {
  const data = sourceSchema.parse(source);
  return toMarkdownFile(compact(data, ALWAYS), sourceBodyToMarkdown(paragraphs));
}

export function factsheetFile(sheet: Factsheet, body = ''): string {
  const result = factsheetSchema.safeParse(sheet);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new FactsheetError(`content/factsheets/${sheet.id}.md`, null, `the fact sheet does not fit the schema at ${issue.path.join('.')}: ${issue.message}`, 'this is a bug in the pipeline; report it with the input articles', 'write/schema');
  }
  return toMarkdownFile(compact(result.data, ALWAYS), body);
}

/** Writes `text` to `file` atomically; returns false when the file already held exactly that. */
export async function writeAtomic(file: string, text: string): Promise<boolean> {
  const current = await readFile(file, 'utf8').catch(() => null);
  if (current === text) return false;
  await mkdir(path.dirname(file), { recursive: true });
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  await writeFile(temp, text, 'utf8');
  await rename(temp, file);
  return true;
}

export async function removeFile(file: string): Promise<void> {
  await rm(file, { force: true });
}
