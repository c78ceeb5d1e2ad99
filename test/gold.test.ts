/**
 * Every gold story (tuning and final) must be well formed, or its scores mean nothing:
 * evidence verbatim in its article, ids unique, denials pointing at claims that exist.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { listGold, loadGold, type Evidence } from '../scripts/lib/eval/gold.ts';

const root = process.cwd();
const dirs = [
  ...(await listGold(root, 'test/gold')),
  ...(await listGold(root, 'test/gold-final')),
  ...(await listGold(root, 'test/gold-final-next')),
];

/** Evidence strings not found verbatim in their article, as "file: text". */
async function missing(articles: string, evidence: Evidence): Promise<string[]> {
  const out: string[] = [];
  for (const [file, text] of Object.entries(evidence)) {
    const body = await readFile(path.join(root, articles, file), 'utf8').catch(() => '');
    if (!body.includes(text)) out.push(`${file}: ${text}`);
  }
  return out;
}

describe.each(dirs)('%s', (dir) => {
  test('evidence is verbatim, ids are unique, denials dispute known claims', async () => {
    const gold = await loadGold(root, dir);
    const evidences = [
      ...gold.claims.map((c) => c.evidence),
      ...gold.figures.flatMap((f) => f.values.map((v) => v.evidence)),
      ...gold.denials.map((d) => d.evidence),
    ];
    const notFound = (await Promise.all(evidences.map((e) => missing(gold.articles, e)))).flat();
    expect(notFound).toEqual([]);
    const ids = [...gold.claims, ...gold.figures, ...gold.denials].map((x) => x.id);
    expect(ids.length).toBe(new Set(ids).size);
    const claimIds = new Set(gold.claims.map((c) => c.id));
    expect(gold.denials.flatMap((d) => d.disputes).filter((id) => !claimIds.has(id))).toEqual([]);
    expect(gold.claims.every((c) => Object.keys(c.evidence).length > 0)).toBe(true);
  });
});
