/**
 * A publication date for an article that gives none, inferred from its text and its story:
 * a date written next to the weekday it fell on pins the week ("said on 23 October" and
 * "Wednesday"), and the story's other articles say when the story was covered.
 */
import { findDates, parseAbsoluteDate, weekdayOf } from './dates.ts';
import type { ArticleMetadata, Sentence } from './types.ts';

const WEEKDAY = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/gi;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** A sentence about what is yet to come: its dates do not bound the publication date. */
const AHEAD = /\b(?:will|until|by|next|expected|expects|scheduled|plans?|planned|due|could|would|hopes?)\b/i;

/** Middle date of a list (the earlier of the two middles). */
export function medianDate(dates: readonly string[]): string | null {
  const sorted = [...dates].sort();
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)]! : null;
}

/**
 * The earliest date the article can have been published: the latest past date it names
 * that falls on a weekday it also names. Years come from the text or from `years`.
 * @example pinnedDate(['Talks ended on 4 March.', 'The envoy left on Tuesday.'], [2025]) // '2025-03-04'
 */
export function pinnedDate(sentences: readonly string[], years: readonly number[]): string | null {
  const weekdays = new Set<number>();
  for (const s of sentences) for (const m of s.matchAll(WEEKDAY)) weekdays.add(WEEKDAYS.indexOf(m[1]!.toLowerCase()));
  const written = new Set<number>();
  for (const s of sentences) for (const m of s.matchAll(/\b(?:19|20)\d{2}\b/g)) written.add(+m[0]);
  const candidates = [...new Set([...written, ...years])].sort((a, b) => b - a);
  let best: string | null = null;
  for (const s of sentences) {
    if (AHEAD.test(s)) continue;
    for (const year of candidates) {
      // Resolve month-and-day dates as if published at the end of that year, then keep those on a named weekday.
      for (const d of findDates(s, `${year}-12-31`)) {
        if (d.end !== null || d.rank > 2 || !d.start.startsWith(String(year))) continue;
        if (weekdays.has(weekdayOf(d.start)) && (!best || d.start > best)) best = d.start;
      }
      if (best) break;
    }
  }
  return best;
}

/**
 * The publication date for an article without one: the story's median date, unless the text pins
 * a later one (a pinned date is the earliest the article can be from).
 * @example inferPublished(['It opened on 4 March.', 'On Tuesday…'], ['2025-03-06', '2025-03-07']) // '2025-03-06'
 */
export function inferPublished(sentences: readonly string[], storyDates: readonly string[]): string | null {
  const median = medianDate(storyDates);
  const years = [...new Set(storyDates.map((d) => +d.slice(0, 4)))];
  const pin = pinnedDate(sentences, years.length ? years : []);
  if (!pin) return median;
  return median && median >= pin ? median : pin;
}

/**
 * The date a dateline gives ("LISBON, Oct. 1 (AP)"); without a year, in the year that puts it nearest the story's median date.
 * @example datelineDate('LISBON, Oct. 1 (AP)', ['2025-10-03']) // '2025-10-01'
 */
export function datelineDate(dateline: string | null | undefined, storyDates: readonly string[]): string | null {
  const median = medianDate(storyDates);
  if (!dateline || !median) return null;
  const year = +median.slice(0, 4);
  // In a dateline "May 6" is a date, never the verb "may" that findDates guards against in running text.
  const written = /\b(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+(\d{4}))?\b/.exec(dateline);
  const found = written ? parseAbsoluteDate(written[1] ? written[0] : `${written[0]}, ${year}`) : null;
  if (!found || written![1]) return found;
  const distance = (y: number) => Math.abs(Date.parse(`${y}${found.slice(4)}`) - Date.parse(median));
  const nearest = [year - 1, year, year + 1].sort((a, b) => distance(a) - distance(b))[0]!;
  return `${nearest}${found.slice(4)}`;
}

/**
 * Articles of one story, each without a publication date given one when it can be inferred
 * (`metadataFrom.published` becomes "text"): from its dateline's month and day, else from its text.
 * Only given or found dates vote.
 */
export function fillPublished<A extends { metadata: ArticleMetadata; sentences: readonly Sentence[]; dateline?: string | null }>(articles: readonly A[]): A[] {
  const known = articles.map((a) => a.metadata.published).filter((d): d is string => d !== null);
  return articles.map((a) => {
    if (a.metadata.published !== null) return a;
    const published = datelineDate(a.dateline, known) ?? inferPublished(a.sentences.map((s) => s.text), known);
    return published ? { ...a, metadata: { ...a.metadata, published, metadataFrom: { ...a.metadata.metadataFrom, published: 'text' as const } } } : a;
  });
}

/** "This article was updated on 16 October 2025 at 12:40", "Updated: Oct. 16, 2025", "Last updated: Thursday, 16 October 2025". */
const UPDATED = /\bupdated(?::|\s+(?:on|at))?\s+((?:\w+day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?,?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d\d-\d\d))/i;

/**
 * The date relative dates ("Thursday") are read against: the last update the page notes, when it came within a week
 * of publication (the update added what "Thursday" says), else the publication date.
 * @example referenceDate('2025-10-15', ['This article was updated on 16 October 2025 at 12:40.']) // '2025-10-16'
 */
export function referenceDate(published: string | null, lines: readonly string[]): string | null {
  if (!published) return published;
  let latest = published;
  for (const line of lines) {
    const m = UPDATED.exec(line);
    const date = m ? parseAbsoluteDate(m[1]!.replace(/\./g, '')) : null;
    if (date && date > latest && (Date.parse(date) - Date.parse(published)) / 864e5 <= 7) latest = date;
  }
  return latest;
}
