import { describe, expect, test } from 'vitest';
import { buildEntities } from '../../scripts/lib/claims/entities.ts';
import { PeopleRegistry } from '../../scripts/lib/claims/people.ts';
import { assignSections, DENIALS, phraseFor, sectionCount } from '../../scripts/lib/claims/sections.ts';
import { isHeadline, pickHeadline, rankBySupport, summarize, usable } from '../../scripts/lib/claims/story-summary.ts';
import { buildTimeline } from '../../scripts/lib/claims/timeline.ts';
import { contentTokens } from '../../scripts/lib/claims/tokens.ts';
import { makeClaim } from './helpers.ts';

function sheet() {
  return [
    makeClaim('Floodwater breached the levee at Marrow Bend on Sunday.', { id: 'c-b01', outlets: 3 }),
    makeClaim('The levee breach flooded 40 homes in Marrow Bend.', { id: 'c-b02', outlets: 2 }),
    makeClaim('Engineers said the levee had been weakened by burrowing animals.', { id: 'c-b03' }),
    makeClaim('The levee was last inspected in 2019.', { id: 'c-b04' }),
    makeClaim('According to Mayor Ilse Varga, the evacuation of the lower town began at dawn.', { id: 'c-b05', speaker: 'Ilse Varga' }),
    makeClaim('According to Ilse Varga, the evacuation moved 900 residents to the school.', { id: 'c-b06', speaker: 'Ilse Varga' }),
    makeClaim('According to Ilse Varga, shelters will stay open for a week.', { id: 'c-b07', speaker: 'Ilse Varga' }),
    makeClaim('According to Ilse Varga, buses carried elderly residents out of the evacuation zone.', { id: 'c-b08', speaker: 'Ilse Varga' }),
    makeClaim('The river authority opened the sluice gates to lower the water.', { id: 'c-b09' }),
    makeClaim('Opening the sluice gates lowered the river by a metre.', { id: 'c-b10' }),
    makeClaim('The sluice gates had been stuck for months.', { id: 'c-b11' }),
    makeClaim('The farmers union said crop losses would be large.', { id: 'c-b12' }),
    makeClaim('Crop losses in the valley could reach 2 million euros.', { id: 'c-b13' }),
    makeClaim('The contractor denied that the levee had been neglected.', { id: 'c-b14', denies: ['c-b03'] }),
  ];
}

describe('assignSections', () => {
  test('a handful of plain-named sections, denials apart, deterministic ids', () => {
    const claims = sheet();
    const entities = buildEntities(claims, new PeopleRegistry());
    const sections = assignSections(claims, entities);
    const titles = sections.map((s) => s.title);
    expect(titles).toContain('What Ilse Varga said');
    expect(titles).toContain('The levee');
    expect(titles).toContain(DENIALS);
    expect(titles.some((t) => /Unknown|outlet|undefined/i.test(t))).toBe(false);
    expect(claims.every((c) => sections.some((s) => s.id === c.section))).toBe(true);
    expect(claims.find((c) => c.id === 'c-b14')!.section).toBe(sections.find((s) => s.title === DENIALS)!.id);
    const again = sheet();
    expect(assignSections(again, buildEntities(again, new PeopleRegistry()))).toEqual(sections);
    expect(again.map((c) => c.section)).toEqual(claims.map((c) => c.section));
  });

  test('a body written "The X" at the start of its sentences is titled "What the X said"', () => {
    const said = ['would reopen the lock on Friday', 'had measured the river at 4.2 metres', 'was pumping water out of the lower town', 'had closed the towpath'];
    const claims = [...sheet(), ...said.map((fact, i) => makeClaim(`The Marrow River Authority said it ${fact}.`, { id: `c-r0${i}`, speaker: 'Marrow River Authority' }))];
    const titles = assignSections(claims, buildEntities(claims, new PeopleRegistry())).map((s) => s.title);
    expect(titles).toContain('What the Marrow River Authority said');
  });

  test('"What Ilse Varga said" holds only what she said: another speaker’s claim about the evacuation does not join it', () => {
    const claims = [...sheet(), makeClaim('According to the fire brigade, the evacuation of the lower town moved 900 residents to the school.', { id: 'c-b15', speaker: 'Marrow Fire Brigade' })];
    const sections = assignSections(claims, buildEntities(claims, new PeopleRegistry()));
    const varga = sections.find((s) => s.title === 'What Ilse Varga said')!;
    expect(claims.filter((c) => c.section === varga.id).every((c) => c.citations[0]!.attribution.speaker === 'Ilse Varga')).toBe(true);
    expect(claims.find((c) => c.id === 'c-b15')!.section).not.toBe(varga.id);
  });

  test.each([
    { n: 2, expected: 1 },
    { n: 12, expected: 2 },
    { n: 30, expected: 5 },
    { n: 80, expected: 6 },
  ])('sectionCount($n)', ({ n, expected }) => expect(sectionCount(n)).toBe(expected));

  test.each([
    { stem: 'evacuation', texts: ['The evacuation began.', 'An evacuation order came.'], expected: 'The evacuation' },
    { stem: 'gate', texts: ['The sluice gates opened.', 'Sluice gates were stuck.', 'the sluice gates'], expected: 'Sluice gates' },
    { stem: 'official', texts: ['The official said.', 'An official left.'], expected: null },
    { stem: 'city', texts: ['Vell, the country’s second-largest city, shut a bridge.', 'Vell, the country’s second-largest city, is busy.', 'The city council met.'], expected: null },
    { stem: 'lower', texts: ['It lowered the river.', 'They lowered it.'], expected: null },
    { stem: 'ship', texts: ['The ship’s hull was breached.', 'The ship’s crew left.', 'Divers will inspect the ship.'], expected: 'The ship' },
    { stem: 'winner', texts: ['The men’s winner was suspended.', 'The men’s winner denied it.'], expected: "The men's winner" },
    // "should take around 48 hours": a preposition is no topic, whatever word comes before it.
    { stem: 'around', texts: ['The repairs should take around 48 hours.', 'The report flagged the section around Vell.', 'The farming community around Vell helped.', 'Repairs should take around two days.'], expected: null },
    { stem: 'port', texts: ['Gangs try to recruit port workers with cash.', 'Gangs try to recruit port workers with cash.', 'The port was raided.', 'The port said little.'], expected: 'The port' },
    { stem: 'athlete', texts: ['A steroid that helps athletes recover.', 'A drug that helps athletes train.', 'Three athletes were suspended.', 'Three athletes appealed.'], expected: 'Athletes' },
  ])('phraseFor($stem)', ({ stem, texts, expected }) => expect(phraseFor(contentTokens(stem)[0]!, texts)).toBe(expected));
});

