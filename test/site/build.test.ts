/**
 * Integration: builds the site from test/site/fixtures/nk-sample and checks the
 * citation chain (marker -> note -> source sentence), search and the exports.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { factsheet as factsheetSchema, type Factsheet } from '../../src/schema.ts';
import { buildFixtureSite, type BuiltSite } from './helpers/build-site.ts';
import { ids, listItem, readPage, startTags, textById } from './helpers/html.ts';
import { loadPagefind, type Hit } from './helpers/pagefind-search.ts';
import { serveDir, type StaticServer } from './helpers/serve.ts';

const STORY = 'nk-troops-russia-2024';
let site: BuiltSite;
let sheet: Factsheet;
let html: string;

beforeAll(async () => {
  site = await buildFixtureSite('nk-sample');
  const text = await readFile(path.join(site.content, 'factsheets', `${STORY}.md`), 'utf8');
  sheet = factsheetSchema.parse(parseYaml(text.split(/^---$/m)[1]!));
  html = await readPage(site.dist, `/${STORY}/`);
});

describe('fact sheet page', () => {
  test('every footnote marker links to an existing note', () => {
    const markers = startTags(html).filter((t) => t.tag === 'a' && /^ref-/.test(t.attrs.id ?? ''));
    expect(markers.length).toBeGreaterThan(0);
    const pageIds = ids(html);
    for (const m of markers) {
      expect(m.attrs.href).toMatch(/^#note-\d+$/);
      expect(pageIds.has(m.attrs.href!.slice(1)), `${m.attrs.id} -> ${m.attrs.href}`).toBe(true);
      expect(m.attrs.id).toMatch(new RegExp(`^ref-c-[a-z0-9]+-${m.attrs.href!.slice('#note-'.length)}$`));
    }
  });

  test('notes are numbered per (source, anchor) in order of first use', () => {
    const shown = sheet.claims.filter((c) => !c.rejected);
    const bySection = [...sheet.sections.map((s) => shown.filter((c) => c.section === s.id)).flat(), ...shown.filter((c) => !sheet.sections.some((s) => s.id === c.section))];
    const order = [...new Set(bySection.flatMap((c) => c.citations.map((x) => `${x.source}#${x.anchor}`)))];
    const noteIds = [...ids(html)].filter((id) => /^note-\d+$/.test(id));
    expect(noteIds).toEqual(order.map((_, i) => `note-${i + 1}`));
  });

  test('each note links to a sentence that exists in the source page and holds the quote', async () => {
    const pageUrl = new URL(`http://site/${STORY}/`);
    const noteIds = [...ids(html)].filter((id) => /^note-\d+$/.test(id));
    for (const noteId of noteIds) {
      const item = listItem(html, noteId)!;
      const links = startTags(item).filter((t) => t.tag === 'a').map((t) => new URL(t.attrs.href!, pageUrl));
      const toSource = links.find((u) => u.pathname.startsWith('/sources/'));
      expect(toSource, `${noteId} has no link to its source`).toBeDefined();
      const sourceHtml = await readPage(site.dist, toSource!.pathname);
      const anchor = toSource!.hash.slice(1);
      const sentence = textById(sourceHtml, anchor);
      expect(sentence, `${toSource!.pathname}#${anchor} is missing`).not.toBeNull();
      const quote = /<q>([\s\S]*?)<\/q>/.exec(item)![1]!.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
      expect(sentence).toContain(quote);
      // back-links lead to claims on this page
      for (const back of links.filter((u) => u.pathname === pageUrl.pathname)) expect(ids(html).has(back.hash.slice(1))).toBe(true);
    }
  });

  test('rejected claims are not published', () => {
    for (const c of sheet.claims.filter((x) => x.rejected)) {
      expect(html).not.toContain(c.statement);
      expect(ids(html).has(`claim-${c.id}`)).toBe(false);
    }
  });

  test('machine summaries are labelled', () => {
    expect(sheet.summaryOrigin).toBe('machine');
    expect(html).toMatch(/machine-written summary/i);
  });

  test('landmarks, language and skip link are present', () => {
    expect(html).toMatch(/<html lang="en"/);
    expect(html).toMatch(/<a class="skip-link" href="#main"/);
    expect(html).toMatch(/<main id="main"[^>]*data-pagefind-body/);
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
  });
});

describe('search index', () => {
  let server: StaticServer;
  let pagefind: Awaited<ReturnType<typeof loadPagefind>>;
  beforeAll(async () => {
    server = await serveDir(site.dist);
    pagefind = await loadPagefind(site.dist, server.url);
  });
  afterAll(() => server?.close());

  const claimHit = (hits: Hit[], claimId: string) =>
    hits.find((h) => h.url === `/${STORY}/`)?.subResults.find((s) => s.url === `/${STORY}/#claim-${claimId}`);

  test('"Wonsan" finds the claim about the ship route as a sub-result of the fact sheet', async () => {
    const hits = await pagefind.search('Wonsan');
    expect(hits.map((h) => h.url)).toContain(`/${STORY}/`);
    expect(claimHit(hits, 'c-wonsan01')?.title).toMatch(/Wonsan/);
    expect(claimHit(hits, 'c-wonsan01')?.title).not.toMatch(/\[\d+\]/);
  });

  test.each([
    { filter: 'outlet', value: 'Asharq Al-Awsat', expected: [`/${STORY}/`, `/sources/${STORY}/002-496de93b2881e711/`] },
    { filter: 'type', value: 'Fact sheet', expected: [`/${STORY}/`] },
    { filter: 'status', value: 'disputed', expected: [`/${STORY}/`] },
    { filter: 'entity', value: 'Wonsan', expected: [`/${STORY}/`] },
  ])('filter $filter=$value', async ({ filter, value, expected }) => {
    const hits = await pagefind.search('North Korea', { [filter]: value });
    expect(hits.map((h) => h.url).sort()).toEqual(expected.sort());
  });

  test('every page has a factsheet filter and the home page is not indexed', async () => {
    const filters = await pagefind.filters();
    expect(Object.keys(filters).sort()).toEqual(['entity', 'factsheet', 'outlet', 'status', 'type']);
    expect(filters.factsheet).toEqual({ [sheet.title]: 4 });
    const hits = await pagefind.search('Fact sheets');
    expect(hits.map((h) => h.url)).not.toContain('/');
  });
});

describe('exports', () => {
  test('claims.json has the documented shape and leaves rejected claims out', async () => {
    const data = JSON.parse(await readFile(path.join(site.dist, 'claims.json'), 'utf8'));
    expect(data.sources).toHaveLength(3);
    for (const s of data.sources) expect(Object.keys(s)).toEqual(expect.arrayContaining(['id', 'file', 'title', 'outlet', 'published', 'url', 'language']));
    const [fs] = data.factsheets;
    expect(fs).toMatchObject({ id: STORY, title: sheet.title });
    expect(fs.claims.map((c: { id: string }) => c.id)).toEqual(sheet.claims.filter((c) => !c.rejected).map((c) => c.id));
    expect(Object.keys(fs.claims[0])).toEqual(expect.arrayContaining(['id', 'statement', 'status', 'statusReason', 'outlets', 'primarySources', 'citations']));
    expect(Object.keys(fs.claims[0].citations[0])).toEqual(expect.arrayContaining(['source', 'quote', 'anchor', 'attribution']));
    expect(fs.timeline.some((e: { claim: string }) => e.claim === 'c-rejected')).toBe(false);
    expect(Array.isArray(fs.figures)).toBe(true);
  });

  test('claims.csv has one row per published citation, RFC 4180 quoted', async () => {
    const csv = await readFile(path.join(site.dist, 'claims.csv'), 'utf8');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('factsheet,claim,statement,status,source,outlet,quote,anchor');
    expect(lines.at(-1)).toBe('');
    const citations = sheet.claims.filter((c) => !c.rejected).flatMap((c) => c.citations);
    expect(lines.length - 2).toBe(citations.length);
    expect(lines[1]).toBe(
      `${STORY},c-3000sold,"North Korea moved at least 3,000 soldiers into eastern Russia in early to mid-October 2024.",corroborated,${STORY}/000-a865fe005eb4e1ea,RBC-Ukraine,"North Korea moved at least 3,000 soldiers into Eastern Russia",s-2ce364`,
    );
    expect(csv).not.toContain('REJECTED');
  });
});
