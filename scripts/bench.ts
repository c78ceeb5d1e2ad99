/**
 * `npm run bench`: times the ingest stages on generated stories of growing size and
 * prints numbers and ratios (time per article, growth factor), never pass/fail.
 * Usage: npm run bench -- [max articles, default 5000]
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { draftFactsheet } from './lib/claims/index.ts';
import { loadStory } from './lib/load.ts';
import { prepareArticles } from './lib/pipeline.ts';

const PLACES = ['Tirel', 'Varna', 'Osk', 'Mirav', 'Pelto', 'Gradna', 'Suvo', 'Lake Brel', 'Kasta', 'Dunel'];
const PEOPLE = ['Iosif Dan', 'Elena Moraru', 'Petra Lind', 'Kofi Mensah', 'Ama Boateng', 'Jan Kos', 'Maria Okafor', 'Tomas Vik'];
const THINGS = ['bridge', 'dam', 'school', 'hospital', 'power line', 'rail line', 'port', 'road'];

/** A made-up wire article: a few facts drawn from a shared pool, so articles overlap like real coverage does. */
function article(i: number): string {
  const pick = <T>(list: T[], k: number): T => list[(i * 7 + k * 13) % list.length]!;
  const facts = Array.from({ length: 8 }, (_, k) => {
    const n = (i + k * 31) % 400;
    return `${pick(PEOPLE, k)} said the ${pick(THINGS, k + n)} near ${pick(PLACES, k + n)} was closed on Monday after ${20 + (n % 50)} workers reported damage number ${n}.`;
  });
  return `Storm damage closes roads across the region\n\n${facts.join('\n\n')}\n`;
}

async function run(count: number): Promise<{ count: number; load: number; prepare: number; draft: number; claims: number }> {
  const root = mkdtempSync(path.join(tmpdir(), 'bench-'));
  const dir = path.join(root, 'content/articles/bench');
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) writeFileSync(path.join(dir, `a${String(i).padStart(5, '0')}.txt`), article(i));
  const t0 = performance.now();
  const story = await loadStory(root, 'content/articles/bench');
  const t1 = performance.now();
  const articles = prepareArticles(story);
  const t2 = performance.now();
  const sheet = draftFactsheet({ slug: 'bench' }, articles);
  const t3 = performance.now();
  rmSync(root, { recursive: true, force: true });
  return { count, load: t1 - t0, prepare: t2 - t1, draft: t3 - t2, claims: sheet.claims.length };
}

const max = Number(process.argv[2] ?? 5000);
const sizes = [50, 500, max].filter((n, i, all) => n <= max && all.indexOf(n) === i);
const rows = [];
for (const n of sizes) rows.push(await run(n));
console.log('articles  load ms  prepare ms  claims ms  ms/article  claims  heap MB');
let previous: (typeof rows)[number] | null = null;
for (const r of rows) {
  const total = r.load + r.prepare + r.draft;
  const growth = previous ? ` (x${(r.draft / previous.draft).toFixed(1)} claim time for x${(r.count / previous.count).toFixed(0)} articles)` : '';
  console.log(`${String(r.count).padStart(8)}  ${r.load.toFixed(0).padStart(7)}  ${r.prepare.toFixed(0).padStart(10)}  ${r.draft.toFixed(0).padStart(9)}  ${(total / r.count).toFixed(2).padStart(10)}  ${String(r.claims).padStart(6)}  ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0).padStart(7)}${growth}`);
  previous = r;
}
