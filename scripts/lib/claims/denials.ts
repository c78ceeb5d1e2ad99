/**
 * Links each denial to the claims it disputes. A denial names what it denies ("denied that the
 * vessel failed an inspection") or points back ("denied the matter", "called these reports
 * baseless"): then it is about the sentence before it. Only claims that assert what is denied
 * (its predicate and arguments, in a clause that is neither hypothetical nor a mere topic) are
 * disputed, never the denier's own words, and at most a few; the denier is the party named as denying.
 */
import type { FigureGroup } from '../../../src/schema.ts';
import type { Article } from '../types.ts';
import { deniedObject, denialWords, denierName, denierOf, predicateOf, predicateVerb, SOURCE_DENIED } from './denial-text.ts';
import type { ClaimCandidate } from './extract.ts';
import { assertedTokens, CLAUSE_BREAK, HYPOTHETICAL, propositionOf, setOf, statesIn, statesTokens, SUBORDINATE, tokensOf } from './denial-clauses.ts';

export interface DraftGroup {
  id: string;
  group: readonly ClaimCandidate[];
  rep: ClaimCandidate;
}

/** Who denied, and the words of the denial (for the disputed claims' status reason). */
export interface Denial {
  by: string;
  words: string;
}

export interface DenialLinks {
  /** Claim id -> ids of the denials that dispute it. */
  disputedBy: Map<string, string[]>;
  /** Denial id -> ids of the claims it disputes. */
  denies: Map<string, string[]>;
  /** Denial id -> who denied what. */
  denials: Map<string, Denial>;
}

/** Refusals to comment the extraction may not mark as denials. */
const NO_COMMENT = /\b(?:would not|will not|did not|declined to|refused to)\s+comment\b/i;

/** The parties a denier names: "Russia and North Korea" -> ["russia", "north korea"]. */
const partiesOf = (denier: string): string[] =>
  denier.toLowerCase().replace(/^(?:the|a|an)\s+/, '').split(/\s*(?:,|\band\b)\s*/).map((p) => p.trim()).filter((p) => p.length >= 3 && p !== 'one of the parties');
const hasWords = (hay: string, needle: string): boolean => ` ${hay.toLowerCase().replace(/[^\w\s]/g, ' ')} `.includes(` ${needle.replace(/[^\w\s]/g, ' ')} `);

