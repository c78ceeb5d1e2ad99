/** "Last updated" from git: per file, per claim (the last commit that touched its lines), null outside git. */
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { claimLastUpdated, claimLineRanges, clearGitDateCache, lastUpdated } from '../../scripts/lib/git-dates.ts';
import { ingest } from '../../scripts/lib/pipeline.ts';
import { makeRoot, removeRoot, sheetFile } from './helpers/tree.ts';

const STORY = 'harbor-bridge';
const FILE = sheetFile(STORY);
let root: string;
let ids: string[];

function commit(at: string): void {
  const env = { ...process.env, GIT_AUTHOR_DATE: `${at}T12:00:00Z`, GIT_COMMITTER_DATE: `${at}T12:00:00Z` };
  execFileSync('git', ['-C', root, 'add', '-A'], { env });
  execFileSync('git', ['-C', root, '-c', 'user.name=Editor', '-c', 'user.email=editor@example.org', 'commit', '-q', '-m', at], { env });
}

beforeAll(async () => {
  root = await makeRoot(STORY, 'first');
  await ingest({ root });
  ids = [...claimLineRanges(await readFile(path.join(root, FILE), 'utf8')).keys()];
});
afterAll(() => removeRoot(root));

test('outside git: null', async () => {
  expect(await lastUpdated(root, FILE)).toBeNull();
  expect(await claimLastUpdated(root, FILE, ids[0]!)).toBeNull();
});

test('in git: the file date, and per claim the date of the commit that last touched it', async () => {
  clearGitDateCache();
  execFileSync('git', ['-C', root, 'init', '-q']);
  commit('2025-05-12');
  const file = path.join(root, FILE);
  const text = await readFile(file, 'utf8');
  const range = claimLineRanges(text).get(ids[1]!)!;
  const lines = text.split('\n');
  lines[range.start] = lines[range.start]!.replace(/statement: .*/, 'statement: Edited by a person.');
  await writeFile(file, lines.join('\n'));
  commit('2025-06-01');
  clearGitDateCache();
  expect(await lastUpdated(root, FILE)).toBe('2025-06-01');
  expect(await claimLastUpdated(root, FILE, ids[0]!)).toBe('2025-05-12');
  expect(await claimLastUpdated(root, FILE, ids[1]!)).toBe('2025-06-01');
  expect(await claimLastUpdated(root, FILE, 'c-nothere')).toBeNull();
});

test('claim line ranges cover each claim from its "- id:" line to the line before the next', async () => {
  const text = await readFile(path.join(root, FILE), 'utf8');
  const lines = text.split('\n');
  const ranges = [...claimLineRanges(text).values()];
  for (const [i, r] of ranges.entries()) {
    expect(lines[r.start - 1]).toMatch(/^  - id: c-/);
    if (ranges[i + 1]) expect(ranges[i + 1]!.start).toBe(r.end + 1);
  }
});
