/**
 * Git-aware fact sheet pages: "Last updated" from git history and "Edit this claim" links,
 * built once outside git with links off, and once committed (fixed date) with a repository URL.
 */
import { execFileSync } from 'node:child_process';
import { copyFile, mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { claimLinks, claimUpdated, sheetUpdatedLine } from '../../src/components/view/history.ts';
import { factsheetHistory, locate } from '../../src/lib/history.ts';
import { buildFixtureSite, PROJECT } from './helpers/build-site.ts';
import { readPage, startTags, unescapeHtml } from './helpers/html.ts';

const STORY = 'nk-troops-russia-2024';
const REPO = 'https://github.com/acme/facts';
const COMMITTED = '2025-05-12';

/** Claim ids shown on the page, in order. */
const shownClaims = (html: string) => startTags(html).filter((t) => t.tag === 'h3' && /^claim-c-/.test(t.attrs.id ?? '')).map((t) => t.attrs.id!.slice('claim-'.length));
const editLinks = (html: string) => startTags(html).filter((t) => t.tag === 'a' && t.attrs.class === 'edit-link');
/** Text a reader sees, without markup. */
const visibleText = (html: string) => unescapeHtml(html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' '));

describe('view helpers', () => {
  test.each([
    { history: { inRepository: true, updated: '2025-05-12' }, expected: { kind: 'date', date: '2025-05-12' } },
    { history: { inRepository: true, updated: null }, expected: { kind: 'note', text: 'Not committed yet' } },
    { history: { inRepository: false, updated: null }, expected: null },
    { history: { inRepository: true, updated: 'null' }, expected: { kind: 'note', text: 'Not committed yet' } },
  ])('sheetUpdatedLine($history)', ({ history, expected }) => expect(sheetUpdatedLine(history)).toEqual(expected));

  test.each([
    { history: { updated: '2025-05-12', editUrl: null }, expected: '2025-05-12' },
    { history: { updated: null, editUrl: 'x' }, expected: null },
    { history: undefined, expected: null },
  ])('claimUpdated($history)', ({ history, expected }) => expect(claimUpdated(history)).toBe(expected));

  test('claimLinks: a link per claim found, at its first line; none when links are off', () => {
    const ranges = new Map([['c-a', { start: 12, end: 30 }], ['c-b', { start: 31, end: 40 }]]);
    expect(claimLinks(ranges, ['c-a', 'c-b', 'c-gone'], (n) => `f#L${n}`)).toEqual(new Map([['c-a', 'f#L12'], ['c-b', 'f#L31']]));
    expect(claimLinks(ranges, ['c-a'], () => null).size).toBe(0);
  });
});

