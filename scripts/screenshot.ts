/**
 * PNG screenshots of the built site (home, first fact sheet, a source page with a
 * :target sentence, search results) into .scratch/screens/, plus docs/screenshot.png.
 *
 * Usage: tsx scripts/screenshot.ts [--dist dist] [--out .scratch/screens] [--query Wonsan]
 * Needs a built site (with dist/pagefind) and Chromium at /usr/bin/chromium (or $CHROMIUM).
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { serveDir } from '../test/site/helpers/serve.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    out: { type: 'string', default: '.scratch/screens' },
    query: { type: 'string', default: 'Wonsan' },
  },
});

/** The first fact sheet and its first note's link, read from the built claims.json. */
async function firstTargets(dist: string): Promise<{ sheet: string; source: string; anchor: string }> {
  const data = JSON.parse(await readFile(path.join(dist, 'claims.json'), 'utf8')) as {
    factsheets: { id: string; claims: { citations: { source: string; anchor: string }[] }[] }[];
  };
  const sheet = data.factsheets.find((s) => s.claims.some((c) => c.citations.length));
  const citation = sheet?.claims.find((c) => c.citations.length)?.citations[0];
  if (!sheet || !citation) throw new Error(`no fact sheet with a cited claim in ${dist}/claims.json; build the site first (npm run build)`);
  return { sheet: sheet.id, source: citation.source, anchor: citation.anchor };
}

const dist = path.resolve(values.dist);
const out = path.resolve(values.out);
await mkdir(out, { recursive: true });
await mkdir('docs', { recursive: true });
const targets = await firstTargets(dist);
const server = await serveDir(dist);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const shot = async (name: string, fullPage = true) => {
    const file = path.join(out, `${name}.png`);
    await page.screenshot({ path: file, fullPage });
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  };

  await page.goto(server.url);
  await shot('home');

  await page.goto(new URL(`${targets.sheet}/`, server.url).href);
  await page.screenshot({ path: 'docs/screenshot.png' });
  console.log('wrote docs/screenshot.png');
  await shot('factsheet');

  await page.goto(new URL(`sources/${targets.source}/#${targets.anchor}`, server.url).href);
  await shot('source-target', false);

  await page.goto(server.url);
  await page.getByRole('search').getByRole('textbox').fill(values.query);
  await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 10_000 });
  await shot('search', false);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(new URL(`${targets.sheet}/`, server.url).href);
  await shot('factsheet-mobile', false);
} finally {
  await browser.close();
  await server.close();
}
