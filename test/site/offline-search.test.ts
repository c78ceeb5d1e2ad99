/** The search index of a file:// copy: what it holds, and that no text in it can break out of its script. */
import { expect, test } from 'vitest';
import { claim as claimSchema, factsheet as factsheetSchema, source as sourceSchema } from '../../src/schema.ts';
import { claimsJson } from '../../scripts/lib/export.ts';
import { offlineRecords, offlineScript } from '../../scripts/lib/offline-search.ts';

const cite = { source: 'tarn/01-wire', anchor: 's-1', quote: 'The ferry hit a reef </script><script>alert(1)</script>' };
const content = {
  sources: [sourceSchema.parse({ id: 'tarn/01-wire', story: 'tarn', file: 'content/articles/tarn/01-wire.txt', hash: 'a'.repeat(64), title: 'Ferry hits reef', outlet: 'Tarn Post', language: 'en' })],
  factsheets: [
    factsheetSchema.parse({
      id: 'tarn',
      title: 'Tarn ferry grounding',
      claims: [
        claimSchema.parse({ id: 'c-reef', statement: 'The ferry hit a reef.', status: 'single-source', citations: [cite] }),
        claimSchema.parse({ id: 'c-gone', statement: 'A rejected claim.', status: 'single-source', rejected: true, citations: [cite] }),
      ],
    }),
  ],
};

test('one record per published claim and per source, with links from the site root', () => {
  const records = offlineRecords(claimsJson(content));
  expect(records.map((r) => [r.kind, r.title, r.url, r.context])).toEqual([
    ['claim', 'The ferry hit a reef.', 'tarn/#claim-c-reef', 'Tarn ferry grounding'],
    ['source', 'Ferry hits reef', 'sources/tarn/01-wire/', 'Tarn Post'],
  ]);
  expect(records[0]!.text).toContain('the ferry hit a reef </script>');
});

test('the script sets the index and escapes "<", so a quote cannot close a script element', () => {
  const script = offlineScript(offlineRecords(claimsJson(content)));
  expect(script).not.toContain('</script>');
  const window: { FACTSHEET_OFFLINE_SEARCH?: unknown } = {};
  new Function('window', script)(window);
  expect(window.FACTSHEET_OFFLINE_SEARCH).toEqual(offlineRecords(claimsJson(content)));
});
