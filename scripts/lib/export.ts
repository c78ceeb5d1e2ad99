/**
 * Machine-readable exports of the published content: claims.json and claims.csv.
 * Reads content/ directly (not the built site), validates with src/schema.ts,
 * and leaves rejected claims out.
 */
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { factsheet as factsheetSchema, source as sourceSchema, type Factsheet, type Source } from '../../src/schema.ts';
import { offlineRecords, offlineScript } from './offline-search.ts';

/** Validated content: every source and fact sheet, sorted by id. */
export interface Content {
  sources: Source[];
  factsheets: Factsheet[];
}

/** A content file that does not match the schema. */
export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`content is not valid (${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}):\n${problems.join('\n')}\nRun \`npm run check\` for details, fix the files, then build again.`);
    this.name = 'ContentError';
  }
}

/** YAML frontmatter of a Markdown file, or null when there is none. */
export function frontmatter(text: string): unknown {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  return match ? parseYaml(match[1]!) : null;
}

async function mdFiles(dir: string, depth: number): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory() && depth > 0) files.push(...(await mdFiles(full, depth - 1)));
    else if (e.isFile() && e.name.endsWith('.md')) files.push(full);
  }
  return files.sort();
}

async function readAll<S extends z.ZodType>(files: string[], schema: S, problems: string[]): Promise<z.infer<S>[]> {
  const out: z.infer<S>[] = [];
  for (const file of files) {
    let data: unknown;
    try {
      data = frontmatter(await readFile(file, 'utf8'));
    } catch (err) {
      problems.push(`${file}: frontmatter is not valid YAML (${(err as Error).message.split('\n')[0]})`);
      continue;
    }
    const result = schema.safeParse(data);
    if (result.success) out.push(result.data);
    else for (const issue of result.error.issues) problems.push(`${file}: ${issue.path.join('.') || '(frontmatter)'}: ${issue.message}`);
  }
  return out;
}

/**
 * Loads and validates content/<sources|factsheets>; throws a ContentError listing every problem.
 * @example const content = await loadContent('content');
 */
export async function loadContent(contentDir: string): Promise<Content> {
  if (!(await stat(contentDir).catch(() => null))?.isDirectory()) {
    throw new ContentError([`${contentDir}: no such content directory (run \`npm run ingest\` first)`]);
  }
  const problems: string[] = [];
  const sources = await readAll(await mdFiles(path.join(contentDir, 'sources'), 1), sourceSchema, problems);
  const factsheets = await readAll(await mdFiles(path.join(contentDir, 'factsheets'), 0), factsheetSchema, problems);
  if (problems.length) throw new ContentError(problems);
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { sources: sources.sort(byId), factsheets: factsheets.sort(byId) };
}

/** A fact sheet as published: rejected claims, and timeline/entity references to them, removed. */
export function publishedFactsheet(sheet: Factsheet): Factsheet {
  const claims = sheet.claims.filter((c) => !c.rejected);
  const shown = new Set(claims.map((c) => c.id));
  return {
    ...sheet,
    claims,
    timeline: sheet.timeline.filter((e) => shown.has(e.claim)),
    entities: sheet.entities.map((e) => ({ ...e, claims: e.claims.filter((c) => shown.has(c)) })),
  };
}

/**
 * The claims.json document: all sources, and every fact sheet with its published claims.
 * @example claimsJson(content).factsheets[0].claims[0].citations[0].anchor // 's-4f2a9c'
 */
export function claimsJson(content: Content): { sources: Source[]; factsheets: Factsheet[] } {
  return { sources: content.sources, factsheets: content.factsheets.map(publishedFactsheet) };
}

/** One CSV field, quoted per RFC 4180 when it holds a comma, quote or line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export const CSV_COLUMNS = ['factsheet', 'claim', 'statement', 'status', 'source', 'outlet', 'quote', 'anchor'] as const;

/**
 * claims.csv: a header, then one row per citation of a published claim, in fact sheet
 * id order, then claim order, then citation order; CRLF line ends (RFC 4180).
 */
export function claimsCsv(content: Content): string {
  const outlets = new Map(content.sources.map((s) => [s.id, s.outlet]));
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const sheet of content.factsheets.map(publishedFactsheet)) {
    for (const claim of sheet.claims) {
      for (const c of claim.citations) {
        rows.push([sheet.id, claim.id, claim.statement, claim.status, c.source, outlets.get(c.source) ?? '', c.quote, c.anchor]);
      }
    }
  }
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * Writes `<outDir>/claims.json`, `<outDir>/claims.csv` and the `file://` search index
 * `<outDir>/search-offline.js`; returns the paths written.
 * @example await writeExports('content', 'dist')
 */
export async function writeExports(contentDir: string, outDir: string): Promise<string[]> {
  const content = await loadContent(contentDir);
  await mkdir(outDir, { recursive: true });
  const json = path.join(outDir, 'claims.json');
  const csv = path.join(outDir, 'claims.csv');
  const offline = path.join(outDir, 'search-offline.js');
  await writeFile(json, JSON.stringify(claimsJson(content), null, 2) + '\n');
  await writeFile(csv, claimsCsv(content));
  await writeFile(offline, offlineScript(offlineRecords(claimsJson(content))));
  return [json, csv, offline];
}