/** Words that only name a role within a party: "the ministry's spokeswoman" is the ministry. */
const ROLE_WORDS = /\b(?:the|a|an|of|for|spokes(?:man|woman|person)|representatives?|officials?|press|office|chief|executive|ceo|director|head)\b/g;
const bare = (s: string): string => s.toLowerCase().replace(/[’']s\b/g, '').replace(ROLE_WORDS, ' ').replace(/[^\w\s]/g, ' ').replace(/\s+/g, ' ').trim();

/** Is the candidate said by the denier (its speaker or affiliation is one of the denying parties, or part of one's name)? A denial does not dispute its own side. */
function saidBy(c: ClaimCandidate, parties: readonly string[]): boolean {
  const who = [c.attribution.speaker, c.attribution.affiliation].filter((w): w is string => !!w && w !== 'unnamed sources').map(bare).filter((w) => w.length >= 3);
  return who.some((w) => parties.some((p) => w === bare(p) || hasWords(bare(p), w)));
}

/** The sentences a pointing denial refers to: the one before, and the ones before that when it only continues them ("She added, …") or only supposes. Stops at a denial. */
function referents(c: ClaimCandidate, article: Article | undefined): { anchor: string; text: string; tokens: Set<string> }[] {
  if (!article) return [];
  const at = article.sentences.findIndex((s) => s.anchor === c.anchor);
  const out: { anchor: string; text: string; tokens: Set<string> }[] = [];
  for (let i = at - 1; i >= 0 && i >= at - 3; i--) {
    const s = article.sentences[i]!;
    if (DENIAL_SENTENCE.test(s.text)) break;
    // "Both spoke on condition of anonymity": a note on the sources, not the account a denial answers; look past it.
    if (SOURCING_NOTE.test(s.text) && !/\b(?:said|says|told)\b/.test(s.text) && s.text.split(/\s+/).length <= 20) continue;
    const tokens = assertedTokens(s.text);
    if (tokens) out.push({ anchor: s.anchor, text: s.text, tokens });
    const continues = /^(?:[“"]|(?:He|She|They|It)\s+(?:added|continued|went on)|(?:He|She|They)\s+said)/.test(s.text) || /\?[”"]?\s*$/.test(s.text);
    if (tokens && !continues) break;
  }
  return out;
}
/** The main clause of a sentence: its first asserting clause of two or more words ("Pyongyang had sent 1,500 soldiers" of "…, indicating that …"). */
function coreOf(text: string): string {
  const parts = text.split(CLAUSE_BREAK).filter((c) => /\w/.test(c));
  return parts.find((c) => !HYPOTHETICAL.test(c) && !SUBORDINATE.test(c.trim()) && tokensOf(c).size >= 2) ?? text;
}
/** A reporter's note on who the sources are and why they are unnamed. */
const SOURCING_NOTE = /\b(?:on condition of anonymity|on condition that (?:they|he|she) not be named|asked not to be named|declined to be named|(?:were|was) not authori[sz]ed to (?:speak|discuss|comment))\b/i;

/** A sentence that is itself a denial: a pointer after it refers to what it denies, which it links itself. */
const DENIAL_SENTENCE = /\b(?:denied|denies|refused to confirm|declined to confirm|baseless|unfounded)\b/i;

/** How well a claim states what the denial names: share of the denial's words it holds. */
const coverage = (object: Set<string>, claim: Set<string>): number => {
  if (object.size === 0) return 0;
  let n = 0;
  for (const t of object) if (claim.has(t)) n++;
  return n / object.size;
};

/** Minimum share of a named object's words a claim must hold, by object size. */
const minCoverage = (size: number): number => (size <= 2 ? 1 : 0.5);

/** The words of a denied object that are not names: a claim can call "BlackTide" "the hackers", but not change what happened. */
function commonWords(object: string): Set<string> {
  const all = tokensOf(object);
  const names = tokensOf((object.slice(1).match(/\b[A-Z][\w’'-]*/g) ?? []).join(' '));
  const common = propositionOf([...all].filter((t) => !names.has(t)));
  return common.size ? common : propositionOf(all);
}
/** A predicate that relates to its denier ("its employees", "their staff"): a claim must then name the denier. */
const RELATIONAL = /\b(?:its|their|our)\s+\w/i;

/** A denial of "the allegations" or "these accusations", and the reporting verbs that make a claim an allegation. */
const ALLEGATIONS = /\b(?:the|these|those|all|any|such)\s+(?:\w+\s+)?(?:allegations?|accusations?)\b/i;
const ALLEGING = /^(?:alleged|alleges|allege|accused|accuses|claimed|claims|claim)$/i;
/** Allegations in a story a blanket denial may answer; with more, it is unclear which it means. */
const MAX_ALLEGED = 3;

/** What a denier calls itself in its denial ("the company had …"): no word of what happened. */
const SELF_KIND = new Set(['company', 'firm', 'operator', 'group', 'ministry', 'agency', 'authority', 'council', 'government', 'club', 'league', 'union', 'university']);

/** Share of the best match's strength a disputed claim must reach. */
const RELATIVE_FLOOR = 0.75;

/** Most claims one denial disputes: the strongest matches only. */
export const MAX_DISPUTED = 7;

/** Claims that count the same quantity as a disputed claim (one figure group): denying one count denies the others. */
function figureMates(id: string, figures: readonly FigureGroup[]): Set<string> {
  const out = new Set<string>();
  for (const g of figures) {
    const claims = g.values.map((v) => v.claim).filter((c): c is string => !!c);
    if (claims.includes(id)) for (const c of claims) if (c !== id) out.add(c);
  }
  return out;
}

/** A target claim: its id, its non-denial candidates, and where it is cited. */
interface Target {
  id: string;
  group: readonly ClaimCandidate[];
  places: Set<string>;
  citations: number;
}

/** A link's strength and whether the clause that carries it holds a figure (then the figure's other counts are disputed too). */
interface Strength {
  score: number;
  figure: boolean;
}

/**
 * How strongly a target states the proposition (score 0 when it does not assert it): best over
 * its candidates not said by the denier, judged on the clause that holds most of the proposition.
 */
function strength(t: Target, proposition: ReadonlySet<string>, parties: readonly string[], enough: (x: ClaimCandidate, cover: number) => boolean): Strength {
  let best: Strength = { score: 0, figure: false };
  for (const x of t.group) {
    if (saidBy(x, parties)) continue;
    const st = statesIn(x.content, proposition);
    if (!st.asserted || !enough(x, st.cover)) continue;
    const score = st.cover + st.density / 2;
    if (score > best.score) best = { score, figure: st.figure };
  }
  return best;
}

/**
 * A denial disputes the claims that assert what it denies: those citing the sentence a pointing
 * denial refers to, and claims elsewhere stating the denied proposition (its words, or the
 * referred sentence's, in one asserting clause). Hypothetical and conditional claims, and the
 * denier's own words, are never disputed; only the `MAX_DISPUTED` strongest are kept.
 * `figures` (the story's figure groups) carry a denial from one count to the others of its quantity.
 * @example linkDenials(drafts, byId).denies.get('c-denial') // ['c-claim-it-denies']
 */
export function linkDenials(drafts: readonly DraftGroup[], byId: ReadonlyMap<string, Article> = new Map(), figures: readonly FigureGroup[] = []): DenialLinks {
  const disputedBy = new Map<string, string[]>();
  const denies = new Map<string, string[]>();
  const denials = new Map<string, Denial>();
  const denying = (c: ClaimCandidate): boolean => c.denial || NO_COMMENT.test(c.quote);
  const isDenial = (d: DraftGroup): boolean => d.rep.denial || d.group.every((c) => NO_COMMENT.test(c.quote));
  const denialIds = new Set(drafts.filter(isDenial).map((d) => d.id));
  const targets: Target[] = drafts
    .filter((d) => !denialIds.has(d.id))
    .map((d) => ({ id: d.id, group: d.group.filter((c) => !denying(c)), places: new Set(d.group.map((c) => `${c.source}#${c.anchor}`)), citations: d.group.length }));
  const byTarget = new Map<string, Target[]>();
  for (const t of targets) byTarget.set(t.id, [...(byTarget.get(t.id) ?? []), t]);
  const contents = new Map(drafts.flatMap((d) => d.group.map((c) => [`${c.source}#${c.anchor}`, c.content] as const)));
  const contentAt = (source: string, anchor: string): string | undefined => contents.get(`${source}#${anchor}`);
  for (const denial of drafts.filter(isDenial)) {
    const first = denial.group.find(denying) ?? denial.rep;
    const by = denierOf(first);
    const parties = partiesOf(by);
    const scores = new Map<string, number>();
    const figured = new Map<string, ReadonlySet<string>>();
    const note = (id: string, { score, figure }: Strength, proposition: ReadonlySet<string>): void => {
      if (score <= (scores.get(id) ?? 0)) return;
      scores.set(id, score);
      if (figure) figured.set(id, proposition);
      else figured.delete(id);
    };
    const names = parties.filter((p) => /[A-Z]/.test(by)).map((p) => tokensOf(p)).filter((t) => t.size > 0);
    const namesDenier = (x: ClaimCandidate): boolean => names.length === 0 || names.some((n) => coverage(n, setOf(x.tokens)) === 1);
    // "said the crew members' account was not accurate": what those sources said before it in the same article, when it is little.
    const told = new Map<ClaimCandidate, Target[]>();
    for (const c of denial.group.filter(denying)) {
      const source = SOURCE_DENIED.exec(c.quote)?.[1];
      if (!source || /^(?:its|their|his|her|our|the)$/i.test(source)) continue;
      const who = bare(source);
      const said = targets.filter((t) => t.group.some((x) => x.source === c.source && x.index < c.index && !saidBy(x, parties) && hasWords(bare(`${x.attribution.speaker ?? ''} ${x.attribution.affiliation ?? ''}`), who)));
      if (said.length > 0 && said.length <= MAX_ALLEGED) told.set(c, said);
    }
    for (const [, said] of told) for (const t of said) note(t.id, { score: 1, figure: false }, new Set());
    for (const c of denial.group.filter((x) => denying(x) && !told.has(x))) {
      const { object, points, vague } = deniedObject(c.quote);
      // A denial that names its object is about the sentence before too, when that sentence says most of the object.
      const before = referents(c, byId.get(c.source));
      const verb = predicateVerb(object);
      const back = points ? before : before.filter((b) => coverage(commonWords(object), b.tokens) >= 0.5 && commonWords(object).size >= 2 && (!verb || b.tokens.has(verb)));
      // What is denied: the object it names, else the main clause of each sentence it points back to.
      const propositions = [...(vague ? [] : [{ text: object, weight: 1 }]), ...back.map((b) => ({ text: coreOf(contentAt(c.source, b.anchor) ?? b.text), weight: 0.9 }))];
      for (const t of targets) {
        // The sentence a pointing denial refers to: disputed outright, when it asserts.
        if (back.some((b) => t.places.has(`${c.source}#${b.anchor}`))) {
          for (const b of back) {
            const st = strength(t, b.tokens, parties, () => true);
            if (st.score > 0) note(t.id, { ...st, score: 2 + st.score }, b.tokens);
          }
        }
        for (const p of propositions) {
          // "the company had been warned": the denier calling itself by its kind names nobody else.
          const own = commonWords(p.text);
          const named = own.size > 1 ? new Set([...own].filter((t) => !SELF_KIND.has(t))) : own;
          if (named.size === 0) continue;
          const predicate = commonWords(predicateOf(p.text));
          const relational = RELATIONAL.test(predicateOf(p.text));
          // The verb of a named object must be said ("rammed"); a referred sentence is matched by its words.
          const verb = p.weight === 1 ? predicateVerb(p.text) : null;
          const enough = (x: ClaimCandidate, cover: number): boolean =>
            cover >= minCoverage(named.size) && coverage(predicate, statesTokens(x.content, named)) >= 0.5 && (!relational || namesDenier(x)) && (!verb || x.tokens.includes(verb));
          const st = strength(t, named, parties, enough);
          note(t.id, { ...st, score: st.score * p.weight }, named);
        }
      }
    }
    // "dismissed the allegations": the allegations others made in the same article ("X alleges…"), when there are few.
    for (const c of denial.group.filter((x) => denying(x) && ALLEGATIONS.test(x.quote))) {
      const alleged = targets.filter((t) => t.group.some((x) => x.source === c.source && ALLEGING.test(x.attribution.verb ?? '') && !saidBy(x, parties)));
      if (alleged.length <= MAX_ALLEGED) for (const t of alleged) note(t.id, { score: 1, figure: false }, new Set());
    }
    // A count denied is denied in every figure of its quantity, when that claim asserts its count.
    for (const [id, proposition] of [...figured]) {
      const score = scores.get(id)! * 0.9;
      for (const mate of figureMates(id, figures)) {
        if (denialIds.has(mate) || (scores.get(mate) ?? 0) >= score) continue;
        const asserts = (byTarget.get(mate) ?? []).some((t) => t.group.some((x) => {
          const st = statesIn(x.content, proposition);
          return !saidBy(x, parties) && st.asserted && st.figure;
        }));
        if (asserts) scores.set(mate, score);
      }
    }
    const citations = (id: string): number => Math.max(...(byTarget.get(id) ?? []).map((t) => t.citations));
    // Far weaker matches than the best are other claims that share words with the denial, not what it answers. The
    // sentence a denial points back to (scored 2 and up) always counts; the rest are weighed against each other.
    const top = Math.max(0, ...[...scores].filter(([id, score]) => !denialIds.has(id) && score < 2).map(([, score]) => score));
    const ids = [...scores]
      .filter(([id, score]) => score > 0 && (score >= 2 || score >= RELATIVE_FLOOR * top) && !denialIds.has(id))
      // Strongest first: by how well (in steps of a quarter), then by how widely the claim is cited.
      .sort((a, b) => Math.floor(b[1] * 4) - Math.floor(a[1] * 4) || citations(b[0]) - citations(a[0]) || b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, MAX_DISPUTED)
      .map(([id]) => id)
      .sort();
    denies.set(denial.id, ids);
    for (const id of ids) disputedBy.set(id, [...(disputedBy.get(id) ?? []), denial.id]);
    denials.set(denial.id, { by: denierName(by, first), words: denialWords(first.quote) });
  }
  return { disputedBy, denies, denials };
}
