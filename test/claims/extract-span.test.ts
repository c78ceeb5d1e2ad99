import { describe, expect, test } from 'vitest';
import { attributionSpan, extractCandidates } from '../../scripts/lib/claims/extract.ts';
import { concept } from '../../scripts/lib/claims/lexicon.ts';
import { PeopleRegistry } from '../../scripts/lib/claims/people.ts';
import { articleOf } from './helpers.ts';

const spans: { input: string; span: [number, number] | null; expected: string | null }[] = [
  // The appositive never closes: the clause after the first comma is what was said.
  { input: 'According to the mayor, the bridge is closed.', span: [0, 33], expected: 'According to the mayor' },
  // A closed appositive ("X, the head of Y,") stays in the span.
  { input: 'According to Ana Lima, the head of the port, the bridge is closed.', span: [0, 43], expected: 'According to Ana Lima, the head of the port' },
  // Only "according to" spans are repaired.
  { input: 'The mayor said the bridge is closed.', span: [0, 14], expected: 'The mayor said' },
  { input: 'The bridge is closed.', span: null, expected: null },
];

describe('attributionSpan', () => {
  test.each(spans)('$input', ({ input, span, expected }) => {
    const got = attributionSpan(input, span);
    expect(got ? input.slice(got[0], got[1]) : null).toBe(expected);
  });
});

const concepts: { input: string; expected: string }[] = [
  { input: 'complimentary', expected: 'free' },
  { input: 'intruder', expected: 'attacker' },
  { input: 'identify', expected: 'detect' },
  { input: 'reschedule', expected: 'postpone' },
  { input: 'padlock', expected: 'lock' },
];

describe('concept', () => {
  test.each(concepts)('$input -> $expected', ({ input, expected }) => expect(concept(input)).toBe(expected));
});

describe('extractCandidates marks denials', () => {
  test.each([
    { text: 'Claims that the dam leaked in March are false.', denial: true },
    { text: 'Nordvik also rejects claims that it cut safety staff.', denial: true },
    { text: 'The dam leaked in March, engineers said.', denial: false },
    { text: 'Asked whether the gate had been locked, the superintendent would neither confirm nor deny it.', denial: true },
  ])('$text', ({ text, denial }) => {
    const [c] = extractCandidates(articleOf('st/a', [text]), new PeopleRegistry());
    expect(c?.denial).toBe(denial);
  });
});

describe('extractCandidates: statements keep the act a passive names', () => {
  test('"has been ordered by X to file a plan": X is the source, and the order stays in the statement', () => {
    const [c] = extractCandidates(articleOf('st/a', ['The town has been ordered by the Vell Water Authority to file a repair plan by 5 September.']), new PeopleRegistry());
    expect(c?.attribution).toMatchObject({ speaker: 'Vell Water Authority', verb: 'ordered' });
    expect(c?.statement).toMatch(/^The town has been ordered (?:by the Vell Water Authority )?to file a repair plan/);
  });
  test('"The doctor said" is the person written as "Dr. X", whatever their post', () => {
    const cands = extractCandidates(articleOf('st/a', ['Dr. Ana Lind, the medical officer of health for the region, said 31 people were ill.', 'The mayor, Ole Berg, said bottled water was free.', 'The doctor said most had drunk tap water on Monday.']), new PeopleRegistry());
    expect(cands.at(-1)?.attribution.speaker).toBe('Ana Lind');
  });
});

describe('extractCandidates: a release’s footer', () => {
  test('what follows a dropped "About X" heading is no claim, whatever the cleaner dropped after it and whatever letters the name has', () => {
    const article = articleOf('st/a', ['The rector suspended the professor on Tuesday.', 'Founded in 1919, Emajõe University has 9,000 students.']);
    article.dropped = [{ rule: 'related-list', line: 9, text: 'Media contact' }, { rule: 'heading', line: 2, text: 'About Emajõe University' }] as typeof article.dropped;
    article.sentences[1]!.line = 3;
    expect(extractCandidates(article, new PeopleRegistry()).map((c) => c.quote)).toEqual(['The rector suspended the professor on Tuesday.']);
  });
});

describe('extractCandidates: figures and dates as the speaker meant them', () => {
  test('a corrected count and a corrected day replace the slip', () => {
    // 2026-02-12 is a Thursday.
    const [boats] = extractCandidates(articleOf('st/a', ['"We have 12 boats out. Sorry, 15: three more came from Hull," the harbour master said.'], { published: '2026-02-12' }), new PeopleRegistry());
    expect(boats!.figures.map((f) => f.value)).toEqual([15, 3]);
    const [day] = extractCandidates(articleOf('st/b', ['"She resigned on Monday. Sorry, not Monday, on Tuesday evening," the mayor said.'], { published: '2026-02-12' }), new PeopleRegistry());
    expect(day!.date?.start).toBe('2026-02-10');
  });

  test('"Thursday" in a page updated on a Thursday is that Thursday, not the week before', () => {
    const article = { ...articleOf('st/c', ['The premier said on Thursday that he would take over the ministry.'], { published: '2025-10-15' }), dropped: [{ rule: 'notice', text: 'This article was updated on 16 October 2025 at 12:40.', line: 1 }] };
    const [c] = extractCandidates(article, new PeopleRegistry());
    expect(c!.date?.start).toBe('2025-10-16');
  });
});

describe('extractCandidates: a verb phrase that continues its subject', () => {
  test('"opened in 1979 and was renovated in 2018" gives two claims, the second with its subject', () => {
    const article = articleOf('story/01-wire', ['The Tarn bridge opened in 1979 and was renovated in 2018 by a local firm.']);
    const got = extractCandidates(article, new PeopleRegistry());
    expect(got.map((c) => c.statement)).toEqual(['The Tarn bridge opened in 1979.', 'The Tarn bridge was renovated in 2018 by a local firm.']);
    // The quote stays verbatim and opens at the fact, not at the joining word; the borrowed subject is only in the statement.
    expect(got[1]!.quote).toBe('was renovated in 2018 by a local firm.');
    expect(got[1]!.tokens).toContain('bridge');
  });
});

describe('extractCandidates: a passive with words before "by"', () => {
  test('"was confirmed as stable after surgery by X" keeps "stable after surgery" in the fact', () => {
    const article = articleOf('story/01-wire', ['His condition was confirmed as stable after surgery by the Tarn health department on Monday.']);
    const [c] = extractCandidates(article, new PeopleRegistry());
    expect(c!.attribution.speaker).toBe('Tarn health department');
    expect(c!.tokens).toEqual(expect.arrayContaining(['stable', 'surgery']));
  });
});

describe('extractCandidates: the event after "after"', () => {
  test('"… on Monday after the pipeline burst on Sunday" states the burst on its own', () => {
    const article = articleOf('story/01-wire', ['Vell began rationing water on Monday after the main pipeline from the Tarn dam burst early on Sunday.']);
    const got = extractCandidates(article, new PeopleRegistry());
    expect(got.map((c) => c.statement)).toEqual(['Vell began rationing water on Monday.', 'The main pipeline from the Tarn dam burst early on Sunday.']);
    expect(got[1]!.quote).toBe('the main pipeline from the Tarn dam burst early on Sunday.');
  });
});

