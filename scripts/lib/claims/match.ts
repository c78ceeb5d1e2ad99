/**
 * Candidates across articles -> groups that state the same fact, then the sentences of other
 * articles that also state each group's fact (a sentence with two facts supports two claims).
 *
 * Similarity weights each shared token by its rarity in the story (IDF), so "Wonsan" counts
 * for more than "soldiers". Blocking keeps this near-linear: every candidate is compared only
 * with candidates that hold one of its few rarest tokens, and each posting list is read up to
 * a constant length, so the pairs per candidate are bounded whatever the story's size.
 *
 * Speaker-aware: two candidates of one named speaker (same surname or organisation, named in
 * at least one of the two sentences) that share a rare token are one statement reported twice,
 * so they match at lower similarity. Such a pair only brings a lone candidate into a group, and
 * such a sentence supports at most one group it does not belong to.
 */
import type { Candidate } from '../types.ts';
import { countMismatch, figuresCompatible } from './match-values.ts';
import { contentTokens } from './tokens.ts';

export interface MatchOptions {
  /** Minimum weighted share of the lighter candidate's tokens found in the other. */
  minContainment: number;
  /** Minimum weighted Jaccard similarity. */
  minJaccard: number;
  /** Added to both minimums when one candidate gives a count and the other none. */
  countPenalty: number;
  /** Minimum summed weight of the tokens two candidates share: words every article uses do not make a match. */
  minSharedMass: number;
  /** Minimum mean similarity between all members of two groups before they merge. */
  minGroupSimilarity: number;
  /** Rarest tokens of each candidate used as blocking keys. */
  blockingKeys: number;
  /** Entries of a posting list read per key (a constant, so work per candidate is bounded). */
  maxPosting: number;
  /** Members of a group compared when two groups merge or a sentence joins one. */
  maxLinkage: number;
  /** Minimum weighted share of a group member's tokens that a sentence of another article must hold to support the group. */
  minSupport: number;
  /** Minimum number of the member's tokens the supporting sentence must hold. */
  minSupportTokens: number;
  /** Minimum share of its member's weight a clause must carry to stand for the member's fact on its own. */
  minClauseShare: number;
  /** A token is rare when its weight is at least this share of the weight of a token found once. */
  rareShare: number;
  /** Minimum weighted containment for two candidates of one speaker that share a rare token. */
  sameSpeakerContainment: number;
  /** Minimum weighted Jaccard similarity for two candidates of one speaker that share a rare token. */
  sameSpeakerJaccard: number;
  /** Minimum shared weight for two candidates of one speaker that share a rare token. */
  sameSpeakerSharedMass: number;
  /** Minimum weighted share of a member's tokens a sentence of the member's speaker must hold to support the group. */
  sameSpeakerSupport: number;
}

/** A candidate as matching reads it: the shared shape, and who said it folded for comparison (extract.ts speakerKey). */
export type MatchCandidate = Candidate & { speakerKey?: string | null; attributedBy?: 'explicit' | 'carried' | 'none' };

export const DEFAULT_MATCH: MatchOptions = {
  minContainment: 0.5,
  minJaccard: 0.25,
  countPenalty: 0.2,
  minSharedMass: 5,
  minGroupSimilarity: 0.3,
  blockingKeys: 8,
  maxPosting: 100,
  maxLinkage: 8,
  minSupport: 0.8,
  minSupportTokens: 3,
  minClauseShare: 0.6,
  rareShare: 0.5,
  sameSpeakerContainment: 0.4,
  sameSpeakerJaccard: 0.15,
  sameSpeakerSharedMass: 3,
  sameSpeakerSupport: 0.6,
};

/** Clauses of a statement: what lies between commas, semicolons and joining words. */
const CLAUSE_BREAK = /[,;:]\s+|\s+(?:and|but|when|while|where|after|before|because|which|as|with)\s+/i;

/** Token sets of the clauses of a candidate's statement, short pieces joined to the one before. */
export function clauseTokens(text: string): string[][] {
  const out: string[][] = [];
  for (const piece of text.split(CLAUSE_BREAK)) {
    const tokens = contentTokens(piece);
    if (out.length > 0 && tokens.length < 3) out[out.length - 1]!.push(...tokens);
    else if (tokens.length > 0) out.push(tokens);
  }
  return out;
}

