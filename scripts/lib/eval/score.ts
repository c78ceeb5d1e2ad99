/**
 * Scores a drafted fact sheet against a gold story. Definitions: scripts/lib/eval/README.md.
 * Pure: takes the prepared articles and the draft, returns numbers and the misses behind them.
 */
import { foldSpace } from '../../../src/lib/anchor.ts';
import type { Claim, Factsheet } from '../../../src/schema.ts';
import { QUALIFIER_CLASS_NAMES, qualifierClass } from '../claims/figures.ts';
import type { Article } from '../types.ts';
import type { Evidence, GoldClaim, GoldStory } from './gold.ts';

export interface StoryScore {
  story: string;
  claims: number;
  systemClaims: number;
  claimRecall: number;
  citationRecall: number;
  citationPrecision: number;
  attributionAccuracy: number;
  figureGroupAccuracy: number;
  denialLinkAccuracy: number;
  /** Share of the system's denial links (claim -> claim it `denies`) that the gold lists. */
  denialLinkPrecision: number;
  nonVerbatimQuotes: number;
  boilerplateQuotes: number;
  /** Human-readable misses, for `npm run eval -- --verbose`. */
  misses: string[];
}

/** Where one evidence string lies: its article's source id and the anchors of the sentences it covers. */
interface Place {
  file: string;
  source: string | null;
  text: string;
  anchors: string[];
}

const basename = (file: string): string => file.split('/').at(-1)!;

/** Maps each (file, substring) to the sentences that hold it; a substring that spans sentences maps to all of them. */
export function locate(articles: readonly Article[], evidence: Evidence): Place[] {
  return Object.entries(evidence).map(([file, raw]) => {
    const text = foldSpace(raw);
    const article = articles.find((a) => basename(a.file) === file);
    if (!article) return { file, source: null, text, anchors: [] };
    let joined = '';
    const spans: [number, number, string][] = [];
    for (const s of article.sentences) {
      if (joined) joined += ' ';
      spans.push([joined.length, joined.length + s.text.length, s.anchor]);
      joined += s.text;
    }
    const at = joined.indexOf(text);
    const anchors = at < 0 ? [] : spans.filter(([from, to]) => from < at + text.length && to > at).map(([, , a]) => a);
    return { file, source: article.id, text, anchors };
  });
}

/** Does a citation point at the evidence place? Same source, and the evidence's sentence or an overlapping quote. */
/** How many of the places a claim cites with a quote that holds the evidence's words (not only its sentence). */
function quotedCount(claim: Claim, places: readonly Place[]): number {
  return places.filter((p) => claim.citations.some((c) => c.source === p.source && foldSpace(c.quote).includes(p.text))).length;
}

function hits(cit: Claim['citations'][number], place: Place): boolean {
  if (!place.source || cit.source !== place.source) return false;
  if (place.anchors.includes(cit.anchor)) return true;
  const quote = foldSpace(cit.quote);
  return quote.includes(place.text) || (quote.length >= 12 && place.text.includes(quote));
}

/** Letters without their accents ("Brøndum" = "Brondum", "Lukić" = "Lukic"): articles spell names both ways. */
const unaccented = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[øØ]/g, 'o').replace(/[łŁ]/g, 'l').replace(/[đĐ]/g, 'd').replace(/ß/g, 'ss').replace(/[æÆ]/g, 'ae');
/** British and American spellings of one name ("Harbour Master's Office", "Harbor Master's Office"). */
const SPELLING: [RegExp, string][] = [[/\b(harb|lab|neighb|col|hon|fav|behavi)our/g, '$1or'], [/\b(cent|theat|met)re\b/g, '$1er'], [/\b(defen|offen|licen)ce\b/g, '$1se'], [/\borganis/g, 'organiz']];
const norm = (s: string): string =>
  SPELLING.reduce((t, [re, to]) => t.replace(re, to), unaccented(s).toLowerCase()).replace(/[’‘]/g, "'").replace(/'s\b/g, '').replace(/\./g, '').replace(/^the\s+/, '').replace(/[^a-z0-9' -]+/g, ' ').replace(/\s+/g, ' ').trim();
