import { describe, expect, test } from 'vitest';
import { datelineDate, fillPublished, inferPublished, medianDate, pinnedDate, referenceDate } from '../../scripts/lib/publication-date.ts';
import type { ArticleMetadata, Sentence } from '../../scripts/lib/types.ts';

describe('publication date inference', () => {
  test.each([
    // 4 March 2025 was a Tuesday: an article naming both was published on or after it.
    { sentences: ['The envoy spoke on 4 March.', 'On Tuesday the talks ended.'], years: [2025], expected: '2025-03-04' },
    { sentences: ['The envoy spoke on 5 March.', 'On Tuesday the talks ended.'], years: [2025], expected: null },
    { sentences: ['The report of 4 March 2025 was quoted on Tuesday.'], years: [], expected: '2025-03-04' },
    { sentences: ['The dam will be inspected on 11 March.', 'On Tuesday the board met.'], years: [2025], expected: null },
  ])('pinnedDate($sentences)', ({ sentences, years, expected }) => {
    expect(pinnedDate(sentences, years)).toBe(expected);
  });

  test.each([
    { dates: ['2025-03-06', '2025-03-04', '2025-03-05'], expected: '2025-03-05' },
    { dates: ['2025-03-06', '2025-03-04'], expected: '2025-03-04' },
    { dates: [], expected: null },
  ])('medianDate($dates)', ({ dates, expected }) => expect(medianDate(dates)).toBe(expected));

  test.each([
    { sentences: ['Rain fell all night.'], story: ['2025-03-05', '2025-03-07', '2025-03-06'], expected: '2025-03-06' },
    { sentences: ['The envoy spoke on 4 March.', 'On Tuesday the talks ended.'], story: ['2025-02-20'], expected: '2025-03-04' },
    { sentences: ['The envoy spoke on 4 March.', 'On Tuesday the talks ended.'], story: ['2025-03-06'], expected: '2025-03-06' },
    { sentences: ['Rain fell all night.'], story: [], expected: null },
  ])('inferPublished($sentences, $story)', ({ sentences, story, expected }) => {
    expect(inferPublished(sentences, story)).toBe(expected);
  });

  test.each([
    { dateline: 'PORTO, Portugal, Oct. 1 (AP)', story: ['2025-10-03'], expected: '2025-10-01' },
    { dateline: 'LISBON, Jan. 3 (AP)', story: ['2025-12-30'], expected: '2026-01-03' },
    { dateline: 'LISBON, Dec. 30 (AP)', story: ['2026-01-02'], expected: '2025-12-30' },
    { dateline: 'LISBON, March 3, 2024 (AP)', story: ['2025-12-30'], expected: '2024-03-03' },
    { dateline: 'OSLO (NTB)', story: ['2025-10-03'], expected: null },
    { dateline: 'NAIROBI, May 6 (Reuters)', story: ['2025-05-08'], expected: '2025-05-06' },
    { dateline: 'LEEDS, 16 September (PA)', story: ['2025-09-18'], expected: '2025-09-16' },
  ])('a dateline’s month and day take the year nearest the story: $dateline', ({ dateline, story, expected }) => {
    expect(datelineDate(dateline, story)).toBe(expected);
  });

  test('fillPublished marks an inferred date as found in the text and leaves given ones', () => {
    const meta = (published: string | null): ArticleMetadata => ({ title: 't', outlet: 'o', published, url: null, author: null, language: 'en', metadataFrom: { published: published ? 'given' : 'default' } });
    const sentence = (text: string): Sentence => ({ source: 's/a', anchor: 's-a', text, paragraph: 0, index: 0, line: 1 });
    const out = fillPublished([
      { metadata: meta('2025-03-06'), sentences: [sentence('A quay flooded.')] },
      { metadata: meta(null), sentences: [sentence('Boats were moved.')] },
    ]);
    expect(out[0]!.metadata.metadataFrom.published).toBe('given');
    expect(out[1]!.metadata).toMatchObject({ published: '2025-03-06', metadataFrom: { published: 'text' } });
  });
});

describe('referenceDate', () => {
  test('an update noted within a week of publication is what relative dates are read against; a later one or none is not', () => {
    expect(referenceDate('2025-10-15', ['*This article was updated on 16 October 2025 at 12:40 to add comments.*'])).toBe('2025-10-16');
    expect(referenceDate('2025-10-15', ['Last updated: Thursday, 16 October 2025, 11:52'])).toBe('2025-10-16');
    expect(referenceDate('2025-10-15', ['Updated: Oct. 16, 2025'])).toBe('2025-10-16');
    expect(referenceDate('2025-10-15', ['Updated 1 December 2025'])).toBe('2025-10-15');
    expect(referenceDate('2025-10-15', ['The ministry updated its figures on 16 October 2025.'])).toBe('2025-10-15');
    expect(referenceDate(null, ['Updated: Oct. 16, 2025'])).toBeNull();
  });
});