/** First position in an ascending list whose value is at least `value`. */
function lowerBound(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Token sets, rarity weights and the inverted index of one story's candidates. */
interface Index {
  sets: Set<string>[];
  weight: (t: string) => number;
  /** Summed weight of each candidate's tokens. */
  mass: number[];
  postings: Map<string, number[]>;
  /** The candidates worth comparing with candidate i (never i itself), in index order. */
  neighbours: (i: number) => number[];
  /** Do two candidates come from one named speaker, named in at least one of their sentences, and share a rare token? */
  sameSpeaker: (i: number, j: number) => boolean;
}

function buildIndex(candidates: readonly MatchCandidate[], options: MatchOptions): Index {
  const sets = candidates.map((c) => new Set(c.tokens));
  const postings = new Map<string, number[]>();
  sets.forEach((set, i) => set.forEach((t) => (postings.get(t) ?? postings.set(t, []).get(t)!).push(i)));
  const n = candidates.length;
  const idf = new Map<string, number>();
  for (const [t, list] of postings) idf.set(t, Math.log((n + 1) / list.length) + (/\d/.test(t) ? 0.5 : 0));
  const weight = (t: string): number => idf.get(t) ?? Math.log(n + 1);
  const mass = sets.map((s) => [...s].reduce((sum, t) => sum + weight(t), 0));
  const df = (t: string): number => postings.get(t)?.length ?? 0;
  const keys = sets.map((s) => [...s].filter((t) => df(t) > 1).sort((a, b) => df(a) - df(b) || (a < b ? -1 : a > b ? 1 : 0)).slice(0, options.blockingKeys));
  const neighbours = (i: number): number[] => {
    const found = new Set<number>();
    for (const key of keys[i]!) {
      const list = postings.get(key)!;
      // Read the posting list around i's own place, so a long list still yields i's neighbours in the text.
      const at = lowerBound(list, i);
      const from = Math.max(0, Math.min(at - options.maxPosting / 2, list.length - options.maxPosting));
      for (const j of list.slice(from, from + options.maxPosting)) if (j !== i) found.add(j);
    }
    return [...found].sort((a, b) => a - b);
  };
  const rare = options.rareShare * Math.log(n + 1);
  const sameSpeaker = (i: number, j: number): boolean => {
    const a = candidates[i]!;
    const b = candidates[j]!;
    if (!a.speakerKey || a.speakerKey !== b.speakerKey) return false;
    // One of the two sentences must name the speaker itself: two carried attributions are weak evidence.
    if (a.attributedBy !== 'explicit' && b.attributedBy !== 'explicit') return false;
    const [small, large] = sets[i]!.size <= sets[j]!.size ? [sets[i]!, sets[j]!] : [sets[j]!, sets[i]!];
    for (const t of small) if (large.has(t) && weight(t) >= rare) return true;
    return false;
  };
  return { sets, weight, mass, postings, neighbours, sameSpeaker };
}

/** Summed weight of the tokens two candidates share. */
function sharedMass(index: Index, i: number, j: number): number {
  const [small, large] = index.sets[i]!.size <= index.sets[j]!.size ? [index.sets[i]!, index.sets[j]!] : [index.sets[j]!, index.sets[i]!];
  let sum = 0;
  for (const t of small) if (large.has(t)) sum += index.weight(t);
  return sum;
}

/** Weighted containment (of the lighter side) and weighted Jaccard. */
function scores(index: Index, i: number, j: number): { containment: number; jaccard: number } {
  const shared = sharedMass(index, i, j);
  const mi = index.mass[i]!;
  const mj = index.mass[j]!;
  if (mi === 0 || mj === 0) return { containment: 0, jaccard: 0 };
  return { containment: shared / Math.min(mi, mj), jaccard: shared / (mi + mj - shared) };
}

const similarityOf = (index: Index, i: number, j: number): number => {
  const s = scores(index, i, j);
  return (s.containment + s.jaccard) / 2;
};

/**
 * Do two candidates of different sources state the same fact? 'plain' when they agree as
 * closely as any two must; 'speaker' when they agree only as closely as one speaker's words
 * reported twice must (same speaker, a rare token in common, the same kind of count); else null.
 */
function pairMatch(index: Index, a: Candidate, b: Candidate, i: number, j: number, options: MatchOptions): 'plain' | 'speaker' | null {
  if (a.source === b.source || a.denial !== b.denial || !figuresCompatible(a, b)) return null;
  const s = scores(index, i, j);
  const shared = sharedMass(index, i, j);
  const mismatch = countMismatch(a, b);
  const extra = mismatch ? options.countPenalty : 0;
  if (shared >= options.minSharedMass && s.containment >= options.minContainment + extra && s.jaccard >= options.minJaccard + extra) return 'plain';
  if (index.sameSpeaker(i, j) && !mismatch && shared >= options.sameSpeakerSharedMass && s.containment >= options.sameSpeakerContainment && s.jaccard >= options.sameSpeakerJaccard) return 'speaker';
  return null;
}

/** Groups of candidate indexes; each group holds at most one candidate per source. */
export function matchCandidates(candidates: readonly MatchCandidate[], options: MatchOptions = DEFAULT_MATCH): number[][] {
  return groupWith(candidates, buildIndex(candidates, options), options);
}

function groupWith(candidates: readonly MatchCandidate[], index: Index, options: MatchOptions): number[][] {
  const pairs: [number, number, number, boolean][] = [];
  candidates.forEach((a, i) => {
    for (const j of index.neighbours(i)) {
      if (j < i) continue;
      const how = pairMatch(index, a, candidates[j]!, i, j, options);
      if (how) pairs.push([i, j, similarityOf(index, i, j), how === 'speaker']);
    }
  });
  // Greedy agglomeration, best pairs first; never two candidates of one source in a group.
  // Pairs that hold only by their speaker come last, and only bring a lone candidate into a group.
  pairs.sort((p, q) => Number(p[3]) - Number(q[3]) || q[2] - p[2] || p[0] - q[0] || p[1] - q[1]);
  const group = candidates.map((_, i) => i);
  const members = new Map<number, number[]>(candidates.map((_, i) => [i, [i]]));
  const sources = new Map<number, Set<string>>(candidates.map((c, i) => [i, new Set([c.source])]));
  const find = (i: number): number => (group[i] === i ? i : (group[i] = find(group[i]!)));
  for (const [i, j, , bySpeaker] of pairs) {
    const gi = find(i);
    const gj = find(j);
    if (gi === gj) continue;
    const a = members.get(gi)!;
    const b = members.get(gj)!;
    if (bySpeaker && a.length > 1 && b.length > 1) continue;
    const sa = sources.get(gi)!;
    const sb = sources.get(gj)!;
    if ([...(sa.size <= sb.size ? sa : sb)].some((s) => (sa.size <= sb.size ? sb : sa).has(s))) continue;
    // Average linkage over the first members: the groups must agree as wholes, not only through their closest pair.
    const la = a.slice(0, options.maxLinkage);
    const lb = b.slice(0, options.maxLinkage);
    let sum = 0;
    for (const x of la) for (const y of lb) sum += similarityOf(index, x, y);
    if (sum / (la.length * lb.length) < options.minGroupSimilarity) continue;
    group[gj] = gi;
    members.set(gi, [...a, ...b]);
    members.delete(gj);
    for (const s of sb) sa.add(s);
    sources.delete(gj);
  }
  return [...members.values()].map((m) => m.sort((x, y) => x - y)).sort((x, y) => x[0]! - y[0]!);
}

/**
 * For each group, the candidates of other articles that also state its fact: a sentence
 * holds most of the weighted tokens of one of the group's members. A candidate may support
 * several groups (one sentence, two facts); a group takes at most one candidate per source.
 */
export function supportingCandidates(candidates: readonly MatchCandidate[], groups: readonly number[][], options: MatchOptions = DEFAULT_MATCH): number[][] {
  const index = buildIndex(candidates, options);
  const groupOf = new Map<number, number>();
  groups.forEach((g, k) => g.forEach((i) => groupOf.set(i, k)));
  const sourcesOf = groups.map((g) => new Set(g.map((i) => candidates[i]!.source)));
  const clauses = new Map<number, string[][]>();
  const clausesOf = (m: number): string[][] => {
    let got = clauses.get(m);
    if (!got) {
      const whole = [...index.sets[m]!];
      const parts = clauseTokens((candidates[m] as Candidate & { content?: string }).content ?? candidates[m]!.quote).map((c) => [...new Set(c)]);
      got = parts.length > 1 ? [whole, ...parts] : [whole];
      clauses.set(m, got);
    }
    return got;
  };
  /** Best (cover, candidate) per group and source. */
  const offers = groups.map(() => new Map<string, [number, number]>());
  /** Per candidate, its best (cover, group) held only through the speaker's relief: it supports one such group at most. */
  const relief = new Map<number, [number, number]>();
  candidates.forEach((x, i) => {
    const tried = new Set<number>();
    for (const j of index.neighbours(i)) {
      const k = groupOf.get(j)!;
      if (tried.has(k) || k === groupOf.get(i)) continue;
      tried.add(k);
      if (sourcesOf[k]!.has(x.source)) continue;
      let best = 0;
      let bySpeaker = 0;
      for (const m of groups[k]!.slice(0, options.maxLinkage)) {
        const member = candidates[m]!;
        if (member.denial !== x.denial || !figuresCompatible(member, x) || index.mass[m] === 0) continue;
        const same = index.sameSpeaker(m, i);
        // The whole member, or one of its main clauses, must be stated by x.
        for (const clause of clausesOf(m)) {
          const mass = clause.reduce((sum, t) => sum + index.weight(t), 0);
          if (mass < options.minClauseShare * index.mass[m]!) continue;
          const shared = clause.filter((t) => index.sets[i]!.has(t));
          const cover = shared.reduce((sum, t) => sum + index.weight(t), 0) / mass;
          if (shared.length >= options.minSupportTokens) best = Math.max(best, cover);
          if (same && shared.length >= 2) bySpeaker = Math.max(bySpeaker, cover);
        }
      }
      if (best < options.minSupport) {
        const held = relief.get(i);
        if (bySpeaker >= options.sameSpeakerSupport && (!held || bySpeaker > held[0])) relief.set(i, [bySpeaker, k]);
        continue;
      }
      const held = offers[k]!.get(x.source);
      if (!held || best > held[0] || (best === held[0] && i < held[1])) offers[k]!.set(x.source, [best, i]);
    }
  });
  for (const [i, [cover, k]] of relief) {
    const held = offers[k]!.get(candidates[i]!.source);
    if (!held || cover > held[0] || (cover === held[0] && i < held[1])) offers[k]!.set(candidates[i]!.source, [cover, i]);
  }
  return offers.map((o) => [...o.values()].map(([, i]) => i).sort((a, b) => a - b));
}