const containsWords = (hay: string, needle: string): boolean => needle.length >= 2 && ` ${hay} `.includes(` ${needle} `);
/** A person's name: two to four capitalised words ("John Kirby", "Richard A. Holloway"). */
const personLike = (s: string): boolean => /^(?:\p{Lu}[\p{L}\w'’-]*\.?\s+){1,3}\p{Lu}[\p{L}\w'’-]+$/u.test(s.trim()) && !/\b(?:Service|Ministry|Council|House|Health|Union|Embassy|Agency|Department|Office|Police|Transportes|Minerals|Forces|NATO)\b/.test(s);

/** Initials of a name's words, skipping "of", "for", "and", "the": "international brotherhood of electrical workers" -> "ibew". */
const initialsOf = (words: readonly string[]): string => words.filter((w) => !/^(?:of|for|and|the)$/.test(w)).map((w) => w[0]).join('');

/**
 * Speaker match: "unnamed…" gold needs an unnamed system speaker; a person needs the surname
 * in the system speaker; an organisation or group matches by word containment either way
 * against the system speaker or affiliation. A lower-case group ("officials") also accepts
 * an unnamed system speaker.
 */
export function speakerMatches(gold: { speaker: string | null; affiliation?: string | null }, sys: { speaker: string | null; affiliation: string | null }): boolean {
  if (!gold.speaker) return true;
  const g = norm(gold.speaker);
  const s = sys.speaker ? norm(sys.speaker) : '';
  const sa = sys.affiliation ? norm(sys.affiliation) : '';
  const unnamed = s.startsWith('unnamed');
  if (g.startsWith('unnamed')) return unnamed;
  if (!s) return false;
  if (personLike(gold.speaker)) {
    // The person, or the body they spoke for with them named beside it ("Copenhagen Airport", "spokeswoman Kirsten Haubro").
    if (containsWords(s, g.split(' ').at(-1)!) || (!!sa && containsWords(sa, g))) return true;
    // Gold gives people an affiliation; a capitalised name without one may be an organisation ("Desert Basin Electric").
    if (gold.affiliation) return false;
  }
  if (containsWords(s, g) || containsWords(g, s) || (sa && (containsWords(sa, g) || containsWords(g, sa)))) return true;
  // "IBEW Local 1288" is "International Brotherhood of Electrical Workers Local 1288" with the acronym the system gives beside it.
  const acronym = /^([a-z]{2,8})\b/.exec(sa)?.[1];
  if (acronym && g.startsWith(`${acronym} `)) {
    const words = s.split(' ');
    for (let k = 2; k < words.length; k++) {
      if (initialsOf(words.slice(0, k)) === acronym && containsWords(`${acronym} ${words.slice(k).join(' ')}`, g)) return true;
    }
  }
  if (gold.affiliation && !unnamed) {
    const ga = norm(gold.affiliation);
    if (containsWords(ga, s) && s.length >= 4) return true;
  }
  return unnamed && gold.speaker === gold.speaker.toLowerCase();
}

function majority<T>(items: readonly T[], key: (t: T) => string): T | null {
  const counts = new Map<string, { n: number; item: T }>();
  for (const item of items) {
    const k = key(item);
    const e = counts.get(k) ?? { n: 0, item };
    e.n++;
    counts.set(k, e);
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.item ?? null;
}

/**
 * Qualifier compared by meaning class ("about"/"around"/"approximately", "over"/"more than", "an additional"/"additional");
 * words of time ("as of Friday", "on election night") or emphasis ("only") are no qualifier: a value's date is kept apart.
 */
const qualifierNorm = (q: string): string => {
  for (const part of q.toLowerCase().replace(/\([^)]*\)/g, '').split(',')) {
    const c = qualifierClass(part.trim());
    if (QUALIFIER_CLASS_NAMES.has(c)) return c;
  }
  return '';
};

export function scoreStory(gold: GoldStory, articles: readonly Article[], sheet: Factsheet): StoryScore {
  const misses: string[] = [];
  const live = sheet.claims.filter((c) => !c.rejected);
  const places = new Map(gold.claims.map((g) => [g.id, locate(articles, g.evidence)]));
  for (const [id, ps] of places) for (const p of ps) if (p.anchors.length === 0) misses.push(`${id}: evidence not found in sentences of ${p.file}: "${p.text}"`);

  const supportCount = (claim: Claim, ps: Place[]): number => ps.filter((p) => claim.citations.some((c) => hits(c, p))).length;
  const best = new Map<string, Claim | null>();
  let recalled = 0;
  let recallSum = 0;
  let precisionHit = 0;
  let precisionAll = 0;
  let attrDone = 0;
  let attrOk = 0;
  for (const g of gold.claims) {
    const ps = places.get(g.id)!;
    const ranked = live
      .map((claim) => ({ claim, n: supportCount(claim, ps), quoted: quotedCount(claim, ps), good: claim.citations.filter((c) => ps.some((p) => hits(c, p))).length }))
      .filter((x) => x.n > 0)
      // Parts of one sentence cite one anchor: the claim whose quotes hold the evidence's words is the one that states it.
      .sort((a, b) => b.n - a.n || b.quoted - a.quoted || b.good / b.claim.citations.length - a.good / a.claim.citations.length || a.claim.id.localeCompare(b.claim.id));
    const top = ranked[0] ?? null;
    best.set(g.id, top?.claim ?? null);
    if (!top) {
      misses.push(`${g.id}: no claim cites it ("${g.statement}")`);
      if (g.speaker) attrDone++;
      continue;
    }
    recalled++;
    recallSum += top.n / ps.length;
    if (top.n < ps.length) {
      const missing = ps.filter((p) => !top.claim.citations.some((c) => hits(c, p))).map((p) => p.file);
      misses.push(`${g.id}: best ${top.claim.id} ("${top.claim.statement.slice(0, 70)}") misses ${missing.join(', ')}`);
    }
    precisionAll += top.claim.citations.length;
    precisionHit += top.good;
    for (const c of top.claim.citations) if (!ps.some((p) => hits(c, p))) misses.push(`${g.id}: wrong citation ${c.source.split('/')[1]} "${c.quote.slice(0, 80)}"`);
    if (g.speaker) {
      attrDone++;
      const supporting = top.claim.citations.filter((c) => ps.some((p) => hits(c, p)));
      // Gold names no speaker only when nobody is credited anywhere: a citation that credits someone outweighs one that credits nobody.
      const pool = supporting.length ? supporting : top.claim.citations;
      const credited = pool.filter((c) => c.attribution.speaker);
      const m = majority(credited.length ? credited : pool, (c) => norm(c.attribution.speaker ?? '-'));
      const ok = m !== null && speakerMatches(g, m.attribution);
      if (ok) attrOk++;
      else misses.push(`${g.id}: speaker "${m?.attribution.speaker ?? null}" (${m?.attribution.affiliation ?? ''}), gold "${g.speaker}"`);
    }
  }
  // Recall counts unmatched gold claims as 0.
  const n = gold.claims.length;

  let figOk = 0;
  for (const fg of gold.figures) {
    let common: string[] | null = null;
    let qualOk = true;
    for (const v of fg.values) {
      const groups = new Set<string>();
      for (const p of locate(articles, v.evidence)) {
        for (const sg of sheet.figures) {
          for (const sv of sg.values) {
            if (sv.source !== p.source || sv.value !== v.value || !(p.anchors.includes(sv.anchor) || p.anchors.length === 0)) continue;
            groups.add(sg.id);
            const gq = qualifierNorm(v.qualifier);
            const sq = qualifierNorm(sv.qualifier);
            if (gq !== sq && !(sq && gq.includes(sq)) && !(gq && sq.includes(gq))) {
              qualOk = false;
              misses.push(`${fg.id}: value ${v.value} qualifier "${sv.qualifier}", gold "${v.qualifier}"`);
            }
          }
        }
      }
      if (groups.size === 0) misses.push(`${fg.id}: value ${v.value} (${Object.keys(v.evidence).join(', ')}) in no figure group`);
      common = common === null ? [...groups] : common.filter((x) => groups.has(x));
    }
    if (common && common.length > 0 && qualOk) figOk++;
    else if (common && common.length === 0) misses.push(`${fg.id}: values split across figure groups`);
  }

  let denialLinks = 0;
  let denialOk = 0;
  for (const d of gold.denials) {
    const ps = locate(articles, d.evidence);
    const denying = live.filter((c) => ps.some((p) => c.citations.some((x) => hits(x, p))));
    for (const target of d.disputes) {
      denialLinks++;
      const b = best.get(target);
      if (b && denying.some((c) => c.denies.includes(b.id) || b.disputedBy.includes(c.id))) denialOk++;
      else misses.push(`${d.id}: denial by ${d.by} not linked to ${target} (best match ${b?.id ?? 'none'})`);
    }
  }
  // Precision: a system link is right when its denial cites a gold denial and the claim it denies cites a claim that gold denial disputes.
  const denialPlaces = gold.denials.map((d) => ({ d, ps: locate(articles, d.evidence) }));
  const byId = new Map(live.map((c) => [c.id, c]));
  let sysLinks = 0;
  let sysLinksOk = 0;
  for (const denying of live) {
    const ds = denialPlaces.filter(({ ps }) => ps.some((p) => denying.citations.some((x) => hits(x, p)))).map(({ d }) => d);
    for (const id of denying.denies) {
      const target = byId.get(id);
      if (!target) continue;
      sysLinks++;
      if (ds.some((d) => d.disputes.some((g) => supportCount(target, places.get(g) ?? []) > 0))) sysLinksOk++;
      else misses.push(`extra denial link: ${denying.id} ("${denying.statement.slice(0, 50)}") denies ${id} ("${target.statement.slice(0, 70)}")`);
    }
  }

  const sentenceText = new Map(articles.flatMap((a) => a.sentences.map((s) => [`${s.source}#${s.anchor}`, s.text] as const)));
  let nonVerbatim = 0;
  let boiler = 0;
  for (const claim of live) {
    for (const c of claim.citations) {
      const text = sentenceText.get(`${c.source}#${c.anchor}`);
      if (text === undefined || !text.includes(c.quote)) {
        nonVerbatim++;
        misses.push(`quote not verbatim at ${c.source}#${c.anchor}: "${c.quote.slice(0, 80)}"`);
      }
      const q = foldSpace(c.quote);
      if (gold.boilerplate.some((b) => q.includes(foldSpace(b)) || (q.length >= 20 && foldSpace(b).includes(q)))) {
        boiler++;
        misses.push(`boilerplate quoted: "${q.slice(0, 80)}"`);
      }
    }
  }

  const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
  return {
    story: gold.story,
    claims: n,
    systemClaims: live.length,
    claimRecall: ratio(recalled, n),
    citationRecall: ratio(recallSum, n),
    citationPrecision: ratio(precisionHit, precisionAll),
    attributionAccuracy: ratio(attrOk, attrDone),
    figureGroupAccuracy: ratio(figOk, gold.figures.length),
    denialLinkAccuracy: ratio(denialOk, denialLinks),
    denialLinkPrecision: ratio(sysLinksOk, sysLinks),
    nonVerbatimQuotes: nonVerbatim,
    boilerplateQuotes: boiler,
    misses,
  };
}

export type { GoldClaim };
