/**
 * Content collections over content/ (written by `npm run ingest`), validated
 * with the one content schema in src/schema.ts.
 *
 * `FACTSHEET_CONTENT` (a path, relative to the project root or absolute) points
 * the site at another content tree; tests use it to build from fixtures.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'zod';
import { factsheet, source } from './schema.ts';

const contentDir = process.env.FACTSHEET_CONTENT ?? './content';

/** Entry id = path without `.md`, exactly as written ("story/000-abc"); the default would slug it. */
const idFromPath = ({ entry }: { entry: string }) => entry.replace(/\.md$/, '');

/**
 * Astro reads frontmatter with js-yaml, which turns an unquoted `2024-10-23`
 * into a Date; the schema wants the `YYYY-MM-DD` string back.
 */
function datesToIso(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(datesToIso);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, datesToIso(v)]));
  }
  return value;
}

const sources = defineCollection({
  loader: glob({ pattern: '*/*.md', base: `${contentDir}/sources`, generateId: idFromPath }),
  schema: z.preprocess(datesToIso, source),
});

const factsheets = defineCollection({
  loader: glob({ pattern: '*.md', base: `${contentDir}/factsheets`, generateId: idFromPath }),
  schema: z.preprocess(datesToIso, factsheet),
});

export const collections = { sources, factsheets };
