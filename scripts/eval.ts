/**
 * `npm run eval`: scores the claim pipeline on every gold story in test/gold.
 * Flags: `--verbose` lists the misses; `--final` scores test/gold-final instead (stories written
 * blind to the code, never tuned against); `--story <slug>` scores one story.
 */
import { listGold } from './lib/eval/gold.ts';
import { evaluateStory, TARGETS } from './lib/eval/run.ts';
import type { StoryScore } from './lib/eval/score.ts';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const base = args.includes('--final') ? 'test/gold-final' : 'test/gold';
const only = args.includes('--story') ? args[args.indexOf('--story') + 1] : undefined;

const dirs = (await listGold(process.cwd(), base)).filter((d) => !only || d.endsWith(`/${only}`));
const f = (x: number): string => x.toFixed(2);
const columns: [string, (s: StoryScore) => string, (s: StoryScore) => boolean][] = [
  ['claims', (s) => `${s.claims}/${s.systemClaims}`, () => true],
  ['claim-R', (s) => f(s.claimRecall), (s) => s.claimRecall >= TARGETS.claimRecall],
  ['cite-R', (s) => f(s.citationRecall), (s) => s.citationRecall >= TARGETS.citationRecall],
  ['cite-P', (s) => f(s.citationPrecision), (s) => s.citationPrecision >= TARGETS.citationPrecision],
  ['attrib', (s) => f(s.attributionAccuracy), (s) => s.attributionAccuracy >= TARGETS.attributionAccuracy],
  ['figures', (s) => f(s.figureGroupAccuracy), () => true],
  ['denials', (s) => f(s.denialLinkAccuracy), () => true],
  ['denial-P', (s) => f(s.denialLinkPrecision), () => true],
  ['!verb', (s) => String(s.nonVerbatimQuotes), (s) => s.nonVerbatimQuotes === 0],
  ['boiler', (s) => String(s.boilerplateQuotes), (s) => s.boilerplateQuotes === 0],
];
const width = Math.max(6, ...dirs.map((d) => d.split('/').at(-1)!.length));
console.log(['story'.padEnd(width), ...columns.map(([h]) => h.padStart(8))].join(' '));
let failing = 0;
for (const dir of dirs) {
  const score = await evaluateStory(process.cwd(), dir);
  const cells = columns.map(([, value, ok]) => (value(score) + (ok(score) ? ' ' : '*')).padStart(8));
  if (columns.some(([, , ok]) => !ok(score))) failing++;
  console.log([score.story.padEnd(width), ...cells].join(' '));
  if (verbose) for (const m of score.misses) console.log(`    ${m}`);
}
console.log(`\n* below target (claim-R ≥ ${TARGETS.claimRecall}, cite-R ≥ ${TARGETS.citationRecall}, cite-P ≥ ${TARGETS.citationPrecision}, attrib ≥ ${TARGETS.attributionAccuracy}, 0 non-verbatim, 0 boilerplate); claims = gold/system`);
if (failing > 0) process.exitCode = 1;
