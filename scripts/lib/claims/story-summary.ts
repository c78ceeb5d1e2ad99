/**
 * A title and a short summary for a story without story.yaml, from its headlines and
 * best-supported claims. The summary is made of neutral claim statements: no quotation
 * marks, no first person, no fragments.
 */
import type { Claim } from '../../../src/schema.ts';

/** Claims ranked by support: most outlets, then most citations. */
export function rankBySupport(claims: readonly Claim[]): Claim[] {
  return [...claims].filter((c) => !c.rejected).sort((a, b) => b.outlets - a.outlets || b.citations.length - a.citations.length || a.id.localeCompare(b.id));
}

const words = (text: string): string[] => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
const ATTRIBUTION = /^According to [^,]+,\s*/;

/** A headline that reads as one: several words, not shouting, not cut off, not a site or section name. */
export function isHeadline(text: string): boolean {
  const t = text.trim();
  return t.split(/\s+/).length >= 5 && t !== t.toUpperCase() && !/(?:…|\.\.\.)$/.test(t);
}

/**
 * The headline that shares most words with the best-corroborated claims; cut-off or site-name
 * "headlines" only when there is nothing better.
 * @example pickHeadline(['NEWS DESK', 'Bridge closed after flood damage'], ranked) // 'Bridge closed after flood damage'
 */
export function pickHeadline(headlines: readonly string[], ranked: readonly Claim[]): string | null {
  const top = new Set(ranked.slice(0, 5).flatMap((c) => words(c.statement)));
  const scores = new Map<string, number>();
  const score = (h: string): number => {
    let n = scores.get(h);
    if (n === undefined) scores.set(h, (n = words(h).filter((w) => top.has(w)).length));
    return n;
  };
  const real = headlines.filter(isHeadline);
  if (real.length) return [...real].sort((a, b) => score(b) - score(a) || a.localeCompare(b))[0]!;
  const lead = ranked.map((c) => c.statement.replace(ATTRIBUTION, '')).find((s) => usable(s) && s.split(/\s+/).length <= 16);
  if (lead) return capitalise(lead.replace(/\.$/, ''));
  const cut = headlines.filter((h) => h.trim().split(/\s+/).length >= 5).sort((a, b) => score(b) - score(a) || a.localeCompare(b))[0];
  return cut ? cut.replace(/\s*(?:…|\.\.\.)$/, '') : headlines[0] ?? null;
}

const capitalise = (s: string): string => s[0]!.toUpperCase() + s.slice(1);

/** A statement fit for a summary: a whole, neutral sentence. */
export function usable(statement: string): boolean {
  const body = statement.replace(ATTRIBUTION, '');
  const n = body.split(/\s+/).length;
  if (n < 7 || n > 40) return false;
  if (/["“”‘’«»]|'\s|\s'/.test(statement)) return false; // quotation marks
  if (/\b(?:I|we|our|us|my|me|you|your)\b/i.test(body)) return false; // first or second person: a quote
  if (!/^\p{Lu}/u.test(statement) || /^(?:on|in|that|and|but|if|when|as|this|these|those|it|he|she|they)\b/i.test(body)) return false; // a fragment
  if (/\?$|,\.$|\.\.$/.test(statement)) return false;
  // "By then, …", "At that point, …": it leans on a sentence the reader of a summary has not seen.
  if (/^(?:by then|by that time|at that point|at the time|since then|after that|afterwards|then|later|there|even so|instead|still|also)\b/i.test(body)) return false;
  // A name run straight into the quote it spoke: "Ana Lima this is…", "The mayor reporters that…".
  if (/^(?:\p{Lu}[\p{L}.-]*\s+){1,4}(?:this|that|these|those|it|there|is|are|reporters|lawmakers|journalists)\b/u.test(body)) return false;
  return true;
}

function overlap(a: string, b: string): number {
  const x = new Set(words(a).filter((w) => w.length > 3));
  const y = new Set(words(b).filter((w) => w.length > 3));
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / Math.max(1, Math.min(x.size, y.size));
}

/**
 * Two or three of the best-supported statements that say different things, as neutral sentences.
 * @example summarize(ranked) // 'A flood closed the Harbor Bridge on Monday. According to the mayor, repairs will take a month.'
 */
export function summarize(ranked: readonly Claim[]): string {
  const chosen: string[] = [];
  for (const claim of ranked) {
    if (chosen.length === 3) break;
    if (claim.denies.length > 0 || !usable(claim.statement)) continue;
    if (chosen.some((s) => overlap(s, claim.statement) > 0.5)) continue;
    chosen.push(/[.!]$/.test(claim.statement) ? claim.statement : `${claim.statement}.`);
  }
  return chosen.join(' ');
}