describe('locate', () => {
  test('a file in this repository: its path from the repository root', async () => {
    const located = await locate(path.join(PROJECT, 'test/site/fixtures/nk-sample/content/factsheets', `${STORY}.md`));
    expect(located.repoPath).toBe(`test/site/fixtures/nk-sample/content/factsheets/${STORY}.md`);
  });

  test('a content tree outside git and outside the project: content/… and no git root', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'factsheet-locate-'));
    try {
      await mkdir(path.join(dir, 'tree', 'factsheets'), { recursive: true });
      await writeFile(path.join(dir, 'tree', 'factsheets', 'a.md'), '');
      expect(await locate(path.join(dir, 'tree', 'factsheets', 'a.md'))).toEqual({ gitRoot: null, repoPath: 'content/factsheets/a.md' });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

test('factsheetHistory in a git repository: commit dates; a new file is "not committed yet"', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'factsheet-history-'));
  const env = { ...process.env, GIT_DIR: undefined, GIT_AUTHOR_DATE: `${COMMITTED}T12:00:00Z`, GIT_COMMITTER_DATE: `${COMMITTED}T12:00:00Z` };
  const git = (...args: string[]) => execFileSync('git', ['-C', dir, '-c', 'user.name=Editor', '-c', 'user.email=editor@example.org', '-c', 'commit.gpgsign=false', ...args], { env });
  try {
    const sheets = path.join(dir, 'content', 'factsheets');
    await mkdir(sheets, { recursive: true });
    await copyFile(path.join(PROJECT, 'test/site/fixtures/nk-sample/content/factsheets', `${STORY}.md`), path.join(sheets, `${STORY}.md`));
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', 'first');
    const history = await factsheetHistory(path.join(sheets, `${STORY}.md`), ['c-3000sold', 'c-gone']);
    expect(history).toMatchObject({ inRepository: true, updated: COMMITTED });
    expect(history.claims.get('c-3000sold')?.updated).toBe(COMMITTED);
    expect(history.claims.get('c-gone')).toEqual({ updated: null, editUrl: null });

    await copyFile(path.join(sheets, `${STORY}.md`), path.join(sheets, 'new-story.md'));
    const fresh = await factsheetHistory(path.join(sheets, 'new-story.md'), ['c-3000sold']);
    expect(sheetUpdatedLine(fresh)).toEqual({ kind: 'note', text: 'Not committed yet' });
    expect(claimUpdated(fresh.claims.get('c-3000sold'))).toBeNull();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

describe('outside git, edit links off', () => {
  let html: string;
  beforeAll(async () => {
    html = await readPage((await buildFixtureSite('nk-sample')).dist, `/${STORY}/`);
  });

  test('no edit links and no dates', () => {
    expect(editLinks(html)).toEqual([]);
    expect(startTags(html).some((t) => /\/(blob|edit)\//.test(t.attrs.href ?? ''))).toBe(false);
    expect(startTags(html).some((t) => /claim__history|sheet-history/.test(t.attrs.class ?? ''))).toBe(false);
    expect(visibleText(html)).not.toMatch(/Last updated|not committed/i);
  });

  test('nothing reads "null" or "undefined"', () => {
    expect(visibleText(html).match(/\bnull\b|\bundefined\b|\bNaN\b/g)).toBeNull();
    expect(startTags(html).flatMap((t) => Object.values(t.attrs))).not.toContain('null');
  });
});

describe('committed, with FACTSHEET_REPO_URL', () => {
  let html: string;
  let lines: string[];
  beforeAll(async () => {
    const site = await buildFixtureSite('nk-sample', { repoUrl: REPO, commitDate: COMMITTED });
    html = await readPage(site.dist, `/${STORY}/`);
    lines = (await readFile(path.join(site.content, 'factsheets', `${STORY}.md`), 'utf8')).split('\n');
  });

  test('each claim links to its "- id:" line on the host', () => {
    const claims = shownClaims(html);
    const links = editLinks(html).filter((a) => a.attrs['aria-describedby']);
    expect(html.match(/>Edit this claim</g)).toHaveLength(claims.length);
    expect(claims.length).toBeGreaterThan(0);
    expect(links.map((a) => a.attrs['aria-describedby'])).toEqual(claims.map((id) => `claim-${id}`));
    for (const [i, id] of claims.entries()) {
      const m = new RegExp(`^${REPO}/blob/main/content/factsheets/${STORY}\\.md#L(\\d+)$`).exec(links[i]!.attrs.href!);
      expect(m, links[i]!.attrs.href).not.toBeNull();
      expect(lines[Number(m![1]) - 1]).toBe(`  - id: ${id}`);
    }
  });

  test('the fact sheet links to its file in the host editor', () => {
    expect(editLinks(html).map((a) => a.attrs.href)).toContain(`${REPO}/edit/main/content/factsheets/${STORY}.md`);
  });

  test('the header and every claim show the commit date in <time>, kept out of search', () => {
    const header = /<p class="sheet-history"([^>]*)>([\s\S]*?)<\/p>/.exec(html);
    expect(header?.[1]).toMatch(/data-pagefind-ignore/);
    expect(header?.[2]).toMatch(new RegExp(`Last updated <time datetime="${COMMITTED}">${COMMITTED}</time>`));
    const perClaim = [...html.matchAll(/<p class="claim__history"([^>]*)>([\s\S]*?)<\/p>/g)];
    expect(perClaim).toHaveLength(shownClaims(html).length);
    for (const [, attrs, inner] of perClaim) {
      expect(attrs).toMatch(/data-pagefind-ignore/);
      expect(inner).toContain(`<time datetime="${COMMITTED}">${COMMITTED}</time>`);
    }
  });
});
