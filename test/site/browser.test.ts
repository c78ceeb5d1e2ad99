/**
 * Browser: search, then follow a claim's footnote to its note and on to the
 * source sentence, which must be the :target and visibly highlighted.
 * Runs Debian's Chromium (/usr/bin/chromium or $CHROMIUM); skipped when it is absent.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildFixtureSite } from './helpers/build-site.ts';
import { serveDir, type StaticServer } from './helpers/serve.ts';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`browser test skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM)`);

const STORY = 'nk-troops-russia-2024';

describe.skipIf(!hasChromium)('site in a browser', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  let dist: string;

  beforeAll(async () => {
    const site = await buildFixtureSite('nk-sample');
    dist = site.dist;
    server = await serveDir(site.dist);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('search box finds the fact sheet claim', async () => {
    await page.goto(server.url);
    await page.getByRole('search').getByRole('textbox').fill('Wonsan');
    const claim = page.locator('.pagefind-ui__result-nested a', { hasText: 'port of Wonsan' }).first();
    await claim.waitFor({ timeout: 15_000 });
    expect(await claim.getAttribute('href')).toBe(`/${STORY}/#claim-c-wonsan01`);
  });

  test('a file:// copy: search finds the claim in search-offline.js, and links open pages on disk', async () => {
    const onDisk = (...parts: string[]) => pathToFileURL(path.join(dist, ...parts)).href;
    await page.goto(onDisk('index.html'));
    await page.getByRole('search').getByRole('searchbox').fill('wonsan port');
    const claim = page.locator('.offline-search__results a').first();
    await claim.waitFor({ timeout: 10_000 });
    expect(await claim.getAttribute('href')).toBe(`${onDisk(STORY, 'index.html')}#claim-c-wonsan01`);
    expect(await page.getByRole('search').locator('[aria-live]').textContent()).toMatch(/^\d+ results?$/);
    await claim.click();
    await page.waitForURL(/index\.html#claim-c-wonsan01$/);
    expect(await page.locator('#claim-c-wonsan01').isVisible()).toBe(true);
    expect(new URL((await page.locator('a.site-name').getAttribute('href'))!, page.url()).href).toBe(onDisk('index.html'));
  });

  test('footnote -> note -> highlighted source sentence', async () => {
    await page.goto(new URL(`${STORY}/`, server.url).href);
    const marker = page.locator('#claim-c-wonsan01 ~ sup a').first();
    const noteHref = (await marker.getAttribute('href'))!;
    await marker.click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(noteHref);
    const note = page.locator(`li${noteHref}`);
    expect(await note.evaluate((el) => el.matches(':target'))).toBe(true);
    const quote = (await note.locator('q').first().textContent())!;

    await note.getByRole('link', { name: /read in context/i }).click();
    await page.waitForURL(/\/sources\/.+#s-/);
    const anchor = new URL(page.url()).hash;
    const sentence = page.locator(`span.sentence${anchor}`);
    expect(await sentence.textContent()).toContain(quote);
    const styles = await sentence.evaluate((el) => {
      const other = document.querySelector(`.sentence:not(#${CSS.escape(el.id)})`)!;
      return {
        target: el.matches(':target'),
        background: getComputedStyle(el).backgroundColor,
        outline: getComputedStyle(el).outlineStyle,
        otherBackground: getComputedStyle(other).backgroundColor,
      };
    });
    expect(styles.target).toBe(true);
    expect(styles.background).not.toBe(styles.otherBackground);
    expect(styles.outline).not.toBe('none');
  });

  test('the page reads without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(new URL(`${STORY}/`, server.url).href);
    expect(await plain.getByRole('heading', { level: 1 }).textContent()).toMatch(/North Korean troops/);
    expect(await plain.locator('#claim-c-wonsan01').isVisible()).toBe(true);
    await context.close();
  });
});
