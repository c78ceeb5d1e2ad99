import { describe, expect, test } from 'vitest';
import { attributionSpan } from '../../scripts/lib/claims/extract.ts';
import { concept } from '../../scripts/lib/claims/lexicon.ts';

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
];

describe('concept', () => {
  test.each(concepts)('$input -> $expected', ({ input, expected }) => expect(concept(input)).toBe(expected));
});
