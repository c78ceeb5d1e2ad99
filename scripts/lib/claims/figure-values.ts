/**
 * Values of one quantity compared: whether two disagree (a different total at the same time stamp,
 * measures in base units, an increment never), whether a group holds a conflict, and the qualifier
 * a bare value shares with the sources that qualify the same number.
 */
import type { FigureValue } from '../../../src/schema.ts';
import { findFigures, type Figure } from './figures.ts';

/** Qualifiers that make a value an increment ("an additional 1,500") rather than a total. */
export const INCREMENT = /^(?:an additional|additional|another|a further|more(?! than)|other|further|extra)\b/;
export const stampOf = (v: FigureValue): string => /\bby [^,]+/.exec(v.qualifier)?.[0] ?? '';

/** A measure's value in base units ("15 miles" -> 24140 m), else its value as written; each text is read once (values are compared pairwise). */
const bases = new Map<string, number | undefined>();
function baseOf(v: FigureValue): number {
  if (!bases.has(v.text)) {
    if (bases.size > 20_000) bases.clear();
    bases.set(v.text, findFigures(v.text)[0]?.base);
  }
  return bases.get(v.text) ?? v.value;
}

/** Two values of one quantity disagree: different totals at the same time stamp ("24 kilometres" and "15 miles" agree). */
export function disagree(a: FigureValue, b: FigureValue): boolean {
  if (a.value === b.value || INCREMENT.test(a.qualifier) || INCREMENT.test(b.qualifier) || stampOf(a) !== stampOf(b)) return false;
  // One source giving a new figure revises its count ("20,000, now 47,000"); it does not dispute itself.
  if (a.speaker && a.speaker !== 'unnamed sources' && a.speaker === b.speaker) return false;
  const [x, y] = [baseOf(a), baseOf(b)];
  return Math.abs(x - y) > 0.03 * Math.max(Math.abs(x), Math.abs(y));
}

/**
 * A source that gives a number bare ("3,000 soldiers") reports the same figure as the sources that
 * qualify it ("at least 3,000 soldiers"): it takes the qualifier most of them give.
 */
export function shareQualifiers(values: FigureValue[]): FigureValue[] {
  // Qualifiers given for each value, counted once for all (NaN equals no value, so it shares none).
  const byValue = new Map<number, Map<string, number>>();
  for (const o of values) {
    if (!o.qualifier || Number.isNaN(o.value)) continue;
    const counts = byValue.get(o.value) ?? new Map<string, number>();
    counts.set(o.qualifier, (counts.get(o.qualifier) ?? 0) + 1);
    byValue.set(o.value, counts);
  }
  return values.map((v) => {
    if (v.qualifier) return v;
    const best = [...(byValue.get(v.value) ?? [])].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    return best ? { ...v, qualifier: best[0] } : v;
  });
}

/** The amount a value states: the number for counts and money; for measures, the base amount to 4 digits ("3 tonnes" = "3,000 kg"). */
const amountOf = (value: FigureValue, figure: Figure): number => (figure.dimension ? Number(figure.base.toPrecision(4)) : value.value);

/** Some two values disagree: within one time stamp, totals that differ (a NaN differs even from itself). */
export function hasConflict(rows: readonly { value: FigureValue; figure: Figure }[]): boolean {
  // Per time stamp, the smallest and largest total: some two disagree exactly when these two do.
  const byStamp = new Map<string, { low: FigureValue; lowAmount: number; high: FigureValue; highAmount: number }>();
  for (const { value: v, figure } of rows) {
    if (INCREMENT.test(v.qualifier)) continue;
    if (Number.isNaN(v.value)) return true;
    const amount = amountOf(v, figure);
    const seen = byStamp.get(stampOf(v)) ?? { low: v, lowAmount: amount, high: v, highAmount: amount };
    if (amount < seen.lowAmount) (seen.low = v), (seen.lowAmount = amount);
    if (amount > seen.highAmount) (seen.high = v), (seen.highAmount = amount);
    if (disagree(seen.low, seen.high)) return true;
    byStamp.set(stampOf(v), seen);
  }
  return false;
}