describe('buildTimeline', () => {
  test('event dates first; statement dates kept but few per day', () => {
    const published = () => '2025-06-12'; // a Thursday
    const claims = [
      makeClaim('The dam cracked in early June.', { id: 'c-t1', quotes: ['The mayor said on Tuesday that the dam cracked in early June.'] }),
      makeClaim('Crews arrived on Monday.', { id: 'c-t2' }),
      makeClaim('A', { id: 'c-t3', quotes: ['The agency said on Wednesday that roads were shut.'], outlets: 3 }),
      makeClaim('B', { id: 'c-t4', quotes: ['The mayor said on Wednesday that schools were shut.'], outlets: 2 }),
      makeClaim('C', { id: 'c-t5', quotes: ['The board said on Wednesday that trains were shut.'], outlets: 1 }),
    ];
    const events = buildTimeline(claims, published);
    expect(events.map((e) => [e.claim, e.start, e.end])).toEqual([
      ['c-t1', '2025-06-01', '2025-06-10'],
      ['c-t2', '2025-06-09', null],
      ['c-t3', '2025-06-11', null],
      ['c-t4', '2025-06-11', null],
    ]);
  });
});

describe('story summary', () => {
  test.each([
    { input: 'Flood cuts off valley towns as levee fails', expected: true },
    { input: 'PRESS RELEASE', expected: false },
    { input: 'A flood cut off three valley towns after the …', expected: false },
    { input: 'Valley Times', expected: false },
  ])('isHeadline($input)', ({ input, expected }) => expect(isHeadline(input)).toBe(expected));

  test.each([
    { input: 'The river authority opened the sluice gates to lower the water.', expected: true },
    { input: 'According to Ilse Varga, we will not leave anyone behind tonight.', expected: false },
    { input: 'According to Ilse Varga, “the water is still rising” in the town.', expected: false },
    { input: 'Ilse Varga this is the worst flood in memory.', expected: false },
    { input: 'on Sunday that the levee broke.', expected: false },
    { input: 'By then, Ilse Varga said, the guides had already dug both skiers out.', expected: false },
    { input: 'Then the levee broke and the water reached the town square.', expected: false },
  ])('usable($input)', ({ input, expected }) => expect(usable(input)).toBe(expected));

  test('title from a real headline; summary from distinct, neutral, best-supported statements', () => {
    const ranked = rankBySupport(sheet());
    expect(pickHeadline(['VALLEY NEWS', 'Levee breach floods homes at Marrow Bend', 'A flood cut …'], ranked)).toBe('Levee breach floods homes at Marrow Bend');
    const summary = summarize(ranked);
    expect(summary.startsWith('Floodwater breached the levee at Marrow Bend on Sunday.')).toBe(true);
    expect(summary).not.toMatch(/["“”]/);
    expect(summary.split(/(?<=\.)\s/).length).toBeGreaterThanOrEqual(2);
    expect(summary.split(/(?<=\.)\s/).length).toBeLessThanOrEqual(3);
  });
});
