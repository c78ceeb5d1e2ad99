import { describe, expect, test } from 'vitest';
import { findFigures } from '../../scripts/lib/claims/figures.ts';

describe('findFigures describes each count', () => {
  test.each([
    { input: 'The agency flew no fewer than 2,400 medics to the coast.', value: 2400, qualifier: 'no fewer than', noun: 'medic', predicate: '' },
    { input: 'Some 4 million households lost power.', value: 4_000_000, qualifier: 'some', noun: 'household', predicate: '' },
    { input: 'The rebels sent an additional 600 fighters north.', value: 600, qualifier: 'an additional', noun: 'troops', predicate: '' },
    { input: 'Officials hope to hire 90 nurses by June.', value: 90, qualifier: 'by June', noun: 'nurs', predicate: '' },
    { input: 'Nearly 70 villagers were wounded in the blast.', value: 70, qualifier: 'nearly', noun: 'residents', predicate: 'injured' },
    { input: 'The storm killing at least 14 tourists stunned the island.', value: 14, qualifier: 'at least', noun: 'tourist', predicate: 'killed' },
    { input: 'Crews pulled eleven climbers out of the ravine.', value: 11, qualifier: '', noun: 'climber', predicate: 'rescued' },
    { input: 'The army loses about 800 troops a week.', value: 800, qualifier: 'about, per week', noun: 'troops', predicate: 'casualties' },
    { input: 'The league has lost 3,200 members since the merger in 2019.', value: 3200, qualifier: 'since the merger in 2019', noun: 'member', predicate: '' },
    { input: 'Thieves demanded roughly $7.5 million from the museum.', value: 7_500_000, qualifier: 'roughly', noun: 'money:$', predicate: '' },
    { input: 'All 96 guests and four staff were evacuated.', value: 96, qualifier: '', noun: 'guest', predicate: '' },
    { input: 'A memo put the number of voters affected at more than 15,000.', value: 15000, qualifier: 'more than', noun: 'voter', predicate: '' },
  ])('$input', ({ input, value, qualifier, noun, predicate }) => {
    const [f] = findFigures(input);
    expect(f).toMatchObject({ value, qualifier, noun, predicate });
  });
});

describe('findFigures skips what is not a count', () => {
  test.each([
    'The bridge closed at 4 p.m. on Monday.',
    'The quake struck at 21:45 local time.',
    'The fair opens on 12 April 2026.',
    'The hall was built in 1974.',
    'Two people familiar with the plan said it would go ahead.',
    'Turnout rose by 12 percent.',
  ])('%s', (input) => {
    expect(findFigures(input)).toEqual([]);
  });
});
