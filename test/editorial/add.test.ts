/** `npm run add`: copies articles into a story, records what it can infer, skips repeats, runs ingest. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { addArticles, dateFromName } from '../../scripts/add.ts';
import { FIXTURES, makeRoot, removeRoot } from './helpers/tree.ts';

let root: string;
beforeAll(async () => (root = await makeRoot('harbor-bridge', 'first')));
afterAll(() => removeRoot(root));

test.each([
  ['reuters-2024-10-23.txt', '2024-10-23'],
  ['20250516_bay_times.md', '2025-05-16'],
  ['2025-13-40-nonsense.txt', null],
  ['article.txt', null],
])('dateFromName(%s) = %s', (name, expected) => {
  expect(dateFromName(name)).toBe(expected);
});

test('adds files to a new story, fills in sources.yaml, skips repeats, and ingests', async () => {
  const inbox = path.join(root, 'inbox');
  await mkdir(inbox);
  const wire = await readFile(path.join(FIXTURES, 'harbor-bridge/later/04-state-news.txt'));
  await writeFile(path.join(inbox, 'State News 2025-05-15.txt'), wire);
  await writeFile(path.join(inbox, 'notes.pdf'), 'not an article');
  const log: string[] = [];
  const report = await addArticles({ root, inputs: [inbox], story: 'bridge-repairs', outlet: 'State News Service', log: (l) => log.push(l) });
  expect(report.added).toEqual(['content/articles/bridge-repairs/state-news-2025-05-15.txt']);
  const sidecar = await readFile(path.join(root, 'content/articles/bridge-repairs/sources.yaml'), 'utf8');
  expect(sidecar).toBe('state-news-2025-05-15.txt:\n  published: 2025-05-15\n  outlet: State News Service\n');
  expect(log.join('\n')).toContain('outlet: State News Service (given)');
  expect(await readFile(path.join(root, 'content/factsheets/bridge-repairs.md'), 'utf8')).toContain('bridge-repairs/state-news-2025-05-15');

  const again = await addArticles({ root, inputs: [path.join(inbox, 'State News 2025-05-15.txt')], story: 'bridge-repairs', log: () => {} });
  expect(again).toMatchObject({ added: [], skipped: [path.join(inbox, 'State News 2025-05-15.txt')] });
});

test('asks for a story when it cannot tell', async () => {
  await expect(addArticles({ root, inputs: [path.join(FIXTURES, 'harbor-bridge/later/04-state-news.txt')], log: () => {} })).rejects.toThrow(/--story/);
});
