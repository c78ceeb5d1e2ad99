/**
 * Why a claim's figure is disputed: within a group of one quantity, the values from other
 * sources that disagree with it (different totals at the same time stamp), each with who gives it.
 */
import type { FigureGroup, FigureValue } from '../../../src/schema.ts';
import { disagree, INCREMENT, stampOf } from './figure-values.ts';

/** Why a claim's figure is disputed: its value and the values that disagree with it, each with who gives it. */
export interface FigureDispute {
  values: { text: string; who: string }[];
  /** Ids of the claims that give the other values. */
  by: string[];
}

/**
 * For each claim holding a value of a conflicting group: the values that disagree with it.
 * `who` names the source of a value without a speaker (its outlet).
 * @example figureDisputes(groups, outletOf).get('c-1') // [{ values: [{ text: '3,000', who: 'John Kirby' }, { text: '10,000', who: 'unnamed sources' }], by: ['c-2'] }]
 */
export function figureDisputes(groups: readonly FigureGroup[], who: (source: string) => string): Map<string, FigureDispute[]> {
  const out = new Map<string, FigureDispute[]>();
  /** Per claim: the first value and `by` of each dispute kept, so that each is said once ("50 km (31 miles)" once, not per unit). */
  const kept = new Map<string, { first: FigureValue; by: string }[]>();
  const name = (v: FigureValue): string => v.speaker ?? who(v.source);
  for (const g of groups.filter((x) => x.conflicting)) {
    const against = g.values.some((v) => Number.isNaN(v.value)) ? againstEach(g.values) : againstByStamp(g.values);
    // A claim whose own citations give several of the group's values ("nine", "27", "44 flights") is disputed once, with all of them.
    const byClaim = new Map<string, { first: FigureValue; values: Map<string, FigureValue>; by: Set<string> }>();
    for (const v of g.values) {
      if (!v.claim) continue;
      const d = against(v);
      if (!d) continue;
      const entry = byClaim.get(v.claim) ?? { first: v, values: new Map(), by: new Set() };
      // "50 km" and "31 miles" are one total, said once: in the unit of the claim's own value where it can be.
      const unit = (x: FigureValue): string => x.text.split(/\s+/).at(-1)!;
      for (const x of d.values) {
        const same = [...entry.values].find(([, y]) => y.value === x.value || (stampOf(x) === stampOf(y) && !disagree(x, y)));
        if (!same) entry.values.set(`${x.value} ${x.text}`, x);
        else if (unit(x) === unit(entry.first) && unit(same[1]) !== unit(entry.first)) (entry.values.delete(same[0]), entry.values.set(`${x.value} ${x.text}`, x));
      }
      for (const c of d.by) entry.by.add(c);
      byClaim.set(v.claim, entry);
    }
    for (const [claim, { first, values, by }] of byClaim) {
      const list = out.get(claim) ?? [];
      const seen = kept.get(claim) ?? [];
      const byKey = [...by].sort().join();
      const said = seen.some((s) => s.by === byKey && (s.first.text === first.text || (stampOf(s.first) === stampOf(first) && !disagree(s.first, first))));
      if (!said) list.push({ values: [...values.values()].slice(0, 4).map((x) => ({ text: x.text, who: name(x) })), by: [...by].sort() }), seen.push({ first, by: byKey });
      out.set(claim, list);
      kept.set(claim, seen);
    }
  }
  return out;
}

/** What disagrees with a value: it and up to three other values (first of each, in order), and the other values' claims, sorted. */
type Against = (v: FigureValue) => { values: FigureValue[]; by: string[] } | null;

/** Every value compared with every other: for groups with a NaN, which differs even from itself. */
function againstEach(all: readonly FigureValue[]): Against {
  return (v) => {
    const others = all.filter((o) => disagree(v, o));
    if (!others.length) return null;
    const distinct = new Map<number, FigureValue>([[v.value, v]]);
    for (const o of others) if (!distinct.has(o.value)) distinct.set(o.value, o);
    return { values: [...distinct.values()].slice(0, 4), by: [...new Set(others.map((o) => o.claim).filter((c): c is string => !!c && c !== v.claim))].sort() };
  };
}

/**
 * The same answers without comparing all pairs: totals disagree within one time stamp, so each stamp's
 * values are read once, for the first value of each number and the numbers each claim gives.
 */
function againstByStamp(all: readonly FigureValue[]): Against {
  type Stamp = { firsts: Map<number, FigureValue>; numbers: Map<string, Map<number, FigureValue>>; claims: Map<string, string[]> };
  const stamps = new Map<string, Stamp>();
  for (const o of all) {
    if (INCREMENT.test(o.qualifier)) continue;
    const stamp = stamps.get(stampOf(o)) ?? { firsts: new Map(), numbers: new Map(), claims: new Map() };
    if (!stamp.firsts.has(o.value)) stamp.firsts.set(o.value, o);
    if (o.claim) {
      const numbers = stamp.numbers.get(o.claim) ?? new Map<number, FigureValue>();
      if (!numbers.has(o.value)) numbers.set(o.value, o);
      stamp.numbers.set(o.claim, numbers);
    }
    stamps.set(stampOf(o), stamp);
  }
  return (v) => {
    if (INCREMENT.test(v.qualifier)) return null;
    const stamp = stamps.get(stampOf(v))!;
    // "50 km" and "31 miles" are one distance: values disagree as totals, not as numbers written.
    const others = [...stamp.firsts.values()].filter((o) => disagree(v, o));
    if (!others.length) return null;
    const values = [v, ...others.slice(0, 3)];
    // Claims giving a value that disagrees with v's, sorted once per number and text.
    const key = `${v.value} ${v.text}`;
    let claims = stamp.claims.get(key);
    if (!claims) stamp.claims.set(key, (claims = [...stamp.numbers].filter(([, ns]) => [...ns.values()].some((o) => disagree(v, o))).map(([c]) => c).sort()));
    return { values, by: claims.filter((c) => c !== v.claim) };
  };
}
