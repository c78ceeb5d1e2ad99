import { describe, expect, test } from 'vitest';
import type { FigureValue } from '../../src/schema.ts';
import { figureDisputes } from '../../scripts/lib/claims/figure-disputes.ts';
import { groupFigures, quantityKey } from '../../scripts/lib/claims/figure-groups.ts';
import { disagree } from '../../scripts/lib/claims/figure-values.ts';
import { findFigures } from '../../scripts/lib/claims/figures.ts';
import type { Article, Candidate } from '../../scripts/lib/types.ts';
import { articleOf } from './helpers.ts';

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
    // Those an avalanche caught are one count whoever they were; those it buried are another.
    { a: 'Five skiers were caught in the slide.', b: 'Four guests had been caught, the company said.', same: true },
    { a: 'Five skiers were caught in the slide.', b: 'Two skiers were buried completely.', same: false },
    // Those an outage touched are not all the customers there are.
    { a: 'About 450,000 customers had been affected, the bank said.', b: 'As many as 1.3 million customers were affected, the union said.', same: true },
    { a: 'About 450,000 customers had been affected, the bank said.', b: 'The bank has about 1.6 million customers.', same: false },
    // Athletes suspended, athletes who tested positive and athletes tested are three counts.
    { a: 'Three athletes were provisionally suspended.', b: 'Six athletes tested positive.', same: false },
    { a: 'Six athletes tested positive.', b: 'At least five athletes had returned adverse findings.', same: true },
    { a: 'We tested 48 athletes in Eldoret.', b: 'Six athletes tested positive.', same: false },
    // What a ship may carry is not who was on board.
    { a: 'The ferry is certified to carry 290 passengers.', b: 'The centre said 94 passengers were on board.', same: false },
    // Those winched off a deck were rescued, however it is said; they are not all who were on board.
    { a: 'She said 38 people had been winched off the deck.', b: 'Its crews hoisted more than 30 people from the deck.', same: true },
    { a: 'She said 38 people had been winched off the deck.', b: 'About 94 people were on board.', same: false },
    { a: 'About 15 people were sent on for medical treatment.', b: 'At least six people were injured.', same: true },
    // The sick are counted by who they are; a toll is not.
    { a: 'More than 300 passengers have been sick.', b: 'The line said 131 passengers had reported symptoms.', same: true },
    { a: 'More than 300 passengers have been sick.', b: 'Some 18 crew members have been sick.', same: false },
    { a: 'More than 300 passengers have been sick.', b: 'The ship carries about 2,850 passengers.', same: false },
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
    // One distance in two units is no conflict.
    { a: { ...v(24), text: '24 kilometers' }, b: { ...v(15), text: '15 miles' }, expected: false },
    { a: { ...v(24), text: '24 kilometers' }, b: { ...v(30), text: '30 miles' }, expected: true },
    // One source revising its own count does not dispute itself; two sources do.
    { a: { ...v(20000), speaker: 'Tarn Salmon' }, b: { ...v(47000), speaker: 'Tarn Salmon' }, expected: false },
    { a: { ...v(20000), speaker: 'Tarn Salmon' }, b: { ...v(47000), speaker: 'fisheries directorate' }, expected: true },
    // Unnamed sources are many people, not one.
    { a: { ...v(3000), speaker: 'unnamed sources' }, b: { ...v(10000), speaker: 'unnamed sources' }, expected: true },
  ])('$a.value $a.qualifier $a.speaker / $b.value $b.qualifier $b.speaker', ({ a, b, expected }) => {
    expect(disagree(a, b)).toBe(expected);
  });
});

const article = (id: string, sentences: string[]): Article => articleOf(id, sentences);
function candidate(source: string, anchor: string, quote: string, speaker: string | null): Candidate {
  return { source, anchor, quote, statement: quote, attribution: { speaker, affiliation: null, verb: null }, denial: false, figures: findFigures(quote), date: null, entities: [], tokens: [] };
}

