/** Markdown files with YAML frontmatter: deterministic output and parsing with line numbers. */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, stringify, type Node as YamlNode } from 'yaml';
import { FactsheetError } from './errors.ts';

/** Drops null, undefined, empty arrays, empty strings and `false` so files show only what is set. */
export function compact(value: unknown, keep: ReadonlySet<string> = new Set()): unknown {
  if (Array.isArray(value)) return value.map((v) => compact(v, keep));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const empty = v === null || v === undefined || v === '' || v === false || (Array.isArray(v) && v.length === 0);
      if (empty && !keep.has(k)) continue;
      out[k] = compact(v, keep);
    }
    return out;
  }
  return value;
}

export function toMarkdownFile(data: unknown, body: string): string {
  const yaml = stringify(data, { lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN', aliasDuplicateObjects: false });
  const text = body.trim() ? `\n${body.trim()}\n` : '';
  return `---\n${yaml}---\n${text}`;
}

export interface ParsedMarkdown {
  data: Record<string, unknown>;
  body: string;
  /** 1-based line of the first body line in the file. */
  bodyLine: number;
  /** Line in the file of a frontmatter value, by its path (e.g. ["claims", 3, "citations", 0, "quote"]). */
  lineOf(path: readonly (string | number)[]): number;
}

export function parseMarkdownFile(text: string, file: string): ParsedMarkdown {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) throw new FactsheetError(file, 1, 'the file has no YAML frontmatter', 'start the file with a line `---`, the fields, and another `---`', 'frontmatter/missing');
  const lineCounter = new LineCounter();
  const doc = parseDocument(match[1]!, { lineCounter, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    const line = (error.linePos?.[0]?.line ?? 1) + 1;
    throw new FactsheetError(file, line, `invalid YAML: ${error.message.split('\n')[0]}`, 'fix the YAML at that line: check indentation, and put text containing ": " or "#" in quotes', 'frontmatter/yaml');
  }
  const data = (doc.toJS() ?? {}) as Record<string, unknown>;
  const lineOf = (path: readonly (string | number)[]): number => {
    let node: YamlNode | null | undefined = doc.contents as YamlNode;
    let last = node;
    for (const key of path) {
      if (isMap(node)) node = node.get(key, true) as YamlNode | undefined;
      else if (isSeq(node)) node = node.get(Number(key), true) as YamlNode | undefined;
      else node = undefined;
      if (!node) break;
      last = node;
    }
    const offset = (isScalar(last) || isMap(last) || isSeq(last)) && last.range ? last.range[0] : 0;
    return lineCounter.linePos(offset).line + 1;
  };
  return { data, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length, lineOf };
}
