/** Dated claims -> the fact sheet's timeline, oldest first. */
import type { Claim, TimelineEvent } from '../../../src/schema.ts';

export function buildTimeline(claims: readonly Claim[]): TimelineEvent[] {
  return claims
    .filter((c) => c.date)
    .map((c) => ({ start: c.date!.start, end: c.date!.end, text: c.date!.text, claim: c.id }))
    .sort((a, b) => a.start.localeCompare(b.start) || a.claim.localeCompare(b.claim));
}
