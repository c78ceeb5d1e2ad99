/** Collection look-ups shared by the pages. */
import { getCollection } from 'astro:content';
import type { Factsheet, Source } from '../../schema.ts';

/** All sources by id. */
export async function sourcesById(): Promise<Map<string, Source>> {
  const entries = await getCollection('sources');
  return new Map(entries.map((e) => [e.id, e.data as Source]));
}

/** All fact sheets, sorted by title. */
export async function allFactsheets(): Promise<Factsheet[]> {
  const entries = await getCollection('factsheets');
  return entries.map((e) => e.data as Factsheet).sort((a, b) => a.title.localeCompare(b.title));
}
