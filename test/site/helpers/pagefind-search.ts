/**
 * Runs a query against a built Pagefind index from Node: imports the site's own
 * dist/pagefind/pagefind.js and points its basePath at a loopback server, since
 * Node's fetch cannot read file: URLs.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Hit {
  url: string;
  title: string;
  excerpt: string;
  filters: Record<string, string[]>;
  subResults: { title: string; url: string; excerpt: string }[];
}

interface PagefindModule {
  options(o: { basePath: string; baseUrl?: string }): Promise<void>;
  init(): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string | string[]> }): Promise<{ results: { data(): Promise<{ url: string; meta: { title?: string }; excerpt: string; filters: Record<string, string[]>; sub_results: { title: string; url: string; excerpt: string }[] }> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
  destroy?(): Promise<void>;
}

/**
 * Loads the index of the site in `dist`, served at `origin`.
 * @example const pf = await loadPagefind('dist', server.url); await pf.search('Wonsan');
 */
export async function loadPagefind(dist: string, origin: string) {
  // A fresh module instance per dist: the query string defeats the ESM cache.
  const href = pathToFileURL(path.join(path.resolve(dist), 'pagefind', 'pagefind.js')).href + `?t=${Date.now()}`;
  const pf = (await import(/* @vite-ignore */ href)) as PagefindModule;
  await pf.options({ basePath: new URL('pagefind/', origin).href, baseUrl: '/' });
  await pf.init();
  return {
    /** Matching pages, best first, with their data loaded. */
    async search(query: string, filters?: Record<string, string | string[]>): Promise<Hit[]> {
      const { results } = await pf.search(query, filters ? { filters } : {});
      const data = await Promise.all(results.map((r) => r.data()));
      return data.map((d) => ({ url: d.url, title: d.meta.title ?? '', excerpt: d.excerpt, filters: d.filters, subResults: d.sub_results }));
    },
    /** Every filter and value, with page counts. */
    filters: () => pf.filters(),
  };
}
