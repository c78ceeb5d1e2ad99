/** A throwaway content tree for editorial tests, and the edits an editor makes to it. */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseMarkdownFile, toMarkdownFile } from '../../../scripts/lib/frontmatter.ts';
import { markdownToSourceBody } from '../../../src/lib/source-body.ts';
import type { Citation, Claim } from '../../../src/schema.ts';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** A temp root holding content/articles/<story>/ with the fixture's first articles. */
export async function makeRoot(story: string, from: string): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'factsheet-editorial-'));
  await cp(path.join(FIXTURES, story, from), path.join(root, 'content/articles', story), { recursive: true });
  return root;
}

export const removeRoot = (root: string) => rm(root, { recursive: true, force: true });

/** Every file under content/, by path: to compare trees byte for byte. */
export async function snapshot(root: string): Promise<Map<string, string>> {
  const files = (await readdir(path.join(root, 'content'), { recursive: true })).map(String).sort();
  const out = new Map<string, string>();
  for (const f of files) {
    const text = await readFile(path.join(root, 'content', f), 'utf8').catch(() => null);
    if (text !== null) out.set(f.split(path.sep).join('/'), text);
  }
  return out;
}

export interface SheetData {
  claims: Claim[];
  [key: string]: unknown;
}

export const sheetFile = (story: string) => `content/factsheets/${story}.md`;

export async function readSheet(root: string, story: string): Promise<SheetData> {
  const text = await readFile(path.join(root, sheetFile(story)), 'utf8');
  return parseMarkdownFile(text, sheetFile(story)).data as unknown as SheetData;
}

/** An editor's change to the fact sheet's frontmatter (the body is kept). */
export async function editSheet(root: string, story: string, change: (sheet: SheetData) => void): Promise<void> {
  const file = path.join(root, sheetFile(story));
  const parsed = parseMarkdownFile(await readFile(file, 'utf8'), sheetFile(story));
  const data = parsed.data as unknown as SheetData;
  change(data);
  await writeFile(file, toMarkdownFile(data, parsed.body), 'utf8');
}

/** The claim one of whose quotes contains `text`. */
export function claimQuoting(sheet: SheetData, text: string): Claim {
  const found = sheet.claims.find((c) => c.citations.some((x) => x.quote.includes(text)));
  if (!found) throw new Error(`no claim quotes "${text}"; claims: ${sheet.claims.map((c) => c.statement).join(' | ')}`);
  return found;
}

/** A citation of a sentence, as an editor writes it: anchor looked up in the source file. */
export async function citeSentence(root: string, source: string, quote: string): Promise<Citation> {
  const text = await readFile(path.join(root, 'content/sources', `${source}.md`), 'utf8');
  const body = parseMarkdownFile(text, source).body;
  const sentence = markdownToSourceBody(body).flat().find((s) => s.text.includes(quote));
  if (!sentence) throw new Error(`"${quote}" is not in ${source}`);
  return { source, quote, anchor: sentence.anchor, attribution: { speaker: null, affiliation: null, verb: null }, origin: 'editor' };
}

export const citesSource = (claim: Claim, source: string): boolean => claim.citations.some((c) => c.source === source);
