/** "Edit this claim" links: off by default, on with FACTSHEET_REPO_URL. */
import { afterEach, expect, test, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

test('off unless a repository is configured', async () => {
  vi.stubEnv('FACTSHEET_REPO_URL', '');
  const config = await import('../../src/lib/site-config.ts');
  expect(config.editBaseUrl).toBeNull();
  expect(config.editUrl('content/factsheets/a.md')).toBeNull();
});

test.each([
  ['https://github.com/acme/facts.git', 'https://github.com/acme/facts/edit/main/content/factsheets/a.md', 'https://github.com/acme/facts/blob/main/content/factsheets/a.md#L7'],
  ['https://gitlab.com/acme/facts/', 'https://gitlab.com/acme/facts/-/edit/main/content/factsheets/a.md', 'https://gitlab.com/acme/facts/-/blob/main/content/factsheets/a.md#L7'],
])('%s', async (url, edit, line) => {
  vi.stubEnv('FACTSHEET_REPO_URL', url);
  const config = await import('../../src/lib/site-config.ts');
  expect(config.editUrl('content/factsheets/a.md')).toBe(edit);
  expect(config.lineUrl('content/factsheets/a.md', 7)).toBe(line);
});
