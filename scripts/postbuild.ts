/**
 * After `astro build`: indexes dist/ with Pagefind, then writes dist/claims.json
 * and dist/claims.csv from content/. Exits 1 and lists every problem if any step fails.
 *
 * Usage: tsx scripts/postbuild.ts [--dist dist] [--content content]
 * (`FACTSHEET_CONTENT` sets the content default, as for the site.)
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';
import { writeExports } from './lib/export.ts';

/** Builds `<dist>/pagefind/`; returns the problems Pagefind reported (empty when fine). */
export async function buildSearchIndex(dist: string): Promise<{ errors: string[]; pages: number }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) return { errors: ['could not start Pagefind', ...errors], pages: 0 };
  try {
    const added = await index.addDirectory({ path: dist });
    if (added.errors.length) return { errors: added.errors, pages: added.page_count };
    if (added.page_count === 0) return { errors: [`no pages with data-pagefind-body found in ${dist}; was the site built?`], pages: 0 };
    const written = await index.writeFiles({ outputPath: path.join(dist, 'pagefind') });
    return { errors: written.errors, pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: 'dist' },
      content: { type: 'string', default: process.env.FACTSHEET_CONTENT ?? 'content' },
    },
  });
  const dist = path.resolve(values.dist);
  const content = path.resolve(values.content);
  const problems: string[] = [];

  const search = await buildSearchIndex(dist);
  if (search.errors.length) problems.push(...search.errors.map((e) => `pagefind: ${e}`));
  else console.log(`pagefind: indexed ${search.pages} pages into ${path.relative(process.cwd(), path.join(dist, 'pagefind'))}/`);

  try {
    const written = await writeExports(content, dist);
    console.log(`export: wrote ${written.map((f) => path.relative(process.cwd(), f)).join(', ')}`);
  } catch (err) {
    problems.push(`export: ${(err as Error).message}`);
  }

  if (problems.length) {
    console.error(`postbuild failed:\n- ${problems.join('\n- ')}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();
