import { describe, expect, test } from 'vitest';
import type { FigureValue } from '../../src/schema.ts';
import { disagree, groupFigures, quantityKey } from '../../scripts/lib/claims/figure-groups.ts';
import { findFigures } from '../../scripts/lib/claims/figures.ts';
import type { Article, Candidate } from '../../scripts/lib/types.ts';

const key = (text: string): string => quantityKey(findFigures(text)[0]!, '2026');

describe('quantityKey: one key per quantity, not per unit', () => {
  test.each([
    { a: 'The rebels moved 1,000 fighters across the border.', b: 'About 4,000 troops are to be deployed by May.', same: true },
    { a: 'An additional 500 soldiers arrived.', b: 'The general said 2,000 forces were stationed there.', same: true },
    { a: 'At least 12 people died in the fire.', b: 'The blaze killed 15 residents.', same: true },
    { a: 'More than 30 people were hurt.', b: 'About 45 passengers were treated in hospital.', same: true },
    { a: 'The ship carried 300 passengers.', b: 'Some 20 passengers were injured.', same: false },
    { a: 'The army loses 900 soldiers a day.', b: 'The army has lost 200,000 soldiers since the war began.', same: false },
    { a: 'At least 12 people died in the fire.', b: 'In 2023, 40 people died in similar fires.', same: false },
    { a: 'The gang demanded $2 million.', b: 'The firm paid $2 million in fines.', same: false },
  ])('$a | $b', ({ a, b, same }) => {
    expect(key(a) === key(b)).toBe(same);
  });
});

const v = (value: number, qualifier = ''): FigureValue => ({ value, text: String(value), qualifier, source: 's/a', anchor: 's-1', speaker: null, date: null, claim: null });

describe('disagree', () => {
  test.each([
    { a: v(100), b: v(120), expected: true },
    { a: v(100, 'at least'), b: v(100), expected: false },
    { a: v(100), b: v(50, 'an additional'), expected: false },
    { a: v(5, 'by Monday evening'), b: v(8, 'by Tuesday morning'), expected: false },
    { a: v(5, 'by Monday evening'), b: v(8, 'by Monday evening'), expected: true },
  ])('$a.value $a.qualifier / $b.value $b.qualifier', ({ a, b, expected }) => {
    expect(disagree(a, b)).toBe(expected);
  });
});

function article(id: string, sentences: string[]): Article {
  return { id, metadata: { published: '2026-02-10' }, sentences: sentences.map((text, i) => ({ source: id, anchor: `s-${i}`, text, paragraph: i, index: i, line: i })) } as unknown as Article;
}
function candidate(source: string, anchor: string, quote: string, speaker: string | null): Candidate {
  return { source, anchor, quote, statement: quote, attribution: { speaker, affiliation: null, verb: null }, denial: false, figures: findFigures(quote), date: null, entities: [], tokens: [] };
}

describe('groupFigures', () => {
  test('groups paraphrased counts across sources, marks the conflict, and lets "people" join the specific group', () => {
    const a = article('st/a', ['At least 20 residents were stranded on the ridge.']);
    const b = article('st/b', ['About 35 villagers were stranded, the club said.']);
    const c = article('st/c', ['Guides said 20 people were stranded near the summit.']);
    const items = [a, b, c].map((x, i) => ({ c: candidate(x.id, 's-0', x.sentences[0]!.text, i === 1 ? 'the club' : null), claim: `c-${i}` }));
    const groups = groupFigures(items, new Map([a, b, c].map((x) => [x.id, x])));
    expect(groups).toHaveLength(1);
    expect(groups[0]!.conflicting).toBe(true);
    expect(groups[0]!.values.map((x) => [x.value, x.qualifier])).toEqual([[20, 'at least'], [20, 'at least'], [35, 'about']]);
  });
});
