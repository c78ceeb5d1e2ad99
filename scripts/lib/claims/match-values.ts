/**
 * The values two candidates give, compared before they may state one fact: counts by unit
 * ("16 people, up from seven"), shares ("81%") and spans of time ("four minutes"). Conflicting
 * values are different claims; the figures table shows them side by side.
 */
import type { Candidate } from '../types.ts';

const SMALL: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50 };
const TIME_UNIT: Record<string, string> = { second: 's', minute: 'min', hour: 'h', day: 'd', week: 'wk', month: 'mo' };

/**
 * Shares and spans of time in a text, by unit: "81%" and "78.4 per cent" under "%", "four minutes"
 * and "less than a minute" under "min". (Counts are compared as figures.)
 * @example amountsOf('81% of pupils, four minutes later') // Map { '%' => [81], 'min' => [4] }
 */
function amountsOf(text: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const add = (unit: string, value: number): void => void out.set(unit, [...(out.get(unit) ?? []), value]);
  // "less than a minute, not four minutes": a value said to be wrong is no value of the sentence.
  const denied = (at: number): boolean => /\b(?:not|rather than|instead of)\s+$/i.test(text.slice(Math.max(0, at - 14), at));
  for (const m of text.matchAll(/(\d+(?:\.\d+)?)\s*(?:%|per\s*cent\b|percent\b)/gi)) if (!denied(m.index!)) add('%', Number(m[1]));
  for (const m of text.matchAll(/\b(\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty)\s+(second|minute|hour|day|week|month)s?\b/gi)) {
    if (!denied(m.index!)) add(TIME_UNIT[m[2]!.toLowerCase()]!, SMALL[m[1]!.toLowerCase()] ?? Number(m[1]));
  }
  return out;
}

/**
 * Conflicting counts of the same thing are different claims (shown in the figures table); so are
 * shares or spans of time that differ by more than a rounding ("81%" and "78 per cent"; "four
 * minutes" and "less than a minute"; "78.4%" and "about 78%" agree).
 */
export function figuresCompatible(a: Candidate, b: Candidate): boolean {
  const x = valuesOf(a);
  const y = valuesOf(b);
  return valuesMeet(x.counts, y.counts) && valuesMeet(x.amounts, y.amounts);
}

/** Counts and amounts of each candidate, read once: pairs compare them many times. */
const valueCache = new WeakMap<Candidate, { counts: Map<string, number[]>; amounts: Map<string, number[]> }>();
function valuesOf(c: Candidate): { counts: Map<string, number[]>; amounts: Map<string, number[]> } {
  let got = valueCache.get(c);
  if (!got) valueCache.set(c, (got = { counts: countsOf(c), amounts: amountsOf(c.quote) }));
  return got;
}

/** Counts by unit: "16 people, up from seven" gives people -> [16, 7]. */
function countsOf(c: Candidate): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const f of c.figures) out.set(f.unit, [...(out.get(f.unit) ?? []), f.value]);
  return out;
}

/** For every unit both give, some two values agree: shares within a point (a rounding), everything else exactly. */
function valuesMeet(a: Map<string, number[]>, b: Map<string, number[]>): boolean {
  for (const [unit, xs] of a) {
    const ys = b.get(unit);
    const tolerance = unit === '%' ? 1 : 0;
    if (ys && !xs.some((x) => ys.some((y) => Math.abs(x - y) <= tolerance))) return false;
  }
  return true;
}

/** One side gives a count and the other none: they must agree more closely to match. */
export const countMismatch = (a: Candidate, b: Candidate): boolean => (a.figures.length > 0) !== (b.figures.length > 0);
