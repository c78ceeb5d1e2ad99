import { describe, expect, test } from 'vitest';
import { findDate, findDates } from '../../scripts/lib/dates.ts';

// 2025-06-12 is a Thursday.
const published = '2025-06-12';

describe('findDates: event or statement', () => {
  test.each([
    { input: 'The mayor said on Tuesday that the canal reopened in early May.', kinds: ['statement', 'event'] },
    { input: 'The council confirmed Monday that the pier was closed.', kinds: ['statement'] },
    { input: 'On Wednesday, the harbour board announced a review.', kinds: ['statement'] },
    { input: 'On Wednesday, the pier collapsed into the bay.', kinds: ['event'] },
    { input: 'Engineers said the dam had cracked on Sunday.', kinds: ['event'] },
    { input: 'Crews told reporters at the quay late Monday that four boats sank.', kinds: ['statement'] },
  ])('$input', ({ input, kinds }) => {
    expect(findDates(input, published).map((d) => d.kind)).toEqual(kinds);
  });
});

describe('findDate prefers the event', () => {
  test.each([
    { input: 'The mayor said on Tuesday that the canal reopened on 2 June.', start: '2025-06-02', end: null },
    { input: 'The minister said on Monday that repairs ran between early to mid-April.', start: '2025-04-01', end: '2025-04-20' },
    { input: 'The agency reported on Wednesday.', start: '2025-06-11', end: null },
    { input: 'On Friday, 6 June 2025, a crane fell.', start: '2025-06-06', end: null },
  ])('$input', ({ input, start, end }) => {
    expect(findDate(input, published)).toMatchObject({ start, end });
  });
});

describe('findDate looks ahead after words of the future', () => {
  test.each([
    { input: 'The ferry line stays closed until at least Tuesday.', start: '2025-06-17' },
    { input: 'The works are expected to finish in August.', start: '2025-08-01' },
    { input: 'Crews will return on Monday.', start: '2025-06-16' },
    { input: 'The levee failed in August.', start: '2024-08-01' },
    // A past verb before "until" or a plan looks back.
    { input: 'The road was closed until Tuesday.', start: '2025-06-10' },
    { input: 'The ferry was originally due to leave on Thursday evening.', start: '2025-06-12' },
    { input: 'The ferry said it would stay in port until Tuesday.', start: '2025-06-17' },
  ])('$input', ({ input, start }) => {
    expect(findDate(input, published)?.start).toBe(start);
  });
});
