import { describe, expect, test } from 'vitest';
import { extractCandidates } from '../../scripts/lib/claims/extract.ts';
import { PeopleRegistry } from '../../scripts/lib/claims/people.ts';
import { relativeFacts } from '../../scripts/lib/claims/relative-facts.ts';
import { articleOf } from './helpers.ts';

/** Made-up sentences: the background fact a ", which …," clause tells in passing, or none. */
const rows: { text: string; statement: string | null; quote?: string }[] = [
  { text: 'The Tarn Sailing Club, which organizes the race, denied ignoring the forecast.', statement: 'The Tarn Sailing Club organizes the race.', quote: 'The Tarn Sailing Club, which organizes the race' },
  { text: 'Inspectors said the pipeline, which was built in 2011, had corroded at two welds.', statement: 'The pipeline was built in 2011.' },
  { text: 'Veldt Minerals (VM), which holds the licence for the site, has not commented.', statement: 'Veldt Minerals (VM) holds the licence for the site.' },
  { text: 'In Orvell, which depends on the ferry, shops closed early.', statement: 'Orvell depends on the ferry.', quote: 'Orvell, which depends on the ferry' },
  { text: 'The stand, which is more than 40 years old.', statement: 'The stand is more than 40 years old.' },
  // The clause is about both things; the last name alone would be wrong.
  { text: 'The portal and the app, which have been down since Friday, are back.', statement: null },
  // A restrictive clause and a clause that runs into the next sentence are no background fact.
  { text: 'The report which the council published was short.', statement: null },
  { text: 'Torvik, which was the only bidder. The paper said so.', statement: null },
  // A pronoun is no name.
  { text: 'It, which nobody expected, happened.', statement: null },
];

describe('relativeFacts', () => {
  test.each(rows)('$text', ({ text, statement, quote }) => {
    const got = relativeFacts(text);
    expect(got[0]?.statement ?? null).toBe(statement);
    if (got[0]) expect(text.slice(got[0].start, got[0].end)).toBe(got[0].quote);
    if (quote) expect(got[0]!.quote).toBe(quote);
  });
});

describe('extractCandidates: background told in passing', () => {
  test('the club that denies is described in the article’s voice; what the speaker says of a thing stays theirs', () => {
    const article = articleOf('story/01-wire', [
      'The Tarn Sailing Club, which organizes the race, denied that it had ignored a storm warning.',
      'Harbour master Ana Lima said the breakwater, which was built in 1962, had held.',
    ]);
    const candidates = extractCandidates(article, new PeopleRegistry());
    const club = candidates.find((c) => c.statement === 'The Tarn Sailing Club organizes the race.');
    expect(club?.quote).toBe('The Tarn Sailing Club, which organizes the race');
    expect(club?.attribution.speaker).toBeNull();
    expect(club?.denial).toBe(false);
    // The denial itself is still a candidate of its own.
    expect(candidates.some((c) => c.denial && c.quote.startsWith('The Tarn Sailing Club, which organizes the race, denied'))).toBe(true);
    const wall = candidates.find((c) => c.statement === 'The breakwater was built in 1962.');
    expect(wall?.attribution.speaker).toBe('Ana Lima');
  });
});
