import { describe, expect, test } from 'vitest';
import { draftFactsheet } from '../../scripts/lib/claims/index.ts';
import { articleOf } from './helpers.ts';

describe('draftFactsheet', () => {
  test('a figure belongs to the claim that states it: a sentence that also supports another claim does not make that claim disputed', () => {
    const articles = [
      articleOf('st/a', ['The Orvell ferry sank near the Tarn lighthouse on Monday.'], { outlet: 'Tarn Post' }),
      articleOf('st/b', ['The Orvell ferry, which sank near the Tarn lighthouse on Monday after its engine failed in a storm off the Kessel coast, carried 55 people, most of them pupils from Vell.'], { outlet: 'Vell Courier' }),
      articleOf('st/c', ['The Orvell ferry carried 70 people, the operator said.'], { outlet: 'Kessel Radio' }),
    ];
    const sheet = draftFactsheet({ slug: 'st' }, articles);
    const sank = sheet.claims.find((c) => c.statement.startsWith('The Orvell ferry sank'))!;
    // The long sentence states the sinking too, so it is cited …
    expect(sank.citations.map((c) => c.source)).toEqual(['st/a', 'st/b']);
    // … but its count of people is another claim's, and only that claim is disputed by the 70.
    expect(sank.status).not.toBe('disputed');
    const carried = sheet.claims.filter((c) => c.status === 'disputed').map((c) => c.statement);
    expect(carried.length).toBeGreaterThan(0);
    expect(carried.every((s) => /carried/.test(s))).toBe(true);
  });
});
