/** Reads content/factsheets and content/sources once for all checks. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { factsheet as factsheetSchema, source as sourceSchema } from '../../../src/schema.ts';
import { markdownToSourceBody } from '../../../src/lib/source-body.ts';
import { FactsheetError } from '../errors.ts';
import { parseMarkdownFile, type ParsedMarkdown } from '../frontmatter.ts';
import type { Content, FactsheetFile, Problem, SourceFile } from './types.ts';

async function listMarkdown(root: string, dir: string): Promise<string[]> {
  const entries = await readdir(path.join(root, dir), { recursive: true }).catch(() => [] as string[]);
  return entries
    .filter((e) => e.endsWith('.md'))
    .map((e) => `${dir}/${e.split(path.sep).join('/')}`)
    .sort();
}

async function parse(root: string, file: string, problems: Problem[]): Promise<ParsedMarkdown | null> {
  const text = await readFile(path.join(root, file), 'utf8');
  try {
    return parseMarkdownFile(text, file);
  } catch (error) {
    if (!(error instanceof FactsheetError)) throw error;
    problems.push({ file, line: error.line, rule: error.ruleId, message: error.reason, fix: error.fix, severity: 'error' });
    return null;
  }
}

export async function loadContent(root: string): Promise<Content> {
  const problems: Problem[] = [];
  const factsheets: FactsheetFile[] = [];
  for (const file of await listMarkdown(root, 'content/factsheets')) {
    const parsed = await parse(root, file, problems);
    if (!parsed) continue;
    const result = factsheetSchema.safeParse(parsed.data);
    factsheets.push({ file, parsed, sheet: result.success ? result.data : null });
  }
  const sources = new Map<string, SourceFile>();
  for (const file of await listMarkdown(root, 'content/sources')) {
    const parsed = await parse(root, file, problems);
    if (!parsed) continue;
    const result = sourceSchema.safeParse(parsed.data);
    const source = result.success ? result.data : null;
    const id = source?.id ?? file.replace(/^content\/sources\//, '').replace(/\.md$/, '');
    sources.set(id, {
      file,
      parsed,
      source,
      sentences: markdownToSourceBody(parsed.body).flat(),
      lineOf: (s) => parsed.bodyLine + s.line - 1,
    });
  }
  return { root, factsheets, sources, problems };
}
