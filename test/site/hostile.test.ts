/**
 * Hostile input end to end: article text that looks like HTML or Markdown goes through
 * ingest, the build and the search index as text, never as markup.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ingest } from '../../scripts/lib/pipeline.ts';
import { buildFixtureSite, type BuiltSite } from './helpers/build-site.ts';
import { readPage, startTags } from './helpers/html.ts';

const ARTICLES = {
  '01-wire.txt': [
    'Harbour council raises ferry fees <script>alert("x")</script>',
    '',
    'The harbour council voted 7 to 2 on Monday to raise ferry fees by 12%, council chair Ilse Marn said. <img src=x onerror="alert(1)">',
    '',
    '"Fees will rise <b>only once</b> this year," Marn told reporters.',
    '',
    'About 3,000 commuters use the ferry each day, according to the port authority [details](javascript:alert(1)).',
  ].join('\n'),
  '02-paper.txt': [
    'Ferry fees to rise',
    '',
    'The harbour council voted on Monday to raise ferry fees by 12%, council chair Ilse Marn said.',
    '',
    'About 3,000 commuters use the ferry each day, the port authority said.',
  ].join('\n'),
};

let site: BuiltSite;
const STORY = 'harbour-fees';

beforeAll(async () => {
  const fixture = mkdtempSync(path.join(tmpdir(), 'hostile-'));
  mkdirSync(path.join(fixture, 'content/articles', STORY), { recursive: true });
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(path.join(fixture, 'content/articles', STORY, name), text);
  await ingest({ root: fixture });
  site = await buildFixtureSite(fixture);
});

describe('hostile article text', () => {
  test('no injected element or handler reaches a page', async () => {
    const pages = [`/${STORY}/`, `/sources/${STORY}/01-wire/`, '/'];
    for (const page of pages) {
      const html = await readPage(site.dist, page);
      // Attribute values may hold "<" legally; what matters is markup outside them.
      const markup = html.replace(/="[^"]*"/g, '=""');
      const tags = startTags(markup);
      expect(tags.filter((t) => t.tag === 'img'), page).toEqual([]);
      expect(tags.filter((t) => t.tag === 'b'), page).toEqual([]);
      expect(tags.some((t) => Object.keys(t.attrs).some((a) => a.startsWith('on'))), page).toBe(false);
      expect(startTags(html).some((t) => (t.attrs.href ?? '').startsWith('javascript:')), page).toBe(false);
      expect(markup.includes('<script>alert'), page).toBe(false);
    }
  });

  test('the text is shown, escaped, in the source page', async () => {
    const html = await readPage(site.dist, `/sources/${STORY}/01-wire/`);
    expect(html).toContain('&lt;img src=x onerror=');
    expect(html).toContain('&lt;b&gt;only once&lt;/b&gt;');
  });

  test('claims.json keeps the words verbatim', () => {
    const data = JSON.parse(readFileSync(path.join(site.dist, 'claims.json'), 'utf8')) as { factsheets: { claims: { citations: { quote: string }[] }[] }[] };
    const quotes = data.factsheets.flatMap((f) => f.claims.flatMap((c) => c.citations.map((q) => q.quote)));
    expect(quotes.some((q) => q.includes('<b>only once</b>'))).toBe(true);
    expect(quotes.some((q) => q.includes('[details](javascript:alert(1))'))).toBe(true);
  });
});
