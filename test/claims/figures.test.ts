import { describe, expect, test } from 'vitest';
import { findFigures, qualifierClass } from '../../scripts/lib/claims/figures.ts';

describe('findFigures describes each count', () => {
  test.each([
    { input: 'The agency flew no fewer than 2,400 medics to the coast.', value: 2400, qualifier: 'no fewer than', noun: 'medic', predicate: '' },
    { input: 'Some 4 million households lost power.', value: 4_000_000, qualifier: 'some', noun: 'household', predicate: '' },
    { input: 'The rebels sent an additional 600 fighters north.', value: 600, qualifier: 'an additional', noun: 'troops', predicate: '' },
    { input: 'Officials hope to hire 90 nurses by June.', value: 90, qualifier: 'by June', noun: 'nurs', predicate: '' },
    { input: 'Nearly 70 villagers were wounded in the blast.', value: 70, qualifier: 'nearly', noun: 'residents', predicate: 'injured' },
    // Strikes and protests: those on strike, those who marched; "nearly 2000 people" is a count, not a year.
    { input: 'More than 1,400 staff have now joined the strike.', value: 1400, qualifier: 'more than', noun: 'workers', predicate: 'striking' },
    { input: 'Police said about 1,500 people marched through the city.', value: 1500, qualifier: 'about', noun: 'people', predicate: 'protesting' },
    { input: 'Nearly 2000 people filled the square.', value: 2000, qualifier: 'nearly', noun: 'people', predicate: '' },
    // People "brought out" or "led to safety" are evacuated; "late Tuesday" is no counted thing.
    { input: 'About 180 passengers were brought out by fire crews.', value: 180, qualifier: 'about', noun: 'passengers', predicate: 'evacuated' },
    // "1,200 of its members": the members are counted.
    { input: 'The union says about 1,200 of its members have stopped work.', value: 1200, qualifier: 'about', noun: 'people', predicate: 'striking' },
    // What is counted ends where its verb begins: vehicles, not "cross".
    { input: 'About 38,000 vehicles cross the bridge on an average weekday.', value: 38_000, qualifier: 'about, per day', noun: 'vehicl', predicate: '' },
    // A price of one is another amount than the total; things delivered to hospitals are not hurt.
    { input: 'The ministry paid roughly €2.76 million per scanner.', value: 2_760_000, qualifier: 'roughly, each', noun: 'money:€', predicate: '' },
    { input: 'Hospitals abroad paid about 1.9 million euros each.', value: 1_900_000, qualifier: 'about, each', noun: 'money:€', predicate: '' },
    { input: 'Twelve scanners have been delivered to hospitals.', value: 12, qualifier: '', noun: 'scanner', predicate: '' },
    // A sentence set in another year counts that year's event, not the story's.
    { input: 'In March 2019, a flood on the same river destroyed some 300 homes.', value: 300, qualifier: 'some, in 2019', noun: 'buildings', predicate: 'destroyed' },
    { input: 'The storm killing at least 14 tourists stunned the island.', value: 14, qualifier: 'at least', noun: 'people', predicate: 'killed' },
    { input: 'Crews pulled eleven climbers out of the ravine.', value: 11, qualifier: '', noun: 'people', predicate: 'rescued' },
    { input: 'The army loses about 800 troops a week.', value: 800, qualifier: 'about, per week', noun: 'troops', predicate: 'casualties' },
    // An outbreak counts the sick; a count since the event began is the event's own count, with no basis.
    { input: 'Its members have counted more than 300 sick passengers.', value: 300, qualifier: 'more than', noun: 'passengers', predicate: 'ill' },
    { input: 'At least 90 passengers had reported vomiting since the ship left port.', value: 90, qualifier: 'at least', noun: 'passengers', predicate: 'ill' },
    { input: 'The league has lost 3,200 members since the merger in 2019.', value: 3200, qualifier: 'since the merger in 2019', noun: 'people', predicate: '' },
    { input: 'Thieves demanded roughly $7.5 million from the museum.', value: 7_500_000, qualifier: 'roughly', noun: 'money:$', predicate: '' },
    { input: 'All 96 guests and four staff were evacuated.', value: 96, qualifier: '', noun: 'people', predicate: '' },
    { input: 'A memo put the number of voters affected at more than 15,000.', value: 15000, qualifier: 'more than', noun: 'voter', predicate: 'affected' },
    // Spelled-out counts named before them: "the death toll at eight", "the number of people killed … to nine".
    { input: 'Rescuers now put the death toll at seven.', value: 7, qualifier: '', noun: 'killed', predicate: 'killed' },
    { input: 'The number of people injured in the crash has risen to nine.', value: 9, qualifier: '', noun: 'injured', predicate: 'injured' },
    { input: 'Six hikers were killed in the avalanche.', value: 6, qualifier: '', noun: 'people', predicate: 'killed' },
    // Residents of a list of places who "left their homes" were evacuated.
    { input: 'More than 900 residents of Alta, Baixa and the lower town have left their homes.', value: 900, qualifier: 'more than', noun: 'residents', predicate: 'evacuated' },
  ])('$input', ({ input, value, qualifier, noun, predicate }) => {
    const [f] = findFigures(input);
    expect(f).toMatchObject({ value, qualifier, noun, predicate });
  });
});

