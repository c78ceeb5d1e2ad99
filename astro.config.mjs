// @ts-check
import { defineConfig } from 'astro/config';

/**
 * Static site over content/ (see src/content.config.ts).
 * Pages link to each other with relative URLs and styles are inlined, so the
 * built dist/ works when served at / or under any sub-path; see README for file://.
 */
export default defineConfig({
  output: 'static',
  /** Tests build fixture sites with their own cache, so the content data store of content/ is left alone. */
  ...(process.env.FACTSHEET_CACHE_DIR ? { cacheDir: process.env.FACTSHEET_CACHE_DIR } : {}),
  /** Every page is a directory (`/story/index.html`), linked with a trailing slash. */
  trailingSlash: 'always',
  build: {
    format: 'directory',
    /** No `/_astro/*.css` links: absolute asset URLs would break sub-path and file:// copies. */
    inlineStylesheets: 'always',
  },
  devToolbar: { enabled: false },
});
