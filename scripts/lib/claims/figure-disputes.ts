/**
 * Why a claim's figure is disputed: within a group of one quantity, the values from other
 * sources that disagree with it (different totals at the same time stamp), each with who gives it.
 */
import type { FigureGroup, FigureValue } from '../../../src/schema.ts';
import { disagree, INCREMENT, stampOf } from './figure-groups.ts';

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
  /** Per claim: value text and `by` of its disputes, to keep each once. */
  const kept = new Map<string, Set<string>>();
  const name = (v: FigureValue): string => v.speaker ?? who(v.source);
  for (const g of groups.filter((x) => x.conflicting)) {
    const against = g.values.some((v) => Number.isNaN(v.value)) ? againstEach(g.values) : againstByStamp(g.values);
    for (const v of g.values) {
      if (!v.claim) continue;
      const d = against(v);
      if (!d) continue;
      const values = d.values.map((x) => ({ text: x.text, who: name(x) }));
      const by = d.by;
      const list = out.get(v.claim) ?? [];
      const seen = kept.get(v.claim) ?? new Set<string>();
      const id = JSON.stringify([values[0]!.text, by.join()]);
      if (!seen.has(id)) list.push({ values, by }), seen.add(id);
      out.set(v.claim, list);
      kept.set(v.claim, seen);
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
  const stamps = new Map<string, { firsts: Map<number, FigureValue>; numbers: Map<string, Set<number>>; claims: Map<number, string[]> }>();
  for (const o of all) {
    if (INCREMENT.test(o.qualifier)) continue;
    const stamp = stamps.get(stampOf(o)) ?? { firsts: new Map(), numbers: new Map(), claims: new Map() };
    if (!stamp.firsts.has(o.value)) stamp.firsts.set(o.value, o);
    if (o.claim) stamp.numbers.set(o.claim, (stamp.numbers.get(o.claim) ?? new Set()).add(o.value));
    stamps.set(stampOf(o), stamp);
  }
  return (v) => {
    if (INCREMENT.test(v.qualifier)) return null;
    const stamp = stamps.get(stampOf(v))!;
    if (stamp.firsts.size < 2) return null;
    const values = [v];
    for (const [n, first] of stamp.firsts) {
      if (values.length === 4) break;
      if (n !== v.value) values.push(first);
    }
    // Claims giving a number other than v's, sorted once per number.
    let claims = stamp.claims.get(v.value);
    if (!claims) stamp.claims.set(v.value, (claims = [...stamp.numbers].filter(([, ns]) => ns.size > 1 || !ns.has(v.value)).map(([c]) => c).sort()));
    return { values, by: claims.filter((c) => c !== v.claim) };
  };
}