describe('findFigures reads "others" and "the final figure" as the count before them', () => {
  test('a count without its noun counts the thing the sentence counted before, when that is no person', () => {
    expect(findFigures('Rangers said 40 seals were stranded and at least 15 had died.').map((f) => [f.value, f.noun, f.predicate])).toEqual([[40, 'seal', 'stranded'], [15, 'seal', 'killed']]);
    expect(findFigures('Five people died and 20 were hurt.').map((f) => [f.value, f.predicate])).toEqual([[5, 'killed'], [20, 'injured']]);
  });

  test('"put the number at about 140 late Tuesday" counts what the sentence before counted, not Tuesdays', () => {
    const [f] = findFigures('It had put the number at about 140 late Tuesday.', 'At least 220 passengers were evacuated from the train.');
    expect(f).toMatchObject({ value: 140, predicate: 'evacuated' });
  });

  test('"the number", "its own estimate" count the first thing the sentence before counted, or the count just before in the same sentence', () => {
    const fish = 'At least 40,000 fish got out of two damaged pens.';
    expect(findFigures('The company had initially put the number at about 20,000.', fish)[0]).toMatchObject({ value: 20000, noun: 'fish' });
    expect(findFigures('The directorate’s own estimate is at least 40,000.', fish)[0]).toMatchObject({ value: 40000, noun: 'fish' });
    const [, university] = findFigures('The union said about 1,200 of its members had stopped work, while the university put the number at about 560.');
    expect(university).toMatchObject({ value: 560, noun: 'people', predicate: 'striking' });
  });

  test('money in any currency word is money; a conversion in brackets is the same sum, not a second one', () => {
    expect(findFigures('Losses run to more than 2 billion shillings ($15.5 million) a day.').map((f) => [f.value, f.noun, f.basis])).toEqual([[2e9, 'money:KSh', 'per day']]);
    expect(findFigures('The deficit is 32 million New Zealand dollars ($18.4 million).').map((f) => [f.value, f.noun])).toEqual([[32e6, 'money:$']]);
    expect(findFigures('A fine of 10 million kroner is discussed.').map((f) => f.noun)).toEqual(['money:kr']);
    // A currency code before the sum, in capitals as written: "KSh 6,500", "NOK 300"; "Cad 5" is no money.
    expect(findFigures('A bag now costs KSh 6,500, and the fine is NOK 10 million.').map((f) => [f.value, f.noun])).toEqual([[6500, 'money:KSh'], [1e7, 'money:kr']]);
    expect(findFigures('The Cad 5 drill was sold out.')[0]?.noun).not.toMatch(/^money:/);
  });

  test('"others" count what the sentence counted before', () => {
    const [, others] = findFigures('At least four people were killed and nine others were missing after the storm.');
    expect(others).toMatchObject({ value: 9, noun: 'people', predicate: 'missing' });
  });
  test('"up from" gives an earlier value of the sentence’s count; an aside between dashes is read past', () => {
    const figures = findFigures('The ferry line said 12 people — nine passengers and three crew — had been hurt, up from the eight it reported on Monday.');
    expect(figures[0]).toMatchObject({ value: 12, noun: 'people', predicate: 'injured' });
    expect(figures.at(-1)).toMatchObject({ value: 8, noun: 'people', predicate: 'injured' });
  });
  test('"the final figure" counts what the sentence before counted', () => {
    const [f] = findFigures('Volunteers fear the final figure will be more than 12.', 'Police put the death toll at seven.');
    expect(f).toMatchObject({ value: 12, qualifier: 'more than', noun: 'killed' });
    expect(findFigures('Volunteers fear the final figure will be more than 12.')).toHaveLength(1);
  });
  test('"puts the number as high as", "put it at": the same count, with what happened to it', () => {
    const before = 'The bank says about 450,000 customers were affected.';
    expect(findFigures('The union puts the number as high as 1.3 million.', before)[0]).toMatchObject({ value: 1_300_000, qualifierClass: 'up to', predicate: 'affected' });
    expect(findFigures('Our reps put it at up to 1.3 million.', before)[0]).toMatchObject({ value: 1_300_000, qualifierClass: 'up to', predicate: 'affected' });
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

describe('findFigures reads measures: the unit is what is counted, with its "of X" material', () => {
  test.each([
    { input: 'Roughly 2 tonnes of a pesticide seeped into the canal.', value: 2, text: '2 tonnes', noun: 'measure:mass', material: 'pesticide', predicate: 'released', base: 2000 },
    { input: 'Inspectors said 900 kg had leaked.', value: 900, text: '900 kg', noun: 'measure:mass', material: '', predicate: 'released', base: 900 },
    { input: 'Up to 7 tonnes of the chemical may have escaped.', value: 7, text: '7 tonnes', noun: 'measure:mass', material: '', predicate: 'released', base: 7000 },
    { input: 'The fire has scorched more than 12,000 acres of scrub.', value: 12000, text: '12,000 acres', noun: 'measure:area', material: 'scrub', predicate: 'destroyed', base: 12000 * 4046.86 },
    { input: 'Crews contained a blaze covering 40 square kilometres.', value: 40, text: '40 square kilometres', noun: 'measure:area', material: '', predicate: '', base: 40e6 },
    { input: 'The tanker was carrying 20,000 barrels of crude.', value: 20000, text: '20,000 barrels', noun: 'measure:volume', material: 'crude', predicate: 'held', base: 20000 * 159 },
    { input: 'The slick stretched for 14km along the coast.', value: 14, text: '14km', noun: 'measure:length', material: '', predicate: '', base: 14000 },
    { input: 'The insurer put losses at 55 million dollars.', value: 55e6, text: '55 million dollars', noun: 'money:$', material: '', predicate: '', base: 55e6 },
    { input: 'The club was fined €2.5m on Monday.', value: 2.5e6, text: '€2.5m', noun: 'money:€', material: '', predicate: '', base: 2.5e6 },
    { input: 'The charity raised 4 million pounds.', value: 4e6, text: '4 million pounds', noun: 'money:£', material: '', predicate: '', base: 4e6 },
    { input: 'Each crate weighed 300 pounds.', value: 300, text: '300 pounds', noun: 'measure:mass', material: '', predicate: '', base: 300 * 0.4536 },
  ])('$input', ({ input, base, ...expected }) => {
    const [f] = findFigures(input);
    expect(f).toMatchObject(expected);
    expect(f?.base).toBeCloseTo(base);
  });
});

describe('findFigures names what happened to things and to people who left', () => {
  test.each([
    { input: 'No fewer than 50 dwellings were razed.', noun: 'buildings', predicate: 'destroyed' },
    { input: 'Nearly 60 houses burned overnight.', noun: 'buildings', predicate: 'destroyed' },
    { input: 'The storm damaged 300 buildings.', noun: 'buildings', predicate: 'damaged' },
    { input: 'Some 5,000 villagers fled their homes.', noun: 'residents', predicate: 'evacuated' },
    { input: 'About 900 inhabitants had left their houses by dusk.', noun: 'residents', predicate: 'evacuated' },
    { input: 'Another 1,200 were relocated to a stadium.', noun: '', predicate: 'evacuated' },
    { input: 'Buses carried 700 evacuees inland.', noun: 'evacuated', predicate: 'evacuated' },
    { input: 'The army moved 2,000 troops to the border.', noun: 'troops', predicate: '' },
    { input: 'At least 30 people were burned in the blast.', noun: 'people', predicate: 'injured' },
  ])('$input', ({ input, noun, predicate }) => {
    expect(findFigures(input)[0]).toMatchObject({ noun, predicate });
  });
});

describe('findFigures leaves out what is not an amount', () => {
  test.each(['The siren sounded at 4pm.', 'It was the 5th fire this year.', 'A 10-metre wave hit the pier.'])('%s', (input) => {
    expect(findFigures(input)).toEqual([]);
  });
});

describe('qualifierClass folds qualifiers by meaning', () => {
  test.each([
    { input: 'as much as', expected: 'up to' },
    { input: 'up to', expected: 'up to' },
    { input: 'almost', expected: 'nearly' },
    { input: 'nearly', expected: 'nearly' },
    { input: 'roughly', expected: 'about' },
    { input: 'some, per day', expected: 'about' },
    { input: 'no fewer than', expected: 'at least' },
    { input: 'in excess of', expected: 'more than' },
    { input: 'another', expected: 'additional' },
    { input: 'by Friday', expected: '' },
  ])('$input', ({ input, expected }) => {
    expect(qualifierClass(input)).toBe(expected);
  });
});

describe('two joined counts share what is said of both', () => {
  test('the verb after the second count is the first one’s too, and so is a qualifier before the first', () => {
    const [a, b] = findFigures('Health officials said at least 140 passengers and 18 crew members had reported symptoms.');
    expect(a).toMatchObject({ value: 140, predicate: 'ill', qualifierClass: 'at least' });
    expect(b).toMatchObject({ value: 18, predicate: 'ill', qualifierClass: 'at least' });
  });
  test('two statements joined by "and" keep their own qualifiers', () => {
    const [, b] = findFigures('At least six people were killed and 11 others were missing.');
    expect(b).toMatchObject({ value: 11, qualifierClass: '' });
  });
});
