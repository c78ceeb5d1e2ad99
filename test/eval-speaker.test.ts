/** How the eval compares a gold speaker with the system's (scripts/lib/eval/README.md). */
import { expect, test } from 'vitest';
import { speakerMatches } from '../scripts/lib/eval/score.ts';

const sys = (speaker: string | null, affiliation: string | null = null) => ({ speaker, affiliation });

test('a person is matched by surname, and not by the organisation they belong to', () => {
  const gold = { speaker: 'Marcus Ellery', affiliation: 'Desert Basin Electric' };
  expect(speakerMatches(gold, sys('Ellery', 'chief executive'))).toBe(true);
  expect(speakerMatches(gold, sys('Desert Basin Electric'))).toBe(false);
});

test('a capitalised name without an affiliation may be an organisation: its spokesperson or chief counts', () => {
  const gold = { speaker: 'Desert Basin Electric' };
  expect(speakerMatches(gold, sys('Marcus Ellery', 'Desert Basin Electric chief executive'))).toBe(true);
  expect(speakerMatches(gold, sys('Desert Basin Electric', 'DBE'))).toBe(true);
  expect(speakerMatches(gold, sys('Pima County'))).toBe(false);
});

test('unnamed gold sources need unnamed system sources', () => {
  expect(speakerMatches({ speaker: 'unnamed sources' }, sys('unnamed sources', 'two officials'))).toBe(true);
  expect(speakerMatches({ speaker: 'unnamed sources' }, sys('Desert Basin Electric'))).toBe(false);
});

test('names match without their accents, and a body that spoke through the gold person counts', () => {
  const gold = { speaker: 'Jens Brøndum', affiliation: 'Copenhagen Police' };
  expect(speakerMatches(gold, sys('Jens Brondum', 'Chief Police Inspector'))).toBe(true);
  expect(speakerMatches(gold, sys('Copenhagen Police', 'spokesman Jens Brøndum'))).toBe(true);
  expect(speakerMatches(gold, sys('Copenhagen Police', 'spokesman Ole Dahl'))).toBe(false);
});

test('a name and its acronym are one organisation, when the system gives the acronym beside the name', () => {
  const gold = { speaker: 'IBEW Local 1288' };
  expect(speakerMatches(gold, sys('International Brotherhood of Electrical Workers Local 1288', 'IBEW, union representing line workers'))).toBe(true);
  expect(speakerMatches(gold, sys('Tucson Electric Workers Local 1288', 'TEW'))).toBe(false);
});

test('British and American spellings of one name match; other words do not', () => {
  expect(speakerMatches({ speaker: "Vell Harbour Master's Office" }, sys("Vell Harbor Master's Office"))).toBe(true);
  expect(speakerMatches({ speaker: 'Tarn Theatre Centre' }, sys('Tarn Theater Center'))).toBe(true);
  expect(speakerMatches({ speaker: "Vell Harbour Master's Office" }, sys("Tarn Harbor Master's Office"))).toBe(false);
});
