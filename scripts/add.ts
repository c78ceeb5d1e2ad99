/**
 * `npm run add -- <files or folders> [--story slug] [--outlet name] [--published YYYY-MM-DD] [--url URL] [--no-ingest]`
 *
 * Copies .txt and .md articles into content/articles/<story>/, skips ones already there
 * (same bytes), records the metadata it can infer in the story's sources.yaml (a date in the
 * file name, and the --outlet/--published/--url given), shows what ingest finds in the text,
 * says what is still missing, and runs ingest.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parseDocument } from 'yaml';
import { FactsheetError } from './lib/errors.ts';
import { loadStory, parseYamlFile, pickMetadata, slugify } from './lib/load.ts';
import { ingest, prepareArticles } from './lib/pipeline.ts';
import { reportError } from './lib/report-error.ts';

export interface AddOptions {
  root: string;
  /** Files or folders to add. */
  inputs: string[];
  /** Story slug; defaults to the name of the folder given, when one folder is given. */
  story?: string;
  outlet?: string;
  published?: string;
  url?: string;
  /** Run ingest afterwards (default true). */
  ingest?: boolean;
  log?: (line: string) => void;
}

export interface AddReport {
  story: string;
  /** Files copied, relative to the root. */
  added: string[];
  /** Inputs skipped because the story already holds the same bytes. */
  skipped: string[];
}

const ARTICLE = /\.(txt|md)$/i;
const FILE_DATE = /(\d{4})-?(\d{2})-?(\d{2})/;

const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

async function expand(input: string): Promise<string[]> {
  const info = await stat(input).catch(() => null);
  if (!info) throw new FactsheetError(input, null, 'no such file or folder', 'check the path');
  if (info.isFile()) return [input];
  const names = (await readdir(input, { recursive: true })).map(String).sort();
  return names.filter((n) => ARTICLE.test(n) && !n.split(path.sep).some((p) => p.startsWith('.'))).map((n) => path.join(input, n));
}

/** A calendar date in a file name, e.g. "reuters-2024-10-23.txt" or "20241023_ap.txt". */
export function dateFromName(name: string): string | null {
  const m = FILE_DATE.exec(name);
  if (!m) return null;
  const [, y, mo, d] = m;
  const date = `${y}-${mo}-${d}`;
  return Number(mo) >= 1 && Number(mo) <= 12 && Number(d) >= 1 && Number(d) <= 31 && Number(y) >= 1900 ? date : null;
}

export async function addArticles(options: AddOptions): Promise<AddReport> {
  const { root } = options;
  const log = options.log ?? ((line: string) => console.log(line));
  if (options.inputs.length === 0) throw new FactsheetError('npm run add', null, 'no files given', 'name the article files or a folder: npm run add -- path/to/articles --story my-story');
  if (options.published && !/^\d{4}-\d{2}-\d{2}$/.test(options.published)) throw new FactsheetError('--published', null, `"${options.published}" is not a date`, 'write it as YYYY-MM-DD');
  const folders = (await Promise.all(options.inputs.map(async (i) => ((await stat(i).catch(() => null))?.isDirectory() ? i : null)))).filter(Boolean) as string[];
  const story = slugify(options.story ?? (folders.length === 1 && options.inputs.length === 1 ? path.basename(path.resolve(folders[0]!)) : ''));
  if (!story) throw new FactsheetError('npm run add', null, 'which story do these articles belong to?', 'add --story <slug>, e.g. --story lisbon-ferry-fire-2025');

  const dir = path.posix.join('content/articles', story);
  await mkdir(path.join(root, dir), { recursive: true });
  const present = new Map<string, string>();
  for (const name of await readdir(path.join(root, dir))) {
    if (ARTICLE.test(name)) present.set(sha(await readFile(path.join(root, dir, name))), name);
  }
  const files = (await Promise.all(options.inputs.map(expand))).flat();
  if (files.length === 0) throw new FactsheetError(options.inputs.join(' '), null, 'no .txt or .md articles found', 'save articles as plain text (.txt) or Markdown (.md)');

  const report: AddReport = { story, added: [], skipped: [] };
  const sidecarPath = path.join(root, dir, 'sources.yaml');
  const sidecar = parseDocument(await readFile(sidecarPath, 'utf8').catch(() => ''));
  let sidecarChanged = false;
  const taken = new Set(await readdir(path.join(root, dir)));
  for (const file of files) {
    const bytes = await readFile(file);
    const hash = sha(bytes);
    if (present.has(hash)) {
      report.skipped.push(file);
      log(`skip ${file}: already in ${dir} as ${present.get(hash)}`);
      continue;
    }
    const ext = path.extname(file).toLowerCase();
    const stem = slugify(path.basename(file, path.extname(file))) || 'article';
    let name = `${stem}${ext}`;
    for (let n = 2; taken.has(name); n++) name = `${stem}-${n}${ext}`;
    taken.add(name);
    present.set(hash, name);
    await copyFile(file, path.join(root, dir, name));
    report.added.push(path.posix.join(dir, name));
    const given: Record<string, string> = {};
    const published = options.published ?? dateFromName(path.basename(file));
    if (published) given['published'] = published;
    if (options.outlet) given['outlet'] = options.outlet;
    if (options.url) given['url'] = options.url;
    const inFile = ext === '.md' ? pickMetadata(parseYamlFile(/^---\r?\n([\s\S]*?)\r?\n---/.exec(bytes.toString('utf8'))?.[1] ?? '', file) ?? {}) : {};
    for (const [key, value] of Object.entries(given)) {
      if (sidecar.hasIn([name, key]) || key in inFile) continue;
      sidecar.setIn([name, key], value);
      sidecarChanged = true;
    }
  }
  if (sidecarChanged) await writeFile(sidecarPath, String(sidecar), 'utf8');

  // What ingest will make of the new articles, and what an editor should still fill in.
  const loaded = await loadStory(root, dir);
  const fresh = new Set(report.added);
  for (const article of prepareArticles({ ...loaded, articles: loaded.articles.filter((a) => fresh.has(a.file)) })) {
    const m = article.metadata;
    log(`added ${article.file}`);
    log(`  title: ${m.title} (${m.metadataFrom['title']}), outlet: ${m.outlet} (${m.metadataFrom['outlet']}), published: ${m.published ?? 'unknown'} (${m.metadataFrom['published']})`);
    const missing = (['outlet', 'published'] as const).filter((k) => m.metadataFrom[k] === 'default');
    if (missing.length) log(`  missing: ${missing.join(', ')} — add them under "${path.basename(article.file)}:" in ${dir}/sources.yaml`);
  }
  if (options.ingest !== false && report.added.length > 0) {
    const r = await ingest({ root });
    log(`ingest: ${r.claims} claims; ${r.written.length} files written`);
  }
  return report;
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (isMain) {
  try {
    const { values, positionals } = parseArgs({
      allowPositionals: true,
      options: { story: { type: 'string' }, outlet: { type: 'string' }, published: { type: 'string' }, url: { type: 'string' }, 'no-ingest': { type: 'boolean' } },
    });
    const report = await addArticles({
      root: process.cwd(),
      inputs: positionals,
      story: values.story,
      outlet: values.outlet,
      published: values.published,
      url: values.url,
      ingest: !values['no-ingest'],
    });
    console.log(`add: ${report.added.length} article${report.added.length === 1 ? '' : 's'} added to ${report.story}, ${report.skipped.length} already there`);
  } catch (error) {
    process.exitCode = reportError(error);
  }
}
