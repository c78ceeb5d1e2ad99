import { describe, expect, test } from 'vitest';
import { groupFigures } from '../../scripts/lib/claims/figure-groups.ts';
import { findShares } from '../../scripts/lib/claims/shares.ts';
import type { Article, Candidate } from '../../scripts/lib/types.ts';
import { articleOf } from './helpers.ts';

describe('findShares: what a share is a share of', () => {
  test.each([
    { text: 'Turnout in Orvell was 61.5 per cent of the 20,400 voters on the roll.', value: 61.5, of: 'share:turnout', qualifier: '' },
    { text: 'Nearly 65 per cent of registered voters turned out on Sunday.', value: 65, of: 'share:turnout', qualifier: 'nearly' },
    { text: 'Only 70% of pupils in the district had both doses.', value: 70, of: 'share:pupil', qualifier: '' },
    { text: 'The share of homes with power fell to 40% by Tuesday.', value: 40, of: 'share:home', qualifier: '' },
    { text: 'The union rejected a 4.5% raise.', value: 4.5, of: 'share:increase', qualifier: '' },
    // A fraction before "of" is a share too; "today's" before the noun says when, not what.
    { text: 'At least a third of today’s lectures were cancelled.', value: 33.3, of: 'share:lecture', qualifier: 'at least' },
    { text: 'About 15 per cent of today’s lectures were cancelled.', value: 15, of: 'share:lecture', qualifier: 'about' },
  ])('$text', ({ text, value, of, qualifier }) => {
    expect(findShares(text, '2026-03-01')[0]).toMatchObject({ value, noun: of, qualifier });
  });

  test('a share of a year long past counts apart; one that says of nothing is skipped', () => {
    expect(findShares('The share of pupils vaccinated fell to 70% in 2025 from 91% in 2015.', '2026-03-01').map((f) => f.qualifier)).toEqual(['', 'in 2015']);
    expect(findShares('Prices rose 5% last month.', '2026-03-01')).toEqual([]);
    expect(findShares('Nationally, 92% of pupils had both doses.', '2026-03-01')[0]!.noun).toBe('share:pupil:national');
  });
});

describe('groupFigures: shares from several sources form one group', () => {
  const sentences = ['Turnout in Orvell was 61.5 per cent, the commission said.', 'Turnout was about 62 percent.', 'Barely 55 per cent of voters turned out, the Orvell Post estimated.'];
  const articles = sentences.map((text, i) => articleOf(`st/${i}`, [text], { published: '2026-03-01' }));
  const candidate = (a: Article): Candidate => ({ source: a.id, anchor: 's-0', quote: a.sentences[0]!.text, statement: a.sentences[0]!.text, attribution: { speaker: null, affiliation: null, verb: null }, denial: false, figures: [], date: null, entities: [], tokens: [] });
  test('turnout', () => {
    const groups = groupFigures(articles.map((a, i) => ({ c: candidate(a), claim: `c-${i}` })), new Map(articles.map((a) => [a.id, a])));
    expect(groups.map((g) => [g.quantity, g.conflicting, g.values.map((v) => v.text)])).toEqual([['turnout (%)', true, ['55%', '61.5%', '62%']]]);
  });
});