describe('groupFigures', () => {
  test('a count dated in another year than the article is another quantity: an old disaster does not dispute this one', () => {
    const a = article('st/a', ['Back then, about 470 seals stranded in the bay.']);
    const b = article('st/b', ['At least 230 seals stranded in the bay on Tuesday.']);
    const c = article('st/c', ['More than 250 seals stranded in the bay on Tuesday.']);
    const items = [a, b, c].map((x, i) => ({ c: { ...candidate(x.id, 's-0', x.sentences[0]!.text, null), date: i === 0 ? { start: '2020-09-01', end: null, text: 'September 2020' } : null }, claim: `c-${i}` }));
    const groups = groupFigures(items, new Map([a, b, c].map((x) => [x.id, x])));
    expect(groups).toHaveLength(1);
    expect(groups[0]!.values.map((v) => v.value)).toEqual([230, 250]);
  });
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

/** Groups of one story whose articles each hold one sentence: [quantity label, conflicting, values as "text qualifier"]. */
function groupsOf(sentences: string[]): [string, boolean, string[]][] {
  const articles = sentences.map((text, i) => article(`st/${i}`, [text]));
  const items = articles.map((x, i) => ({ c: candidate(x.id, 's-0', x.sentences[0]!.text, null), claim: `c-${i}` }));
  return groupFigures(items, new Map(articles.map((x) => [x.id, x]))).map((g) => [g.quantity, g.conflicting, g.values.map((x) => `${x.text} ${x.qualifier}`.trim())]);
}

describe('groupFigures: one group per quantity, for counts and measures alike', () => {
  test.each([
    {
      name: 'jobs to be cut, as roles, positions or people who lose their jobs, are one count; strikers another',
      sentences: ['The college plans to cut 145 roles.', 'It had proposed cutting up to 180 positions.', 'The union says about 230 people stand to lose their jobs.', 'About 560 staff took part in industrial action today.', 'More than 1,400 staff have now joined the strike.'],
      expected: [['jobs cut', true, ['145', '180 up to', '230 about']], ['staff striking', true, ['560 about', '1,400 more than']]],
    },
    {
      name: 'a repair bill that costs, could reach or is estimated at is one sum; a daily count written "on an average weekday" or "a day" is one rate',
      sentences: ['Repairs would cost at least 4 million euros.', 'The bill could reach as much as 15 million euros.', 'The repairs are estimated at up to 9 million euros.', 'About 38,000 vehicles cross the bridge on an average weekday.', 'Nearly 45,000 vehicles a day use the bridge.'],
      expected: [['amount (€)', true, ['4 million euros at least', '9 million euros up to', '15 million euros as much as']], ['vehicles (per day)', true, ['38,000 about, per day', '45,000 nearly, per day']]],
    },
    {
      name: 'an outbreak’s confirmed cases, infections and people made sick are one count; those in hospital another, named so',
      sentences: ['At least 23 people have been sickened by E. coli.', 'The number of confirmed E. coli infections tied to the water in Vell, Sask., has risen to 31.', 'The authority reported 34 lab-confirmed cases.', 'Public health officials had put the number of sick at 23, with four in hospital.', 'Six people have been admitted to hospital.'],
      expected: [['people in hospital', true, ['four', 'six']], ['people ill', true, ['23 at least', '23 at least', '31', '34']]],
    },
    {
      name: 'the injured, some of them counted in hospital, are "people injured"; only counts all said to be in hospital are named so',
      sentences: ['At least 42 people were injured in the crush.', 'About 70 people were treated in hospital.'],
      expected: [['people injured', true, ['42 at least', '70 about']]],
    },
    {
      name: 'a ransom demanded in two currencies is two groups, named as demands, with ids of their own; data in GB and gigabytes is one amount',
      sentences: ['The gang demanded a ransom of €5 million.', 'Reports put the demand at €6 million.', 'Media put the hackers’ demand at up to 3 million dollars.', 'The attackers demanded 40 bitcoin — roughly $4.4 million.', 'The listing claims 612 GB of stolen data.', 'The group says it stole more than 600 gigabytes of data.'],
      expected: [['data (gb)', false, ['600 gigabytes more than', '612 GB']], ['amount demanded (€)', true, ['€5 million', '€6 million']], ['amount demanded ($)', true, ['3 million dollars up to', '$4.4 million roughly']]],
    },
    {
      name: 'a sum that amounts to, is put at or is simply given is the amount at stake, one quantity',
      sentences: ['The damage amounted to at least 480,000 euros.', 'A day later the figure was roughly €620,000.', 'Nearly €1.2 million in grants may have been misused, two people said.', 'The losses exceed €2 million, the union says.', 'The lab ran six grants worth about €2.6 million.', 'The lab ran grants worth about €2.1 million, the university said.'],
      expected: [['amount (€)', true, ['480,000 euros at least', '€620,000 roughly', '€1.2 million nearly', '€2 million']], ['amount worth (€)', true, ['€2.1 million about', '€2.6 million about']]],
    },
    {
      name: 'jobs created and jobs cut are two counts',
      sentences: ['The plant will create 300 jobs.', 'The new line will create about 350 jobs.', 'The firm will cut 120 jobs at the old plant.', 'The union says it will cut 150 jobs.'],
      expected: [['jobs created', true, ['300', '350 about']], ['jobs cut', true, ['120', '150']]],
    },
    {
      name: 'animals stranded, refloated, put down and dead are four counts, however the verb is written',
      sentences: ['At least 230 seals have stranded on the sandbar.', 'Nearly 270 seals came ashore on Tuesday.', 'About 60 seals had been refloated by dusk.', 'More than 30 seals have been euthanised.', 'About 120 seals were believed to have died.', 'Close to 80 seals had been refloated, volunteers said.'],
      expected: [['seals rescued', true, ['60 about', '80 close to']], ['seals stranded', true, ['230 at least', '270 nearly']]],
    },
    {
      name: 'a measure with and without its material or verb',
      sentences: ['Roughly 2 tonnes of a pesticide seeped into the canal.', 'Inspectors believe 5 tonnes leaked overnight.', 'Up to 7 tonnes of the chemical may have escaped.'],
      expected: [['pesticide escaped (tonnes)', true, ['2 tonnes roughly', '5 tonnes', '7 tonnes up to']]],
    },
    {
      name: 'a material named twice in one phrase joins both names',
      sentences: ['About 2 tonnes of a herbicide leaked into the lake.', 'Some 2 tonnes of the herbicide dalmeron entered a drain.', 'At least 6 tonnes of dalmeron entered the lake, campaigners said.'],
      expected: [['dalmeron entered (tonnes)', true, ['2 tonnes about', '2 tonnes some', '6 tonnes at least']]],
    },
    {
      name: 'dead fish and fish that died are one count of fish',
      sentences: ['Wardens collected some 3,000 dead fish.', 'Anglers said about 9,000 fish had died.'],
      expected: [['fish killed', true, ['3,000 some', '9,000 about']]],
    },
    {
      name: 'one measure in two units agrees with itself',
      sentences: ['About 3 tonnes of grain were lost.', 'Some 3,000 kg of grain were lost in the flood.'],
      expected: [['grain (kg)', false, ['3 tonnes about', '3,000 kg some']]],
    },
    {
      name: 'one distance in two units, rounded, agrees with itself; another distance does not',
      sentences: ['The ship hit a reef about 50 km (31 miles) north of the port.', 'The reef lies some 50 km north of the port.'],
      expected: [['distance (km)', false, ['31 miles', '50 km about', '50 km some']]],
    },
    {
      name: 'bare lengths far apart in size are different things (waves and a ship), near ones one distance',
      sentences: ['Waves of up to six metres broke over the bow.', 'The ferry, a vessel of 84 meters, was built in 1998.', 'Rescuers said the waves were some 8 metres high.'],
      expected: [['distance (metres)', true, ['six metres up to', '8 metres some']]],
    },
    {
      name: 'a number that opened its sentence is shown in lower case beside the others',
      sentences: ['Three people were injured in the crash.', 'Police said five people were injured.'],
      expected: [['people injured', true, ['three', 'five']]],
    },
    {
      name: 'an area burned, with and without the verb',
      sentences: ['Fire crews said at least 9,000 acres had burned.', 'The fire covers more than 12,000 acres.'],
      expected: [['area burned (acres)', true, ['9,000 acres at least', '12,000 acres more than']]],
    },
    {
      name: 'evacuated, fled their homes and an increment that is no conflict',
      sentences: ['Police said more than 3,000 people were evacuated from the valley.', 'Some 5,000 villagers fled their homes as the water rose.', 'Another 1,200 were relocated on Friday.'],
      expected: [['people evacuated', true, ['1,200 another', '3,000 more than', '5,000 some']]],
    },
    {
      name: 'totals that agree, with an increment beside them',
      sentences: ['Some 5,000 residents were evacuated.', 'About 5,000 people have fled.', 'An additional 800 were moved on Sunday.'],
      expected: [['people evacuated', false, ['800 an additional', '5,000 some', '5,000 about']]],
    },
    {
      name: 'homes destroyed and houses burned',
      sentences: ['The blaze destroyed at least 40 homes.', 'Nearly 60 houses burned, firefighters said.', 'No fewer than 50 dwellings were razed.'],
      expected: [['dwellings destroyed', true, ['40 at least', '50 no fewer than', '60 nearly']]],
    },
    {
      name: 'a rate stays apart from a total',
      sentences: ['The pipeline spilled 300 barrels of crude a day.', 'In all, 4,000 barrels of crude were spilled.', 'The well leaked 250 barrels of crude per day.'],
      expected: [['crude leaked (barrels) (per day)', true, ['250 barrels per day', '300 barrels per day']]],
    },
    {
      name: 'what a ship carried stays apart from what it spilled',
      sentences: ['The tanker carrying 30 tonnes of diesel ran aground.', 'About 4 tonnes of diesel spilled into the bay.', 'Officials said 6 tonnes had spilled.'],
      expected: [['diesel spilled (tonnes)', true, ['4 tonnes about', '6 tonnes']]],
    },
    {
      name: 'deaths as a count, a toll and a spelled-out word form one group with conflict',
      sentences: ['At least five people died when the bridge fell.', 'Police now put the death toll at seven.', 'The number of people killed has risen to seven.'],
      expected: [['people killed', true, ['five at least', 'seven', 'seven']]],
    },
    {
      name: 'the missing, as "others" and as unaccounted for',
      sentences: ['Four people were killed and 12 others were missing.', 'Officers said ten people were still unaccounted for.'],
      expected: [['people missing', true, ['ten', '12']]],
    },
    {
      name: 'residents who left their homes join the evacuated, an increment beside them',
      sentences: ['About 800 people have been evacuated, the council said.', 'More than 1,100 residents of Alta, Baixa and the lower town have left their homes.', 'An additional 300 people were evacuated on Friday.'],
      expected: [['people evacuated', true, ['300 an additional', '800 about', '1,100 more than']]],
    },
    {
      name: 'money written as a word joins money written as a sign',
      sentences: ['The insurer estimated losses at $40 million.', 'Losses were put at 55 million dollars.'],
      expected: [['amount ($)', true, ['$40 million', '55 million dollars']]],
    },
  ])('$name', ({ sentences, expected }) => {
    expect(groupsOf(sentences)).toEqual(expected);
  });
});

describe('figureDisputes', () => {
  test('a value is disputed by the totals that differ from it, not by itself in another unit; one total is said once, in the claim’s unit', () => {
    const articles = ['The ship hit a reef about 50 km (31 miles) north of the port.', 'The reef lies some 80 km north of the port.'].map((text, i) => article(`st/${i}`, [text]));
    const items = articles.map((x, i) => ({ c: candidate(x.id, 's-0', x.sentences[0]!.text, null), claim: `c-${i}` }));
    const groups = groupFigures(items, new Map(articles.map((x) => [x.id, x])));
    const disputes = figureDisputes(groups, () => 'an outlet');
    expect(disputes.get('c-0')!.map((d) => d.values.map((x) => x.text))).toEqual([['31 miles', '80 km']]);
    expect(disputes.get('c-1')![0]!.values.map((x) => x.text)).toEqual(['80 km', '50 km']);
  });

  test('a claim whose own citations give several values of one quantity is disputed once, with all of them', () => {
    const texts = ['At least 9 flights were diverted to Vell.', 'At least 27 flights were diverted to Vell.', 'In all, 44 flights were diverted to Vell.'];
    const articles = texts.map((text, i) => article(`st/${i}`, [text]));
    const items = articles.map((x) => ({ c: candidate(x.id, 's-0', x.sentences[0]!.text, null), claim: 'c-0' }));
    const disputes = figureDisputes(groupFigures(items, new Map(articles.map((x) => [x.id, x]))), () => 'an outlet');
    expect(disputes.get('c-0')!.map((d) => d.values.map((x) => x.text))).toEqual([['9', '27', '44']]);
  });
});
