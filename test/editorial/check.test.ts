/**
 * `npm run check`: each rule catches its mistake and names the file, the line and the fix.
 * One row per mistake: a change to a freshly ingested tree, the rule, and text on the reported line.
 */
import { appendFile, cp, mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { annotation, formatProblem, runChecks, type Problem } from '../../scripts/lib/check/index.ts';
import { ingest } from '../../scripts/lib/pipeline.ts';
import { editSheet, makeRoot, removeRoot, sheetFile, type SheetData } from './helpers/tree.ts';

const STORY = 'harbor-bridge';
let base: string;
const roots: string[] = [];

beforeAll(async () => {
  base = await makeRoot(STORY, 'first');
  await ingest({ root: base });
});
afterAll(() => Promise.all([base, ...roots].map(removeRoot)));

async function copy(): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'factsheet-check-'));
  roots.push(root);
  await cp(base, root, { recursive: true });
  return root;
}

const sheetEdit = (change: (s: SheetData) => void) => (root: string) => editSheet(root, STORY, change);
const appendBody = (text: string) => (root: string) => appendFile(path.join(root, sheetFile(STORY)), `\n${text}\n`);

test('the ingested tree passes', async () => {
  expect(await runChecks(base)).toEqual([]);
});

test.each([
  { name: 'a status that does not exist', rule: 'schema', line: 'status: maybe', change: sheetEdit((s) => void ((s.claims[0] as { status: string }).status = 'maybe')) },
  { name: 'a citation to a missing source', rule: 'citation/missing-source', line: 'harbor-bridge/99-missing', change: sheetEdit((s) => void (s.claims[0]!.citations[0]!.source = 'harbor-bridge/99-missing')) },
  { name: 'a claim with no citation', rule: 'claim/uncited', line: `id: `, change: sheetEdit((s) => void (s.claims[1]!.citations = [])) },
  { name: 'a duplicate claim id', rule: 'id/duplicate', line: 'id: c-', change: sheetEdit((s) => void (s.claims[2]!.id = s.claims[0]!.id)) },
  { name: 'a quote not in its source', rule: 'quote/not-found', line: 'Portville was shut', change: sheetEdit((s) => void (s.claims[0]!.citations[0]!.quote = 'The Harbor Bridge in Portville was shut to all traffic on Monday')) },
  { name: 'a quote under the wrong anchor', rule: 'quote/anchor', line: 'anchor: s-', change: sheetEdit((s) => void (s.claims[0]!.citations[0]!.anchor = s.claims[1]!.citations[0]!.anchor)) },
  { name: 'a link to a missing claim', rule: 'link/broken', line: '#c-missing', change: appendBody('See [the closure](/harbor-bridge/#c-missing).') },
  { name: 'a link to a missing fact sheet', rule: 'link/broken', line: '/other-story/', change: appendBody('Compare [another story](/other-story/).') },
  { name: 'a link to a missing sentence', rule: 'link/broken', line: '#s-000000', change: appendBody('As [reported](/sources/harbor-bridge/01-metro-wire/#s-000000).') },
  { name: 'a broken link in notes', rule: 'link/broken', line: 'notes:', change: sheetEdit((s) => void (s.claims[0]!.notes = 'See [source](/sources/harbor-bridge/nope/).')) },
  { name: 'an article changed after ingest', rule: 'source/stale', line: 'hash:', file: 'content/sources/harbor-bridge/01-metro-wire.md', change: (root: string) => appendFile(path.join(root, 'content/articles/harbor-bridge/01-metro-wire.txt'), '\nA late paragraph.\n') },
])('$name: $rule', async ({ rule, line, change, ...row }) => {
  const root = await copy();
  await change(root);
  const problems = await runChecks(root);
  const found = problems.filter((p) => p.rule === rule);
  expect(found, problems.map(formatProblem).join('\n')).toHaveLength(1);
  const p = found[0]!;
  const file = ('file' in row && row.file) || sheetFile(STORY);
  expect(p.file).toBe(file);
  expect((await readFile(path.join(root, file), 'utf8')).split('\n')[p.line! - 1]).toContain(line);
  expect(p.fix.length).toBeGreaterThan(10);
});

test('valid links pass', async () => {
  const root = await copy();
  await appendBody('See [the sheet](/harbor-bridge/) and [the wire](/sources/harbor-bridge/01-metro-wire/).')(root);
  expect(await runChecks(root)).toEqual([]);
});

test('problems print as file:line: message — fix, and as GitHub annotations', () => {
  const p: Problem = { file: 'content/factsheets/a.md', line: 12, rule: 'quote/not-found', message: 'the quote is not in b.md', fix: 'copy it exactly, e.g. "x, y: z"', severity: 'error' };
  expect(formatProblem(p)).toBe('content/factsheets/a.md:12: the quote is not in b.md — fix: copy it exactly, e.g. "x, y: z" [quote/not-found]');
  expect(annotation(p)).toBe('::error file=content/factsheets/a.md,line=12,title=quote/not-found::the quote is not in b.md — fix: copy it exactly, e.g. "x, y: z"');
});
