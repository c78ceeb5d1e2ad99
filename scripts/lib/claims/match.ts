/**
 * Candidates across articles -> groups that state the same fact. Blocking through an
 * inverted index of rare tokens keeps this near-linear: only candidates that share a
 * rare token are ever compared.
 */
import type { Candidate } from '../types.ts';
import { containment, jaccard } from './tokens.ts';

export interface MatchOptions {
  /** Minimum share of the shorter candidate's tokens found in the other. */
  minContainment: number;
  minJaccard: number;
  /** Tokens in more than this share of candidates are too common to block on. */
  maxTokenShare: number;
  /** Minimum mean similarity between all members of two groups before they merge. */
  minGroupSimilarity: number;
}

export const DEFAULT_MATCH: MatchOptions = { minContainment: 0.45, minJaccard: 0.2, maxTokenShare: 0.2, minGroupSimilarity: 0.45 };

/** Conflicting counts of the same thing are different claims (shown in the figures table). */
function figuresCompatible(a: Candidate, b: Candidate): boolean {
  for (const fa of a.figures) for (const fb of b.figures) if (fa.unit === fb.unit && fa.value !== fb.value) return false;
  // A count is a key fact: a sentence with a count and one without state different things, unless they agree closely.
  return true;
}

/** One side gives a count and the other none: they must agree more closely to match. */
const countMismatch = (a: Candidate, b: Candidate): boolean => (a.figures.length > 0) !== (b.figures.length > 0);

export function similarity(a: Candidate, b: Candidate, sa: Set<string>, sb: Set<string>): number {
  const c = containment(sa, sb);
  const j = jaccard(sa, sb);
  return (c + j) / 2;
}

/** Groups of candidate indexes; each group holds at most one candidate per source. */
export function matchCandidates(candidates: readonly Candidate[], options: MatchOptions = DEFAULT_MATCH): number[][] {
  const sets = candidates.map((c) => new Set(c.tokens));
  const index = new Map<string, number[]>();
  sets.forEach((set, i) => set.forEach((t) => (index.get(t) ?? index.set(t, []).get(t)!).push(i)));
  const maxPosting = Math.max(2, Math.ceil(candidates.length * options.maxTokenShare));
  const pairs: [number, number, number][] = [];
  const seen = new Set<string>();
  for (const [, posting] of index) {
    if (posting.length > maxPosting) continue;
    for (let x = 0; x < posting.length; x++) {
      for (let y = x + 1; y < posting.length; y++) {
        const i = posting[x]!;
        const j = posting[y]!;
        if (candidates[i]!.source === candidates[j]!.source) continue;
        const key = `${i}:${j}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const a = candidates[i]!;
        const b = candidates[j]!;
        if (a.denial !== b.denial || !figuresCompatible(a, b)) continue;
        const c = containment(sets[i]!, sets[j]!);
        const jac = jaccard(sets[i]!, sets[j]!);
        const extra = countMismatch(a, b) ? 0.2 : 0;
        if (c >= options.minContainment + extra && jac >= options.minJaccard + extra) pairs.push([i, j, similarity(a, b, sets[i]!, sets[j]!)]);
      }
    }
  }
  // Greedy agglomeration, best pairs first; never two candidates of one source in a group.
  pairs.sort((p, q) => q[2] - p[2] || p[0] - q[0] || p[1] - q[1]);
  const group = candidates.map((_, i) => i);
  const members = new Map<number, number[]>(candidates.map((_, i) => [i, [i]]));
  const find = (i: number): number => (group[i] === i ? i : (group[i] = find(group[i]!)));
  for (const [i, j] of pairs) {
    const gi = find(i);
    const gj = find(j);
    if (gi === gj) continue;
    const a = members.get(gi)!;
    const b = members.get(gj)!;
    const sourcesA = new Set(a.map((k) => candidates[k]!.source));
    if (b.some((k) => sourcesA.has(candidates[k]!.source))) continue;
    // Average linkage: the two groups must agree as wholes, not only through their closest pair (no chaining).
    let sum = 0;
    for (const x of a) for (const y of b) sum += similarity(candidates[x]!, candidates[y]!, sets[x]!, sets[y]!);
    if (sum / (a.length * b.length) < options.minGroupSimilarity) continue;
    group[gj] = gi;
    members.set(gi, [...a, ...b]);
    members.delete(gj);
  }
  return [...members.values()].map((m) => m.sort((x, y) => x - y)).sort((x, y) => x[0]! - y[0]!);
}
