/**
 * `npm run bench`: times the ingest stages on generated stories of growing size and prints
 * numbers and ratios (time per stage, ms per article, growth between sizes, peak memory), never
 * pass/fail. Each size runs in a fresh process, so its peak RSS is its own.
 * Usage: npm run bench -- [max articles, default 5000]; `npm run bench -- --sample 7` prints one generated article.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { draftFactsheet } from './lib/claims/index.ts';
import { loadStory } from './lib/load.ts';
import { prepareArticles } from './lib/pipeline.ts';
import { syntheticArticle } from './lib/synthetic-story.ts';

interface Row {
  count: number;
  load: number;
  prepare: number;
  claims: number;
  claimCount: number;
  rssMb: number;
}

async function run(count: number): Promise<Row> {
  const root = mkdtempSync(path.join(tmpdir(), 'bench-'));
  try {
    const dir = path.join(root, 'content/articles/bench');
    mkdirSync(dir, { recursive: true });
    for (let i = 0; i < count; i++) writeFileSync(path.join(dir, `a${String(i).padStart(5, '0')}.md`), syntheticArticle(i, count));
    const t0 = performance.now();
    const story = await loadStory(root, 'content/articles/bench');
    const t1 = performance.now();
    const articles = prepareArticles(story);
    const t2 = performance.now();
    const sheet = draftFactsheet({ slug: 'bench' }, articles);
    const t3 = performance.now();
    return { count, load: t1 - t0, prepare: t2 - t1, claims: t3 - t2, claimCount: sheet.claims.length, rssMb: process.resourceUsage().maxRSS / 1024 };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const args = process.argv.slice(2);
if (args[0] === '--sample') {
  // One generated article, to see what the bench feeds the pipeline: --sample <index> [total].
  console.log(syntheticArticle(Number(args[1] ?? 0), Number(args[2] ?? 1000)));
} else if (args[0] === '--one') {
  // Child mode: one size, one JSON line.
  console.log(JSON.stringify(await run(Number(args[1]))));
} else {
  const max = Number(args[0] ?? 5000);
  const sizes = [100, 1000, max].filter((n, i, all) => n <= max && all.indexOf(n) === i).sort((a, b) => a - b);
  const self = fileURLToPath(import.meta.url);
  const header = ['articles', 'load ms', 'clean+sent ms', 'claims ms', 'ms/article', 'claims', 'peak RSS MB', 'growth (time / size)'];
  console.log(header.join('  '));
  let previous: Row | null = null;
  for (const n of sizes) {
    const child = spawnSync(process.execPath, [...process.execArgv, self, '--one', String(n)], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (child.status !== 0) {
      console.error(child.stderr);
      process.exit(child.status ?? 1);
    }
    const r = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Row;
    const total = r.load + r.prepare + r.claims;
    const ratio = (a: number, b: number): string => `x${(a / b).toFixed(1)}`;
    const growth = previous
      ? `load ${ratio(r.load, previous.load)}, clean+sent ${ratio(r.prepare, previous.prepare)}, claims ${ratio(r.claims, previous.claims)} for ${ratio(r.count, previous.count)} articles`
      : '';
    const cells = [r.count, r.load.toFixed(0), r.prepare.toFixed(0), r.claims.toFixed(0), (total / r.count).toFixed(2), r.claimCount, r.rssMb.toFixed(0)].map(String);
    console.log(`${cells.map((c, k) => c.padStart(header[k]!.length)).join('  ')}  ${growth}`);
    previous = r;
  }
}
