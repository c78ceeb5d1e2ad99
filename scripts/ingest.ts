/** `npm run ingest`: articles -> content. Wires the stages; the logic lives in scripts/lib. */
import { performance } from 'node:perf_hooks';
import { ingest } from './lib/pipeline.ts';
import { reportError } from './lib/report-error.ts';

const started = performance.now();
const quiet = Boolean(process.env['CI']) || !process.stderr.isTTY;
const bar = (done: number, total: number): void => {
  if (quiet || total < 20) return;
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} articles`);
  if (done === total) process.stderr.write('\n');
};

try {
  const r = await ingest({ root: process.cwd(), onArticle: bar });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`ingest: ${r.articles} articles in ${r.stories} stories, ${r.sentences} sentences, ${r.claims} claims (${r.multiSource} cite 2+ articles) in ${seconds} s; ${r.written.length} files written, ${r.removed.length} removed`);
} catch (error) {
  process.exitCode = reportError(error);
}
