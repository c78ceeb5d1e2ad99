import { describe, expect, test } from 'vitest';
import { isClaimSentence, startsFooter } from '../../scripts/lib/claims/filter.ts';

const rows: { input: string; claim: boolean }[] = [
  { input: 'The flood reached the old town on Sunday.', claim: true },
  { input: 'Why does the river keep flooding?', claim: false },
  { input: 'River town braces for second flood', claim: false },
  { input: 'Follow Radio Nord on Facebook for the latest updates.', claim: false },
  { input: 'Download the Nord News app for alerts.', claim: false },
  { input: 'This article is based on material from a news agency.', claim: false },
  { input: 'Please donate to keep our reporting free.', claim: false },
  { input: 'WATCH: our full report airs tonight at 9.', claim: false },
  { input: 'At least 12 homes were evacuated.', claim: true },
  { input: '“The pumps held through the night. The levee did not. ”', claim: true },
];

describe('isClaimSentence', () => {
  test.each(rows)('$input', ({ input, claim }) => expect(isClaimSentence(input)).toBe(claim));
  test.each(['About Nordvik Shipping', '###', 'Media contact: press office'])('footer %s', (t) => expect(startsFooter(t)).toBe(true));
});
