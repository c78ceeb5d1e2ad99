/**
 * Dated claims -> the fact sheet's timeline, oldest first. A claim is placed at the date of the
 * event it reports ("moved troops in early October"); a claim dated only by when it was said
 * ("said on Wednesday") is kept too, but only the best-supported few of each day, so the days
 * of press briefings do not crowd out the events.
 */
import type { Claim, TimelineEvent } from '../../../src/schema.ts';
import { findDates, type DateMention } from '../dates.ts';

/** Statement-dated claims kept per day. */
const STATEMENTS_PER_DAY = 2;

interface Dated {
  event: TimelineEvent;
  kind: DateMention['kind'];
  claim: Claim;
}

/** The date a claim reports, read again from its quotes: event dates first, then the most precise. */
function dateOf(claim: Claim, publishedOf: (source: string) => string | null): { date: Omit<TimelineEvent, 'claim'>; kind: DateMention['kind'] } | null {
  const mentions = claim.citations.flatMap((c) => findDates(c.quote, publishedOf(c.source)));
  const best = mentions.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'event' ? -1 : 1) || a.rank - b.rank || a.start.localeCompare(b.start))[0];
  if (best) return { date: { start: best.start, end: best.end, text: best.text }, kind: best.kind };
  return claim.date ? { date: { start: claim.date.start, end: claim.date.end, text: claim.date.text }, kind: 'event' } : null;
}

const support = (c: Claim): number => c.outlets * 100 + c.citations.length;

/**
 * @example buildTimeline(claims, (source) => published.get(source) ?? null) // [{ start: '2025-03-04', end: null, text: 'Tuesday', claim: 'c-1a2b' }, …]
 */
export function buildTimeline(claims: readonly Claim[], publishedOf: (source: string) => string | null = () => null): TimelineEvent[] {
  const dated: Dated[] = [];
  for (const claim of claims) {
    if (claim.rejected) continue;
    const found = dateOf(claim, publishedOf);
    if (found) dated.push({ event: { ...found.date, claim: claim.id }, kind: found.kind, claim });
  }
  const statementsByDay = new Map<string, Dated[]>();
  for (const d of dated) {
    if (d.kind !== 'statement') continue;
    const day = statementsByDay.get(d.event.start);
    if (day) day.push(d);
    else statementsByDay.set(d.event.start, [d]);
  }
  const kept = new Set<Dated>(dated.filter((d) => d.kind === 'event'));
  for (const day of statementsByDay.values()) {
    for (const d of day.sort((a, b) => support(b.claim) - support(a.claim) || a.claim.id.localeCompare(b.claim.id)).slice(0, STATEMENTS_PER_DAY)) kept.add(d);
  }
  return [...kept]
    .map((d) => d.event)
    .sort((a, b) => a.start.localeCompare(b.start) || (a.end ?? a.start).localeCompare(b.end ?? b.start) || a.claim.localeCompare(b.claim));
}
