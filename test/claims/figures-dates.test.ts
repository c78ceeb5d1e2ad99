import { describe, expect, test } from 'vitest';
import { findFigures } from '../../scripts/lib/claims/figures.ts';
import { findDate } from '../../scripts/lib/dates.ts';

describe('findFigures', () => {
  test.each([
    { input: 'Officials said at least 40 homes were flooded.', value: 40, qualifier: 'at least' },
    { input: 'The town sent an additional 1,500 workers.', value: 1500, qualifier: 'an additional' },
    { input: 'About 2 million people lost power.', value: 2_000_000, qualifier: 'about' },
    { input: 'The company plans to hire 300 engineers by March.', value: 300, qualifier: 'by March' },
  ])('$input', ({ input, value, qualifier }) => {
    const [f] = findFigures(input);
    expect(f?.value).toBe(value);
    expect(f?.qualifier).toBe(qualifier);
  });
});

describe('findDate', () => {
  test.each([
    { input: 'The mayor spoke on Wednesday.', published: '2025-03-14', start: '2025-03-12', end: null },
    { input: 'Water rose between early to mid-March.', published: '2025-03-20', start: '2025-03-01', end: '2025-03-20' },
    { input: 'The dam was inspected on 3 February.', published: '2025-03-20', start: '2025-02-03', end: null },
  ])('$input', ({ input, published, start, end }) => {
    const d = findDate(input, published);
    expect(d?.start).toBe(start);
    expect(d?.end ?? null).toBe(end);
  });
});
