/** Stage 1: files -> LoadedArticle. Reads; never writes: the raw files are the archive. */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { remark } from 'remark';
import { toString } from 'mdast-util-to-string';
import { FactsheetError } from './errors.ts';
import type { Block, GivenMetadata, LoadedArticle } from './types.ts';

export interface StoryInput {
  slug: string;
  /** Folder, relative to the repository root. */
  dir: string;
  title?: string;
  summary?: string;
  language?: string;
  articles: LoadedArticle[];
}

const ARTICLE_EXTENSIONS = new Set(['.txt', '.md']);
const STORY_FILES = new Set(['story.yaml', 'sources.yaml']);

/** Turns a file stem into the slug part of an id: "000_A b" -> "000-a-b". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Decodes UTF-8 strictly, so a Latin-1 or UTF-16 file is reported instead of garbled. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes).replace(/\r\n?/g, '\n');
  } catch {
    throw new FactsheetError(file, null, 'the file is not valid UTF-8', 're-save it as UTF-8 (in most editors: Save with encoding → UTF-8)', 'load/encoding');
  }
}

/** Blank-line paragraphs of a plain-text article; single newlines also split, since many sites put one paragraph per line. */
export function textBlocks(text: string, firstLine = 1): Block[] {
  const blocks: Block[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (line) blocks.push({ text: line, line: firstLine + i });
  });
  return blocks;
}

/** Splits YAML frontmatter from a Markdown article. */
function splitFrontmatter(text: string, file: string): { data: Record<string, unknown>; body: string; bodyLine: number } {
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(text);
  if (!match) return { data: {}, body: text, bodyLine: 1 };
  const data = parseYamlFile(match[1]!, file, 2);
  return { data: data ?? {}, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/** Parses YAML and reports a syntax error with its line. */
export function parseYamlFile(text: string, file: string, lineOffset = 1): Record<string, unknown> | null {
  try {
    const data = parseYaml(text) as unknown;
    if (data == null) return null;
    if (typeof data !== 'object' || Array.isArray(data)) {
      throw new FactsheetError(file, lineOffset, 'expected a mapping of keys to values', 'write it as `key: value` lines');
    }
    return data as Record<string, unknown>;
  } catch (error) {
    if (error instanceof FactsheetError) throw error;
    const e = error as { message: string; linePos?: { line: number }[] };
    const line = (e.linePos?.[0]?.line ?? 1) + lineOffset - 1;
    throw new FactsheetError(file, line, `invalid YAML: ${e.message.split('\n')[0]}`, 'fix the YAML syntax at that line (check indentation and quotes)', 'load/yaml');
  }
}

/** Markdown article body -> blocks of plain text, each with its line in the file. */
function markdownBlocks(body: string, bodyLine: number): Block[] {
  const tree = remark().parse(body);
  const blocks: Block[] = [];
  const visit = (nodes: typeof tree.children): void => {
    for (const node of nodes) {
      if (node.type === 'list' || node.type === 'blockquote') {
        for (const child of node.children) visit(child.type === 'listItem' ? child.children : [child]);
        continue;
      }
      if (node.type === 'code' || node.type === 'html' || node.type === 'thematicBreak') continue;
      const text = toString(node).replace(/\s+/g, ' ').trim();
      if (text) blocks.push({ text, line: (node.position?.start.line ?? 1) + bodyLine - 1 });
    }
  };
  visit(tree.children);
  return blocks;
}

const stringField = (value: unknown): string | undefined => {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && value.trim()) return value.trim();
  if (typeof value === 'number') return String(value);
  return undefined;
};

/** Keeps the metadata keys we know, as strings. */
export function pickMetadata(data: Record<string, unknown> | undefined): GivenMetadata {
  const given: GivenMetadata = {};
  if (!data) return given;
  for (const key of ['title', 'outlet', 'published', 'url', 'author', 'language'] as const) {
    const value = stringField(data[key] ?? (key === 'published' ? data['date'] : undefined));
    if (value) given[key] = value;
  }
  return given;
}

/** Reads one story folder. `root` is the repository root; `dir` is relative to it. */
export async function loadStory(root: string, dir: string): Promise<StoryInput> {
  const slug = slugify(path.basename(dir));
  const names = (await readdir(path.join(root, dir))).filter((n) => !n.startsWith('.')).sort();
  const rel = (name: string) => path.posix.join(dir.split(path.sep).join('/'), name);
  let story: Record<string, unknown> = {};
  let sidecar: Record<string, unknown> = {};
  for (const name of names.filter((n) => STORY_FILES.has(n))) {
    const text = decodeUtf8(await readFile(path.join(root, dir, name)), rel(name));
    const data = parseYamlFile(text, rel(name)) ?? {};
    if (name === 'story.yaml') story = data;
    else sidecar = data;
  }
  const articles: LoadedArticle[] = [];
  const seen = new Map<string, string>();
  for (const name of names) {
    if (STORY_FILES.has(name)) continue;
    const ext = path.extname(name).toLowerCase();
    if (!ARTICLE_EXTENSIONS.has(ext)) {
      throw new FactsheetError(rel(name), null, `unsupported file type "${ext || name}": articles must be .txt or .md`, 'save the article as plain text (.txt) or Markdown (.md), or move the file out of content/articles/', 'load/file-type');
    }
    const bytes = await readFile(path.join(root, dir, name));
    const text = decodeUtf8(bytes, rel(name));
    const stem = slugify(path.basename(name, ext));
    if (!stem) throw new FactsheetError(rel(name), null, 'the file name has no letters or digits', 'rename the file, e.g. "reuters-2024-10-23.txt"', 'load/file-name');
    if (seen.has(stem)) throw new FactsheetError(rel(name), null, `its id "${stem}" is the same as that of ${seen.get(stem)}`, 'rename one of the two files', 'load/duplicate-id');
    seen.set(stem, name);
    const fromSidecar = pickMetadata(sidecar[name] as Record<string, unknown> | undefined);
    let blocks: Block[];
    let fromFrontmatter: GivenMetadata = {};
    if (ext === '.md') {
      const { data, body, bodyLine } = splitFrontmatter(text, rel(name));
      fromFrontmatter = pickMetadata(data);
      blocks = markdownBlocks(body, bodyLine);
    } else {
      blocks = textBlocks(text);
    }
    articles.push({
      story: slug,
      id: `${slug}/${stem}`,
      file: rel(name),
      hash: createHash('sha256').update(bytes).digest('hex'),
      given: { ...fromSidecar, ...fromFrontmatter },
      blocks,
    });
  }
  for (const name of Object.keys(sidecar)) {
    if (!names.includes(name)) {
      throw new FactsheetError(rel('sources.yaml'), null, `it describes "${name}", which is not in ${dir}`, 'fix the file name in sources.yaml or add the article', 'load/sidecar');
    }
  }
  return {
    slug,
    dir,
    title: stringField(story['title']),
    summary: stringField(story['summary']),
    language: stringField(story['language']),
    articles,
  };
}

/** Every story folder under content/articles, in name order. */
export async function loadAll(root: string, articlesDir = 'content/articles'): Promise<StoryInput[]> {
  const entries = await readdir(path.join(root, articlesDir), { withFileTypes: true }).catch(() => []);
  const dirs = entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name).sort();
  return Promise.all(dirs.map((d) => loadStory(root, path.posix.join(articlesDir, d))));
}
