import { describe, expect, test } from 'vitest';
import { findDate, parseAbsoluteDate } from '../../scripts/lib/dates.ts';

describe('dates', () => {
  // 2025-03-06 is a Thursday.
  test.each([
    { text: 'The vote took place on Tuesday.', start: '2025-03-04', end: null },
    { text: 'The vote took place on Thursday.', start: '2025-03-06', end: null },
    { text: 'Talks began on Friday.', start: '2025-02-28', end: null },
    { text: 'It happened on 14 March 2024.', start: '2024-03-14', end: null },
    { text: 'It happened on February 2, the report said.', start: '2025-02-02', end: null },
    { text: 'Work ran between early to mid-February.', start: '2025-02-01', end: '2025-02-20' },
    { text: 'The dam should be repaired by June.', start: '2025-03-06', end: '2025-06-30' },
    { text: 'In November, the council met.', start: '2024-11-01', end: '2024-11-30' },
  ])('$text', ({ text, start, end }) => {
    expect(findDate(text, '2025-03-06')).toMatchObject({ start, end });
  });

  test('no date, or no publication date for a relative one', () => {
    expect(findDate('The bridge is closed.', '2025-03-06')).toBeNull();
    expect(findDate('The vote took place on Tuesday.', null)).toBeNull();
  });

  test.each([
    ['2024-10-24', '2024-10-24'],
    ['24 October 2024', '2024-10-24'],
    ['October 24, 2024', '2024-10-24'],
    ['31 February 2024', null],
    ['soon', null],
  ])('parseAbsoluteDate(%s)', (input, expected) => expect(parseAbsoluteDate(input)).toBe(expected));
});
