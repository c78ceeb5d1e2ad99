import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { factsheet as factsheetSchema, source as sourceSchema } from '../../src/schema.ts';
import { markdownToSourceBody } from '../../src/lib/source-body.ts';
import { parseMarkdownFile } from '../../scripts/lib/frontmatter.ts';
import { ingest } from '../../scripts/lib/pipeline.ts';

const GOLD = path.join(import.meta.dirname, '../gold');
const STORY = 'lisbon-ferry-fire-2025';

function tree(root: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const rel of readdirSync(path.join(root, 'content'), { recursive: true }) as string[]) {
    const full = path.join(root, 'content', rel);
    if (statSync(full).isFile()) files.set(rel, readFileSync(full, 'utf8'));
  }
  return files;
}

describe('ingest on a made-up story', () => {
  let root: string;
  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'ingest-'));
    cpSync(path.join(GOLD, STORY, 'articles'), path.join(root, 'content/articles', STORY), { recursive: true });
    await ingest({ root });
  });

  test('writes one source entry per article and one fact sheet, all valid against the schema', () => {
    const articles = readdirSync(path.join(root, 'content/articles', STORY)).filter((f) => /\.(txt|md)$/.test(f));
    const sources = readdirSync(path.join(root, 'content/sources', STORY));
    expect(sources).toHaveLength(articles.length);
    for (const name of sources) {
      const parsed = parseMarkdownFile(readFileSync(path.join(root, 'content/sources', STORY, name), 'utf8'), name);
      expect(sourceSchema.safeParse(parsed.data).success).toBe(true);
    }
    const sheet = parseMarkdownFile(readFileSync(path.join(root, 'content/factsheets', `${STORY}.md`), 'utf8'), 'sheet');
    expect(factsheetSchema.safeParse(sheet.data).success).toBe(true);
  });

  test('every citation quotes its source verbatim, at an anchor that exists', () => {
    const sheet = factsheetSchema.parse(parseMarkdownFile(readFileSync(path.join(root, 'content/factsheets', `${STORY}.md`), 'utf8'), 'sheet').data);
    expect(sheet.claims.length).toBeGreaterThan(5);
    expect(sheet.claims.some((c) => new Set(c.citations.map((x) => x.source)).size >= 2)).toBe(true);
    expect(new Set(sheet.claims.map((c) => c.id)).size).toBe(sheet.claims.length);
    for (const claim of sheet.claims) {
      for (const citation of claim.citations) {
        const file = path.join(root, 'content/sources', `${citation.source}.md`);
        const body = markdownToSourceBody(parseMarkdownFile(readFileSync(file, 'utf8'), file).body).flat();
        const sentence = body.find((s) => s.anchor === citation.anchor);
        expect(sentence, `${claim.id} cites ${citation.source}#${citation.anchor}`).toBeDefined();
        expect(sentence!.text).toContain(citation.quote);
      }
    }
  });

  test('re-ingesting unchanged input gives a byte-identical tree and rewrites nothing', async () => {
    const before = tree(root);
    const report = await ingest({ root });
    expect(report.written).toEqual([]);
    expect(tree(root)).toEqual(before);
  });

  test('an input error leaves the content tree untouched', async () => {
    const before = tree(root);
    writeFileSync(path.join(root, 'content/articles', STORY, 'broken.html'), '<p>not an article</p>');
    await expect(ingest({ root })).rejects.toThrow(/broken\.html: unsupported file type/);
    const after = tree(root);
    after.delete(`articles/${STORY}/broken.html`);
    expect(after).toEqual(before);
  });
});
