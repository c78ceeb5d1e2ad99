/**
 * Groups a fact sheet's claims into a handful of plain-worded sections (topics).
 *
 * Each claim is described by features: its main speaker (a person or organisation, never an
 * outlet or "unnamed sources"), the entities it names and the content words of its statement.
 * Sections are picked greedily: the feature that covers most still-unplaced claims, weighted
 * by how specific it is, becomes a section, named after it in plain words ("What Ana Lima
 * said", "The evacuation", "Port Elm"). Claims left over join the section they share most with.
 * Denials get a section of their own. Deterministic: the same claims give the same sections.
 */
import { shortHash } from '../../../src/lib/anchor.ts';
import type { Claim, Entity, Section } from '../../../src/schema.ts';
import { escapeRegExp } from './escape-regexp.ts';
import { ROLE_WORDS } from './names.ts';
import { contentTokens } from './tokens.ts';
import { memo, WholeName } from './word-index.ts';

export const DENIALS = 'Denials';
export const OTHER = 'Other reports';

/** Share of the claims a feature may cover and still name a section: wider ones say nothing. */
const MAX_SHARE = 0.4;
/** Claims a section needs. */
const MIN_SIZE = 2;

/** How many topical sections a sheet of `n` claims gets: up to 6, fewer for small sheets (denials and other reports come on top). */
export function sectionCount(n: number): number {
  if (n < 6) return 1;
  return Math.min(6, Math.max(2, Math.round(n / 6)), Math.floor(n / 3));
}

type Feature = string;

const ATTRIBUTION_PREFIX = /^(?:According to [^,]+,\s*|[^,]{0,60}?\b(?:said|says|told|stated|added|noted)\s+(?:that\s+)?)/;
/** Endings that make a word a noun. */
const STRONG_NOUN = /(?:tion|sion|ment|ness|ance|ence|ure|age|ity|ism|ship|hood|ery|ist|ics)s?$/;
const DETERMINER = /^(?:the|a|an|its|their|his|her|this|that|these|those|our|any|no)$/;
const FUNCTION_WORD = /^(?:the|a|an|and|or|but|of|to|in|on|at|by|for|with|from|into|as|is|are|was|were|be|been|has|have|had|will|would|could|should|may|might|can|that|this|these|those|it|its|their|his|her|they|he|she|we|our|not|no|also|said|says|more|most|than|about|some|all|any|each|after|before|over|under|up|out|against|like|through|across|without|within|between|during|since|until|while|because|there|then|only|even|just|very|so|if|when|where|which|who|what|how|per|via|among|around|toward|towards|onto|upon|off|down|near|whether|such|other|another|every|many|much|few|own|same|both|either|neither|do|does|did|get|got|make|made)$/;
/** Words of amount that make no topic: "additional soldiers", "several boats". */
const QUANTITY = /^(?:additional|several|further|extra|new|first|last|next|more|fewer|less|least|many|numerous|various|certain|dozens|hundreds|thousands|millions|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)$/i;
/** Nouns too general to name a topic. */
const GENERIC = /^(?:officials?|sources?|reports?|statements?|people|persons?|times?|years?|days?|weeks?|months?|things?|way|part|number|matter|issue|situation|information|comment|news|media|spokes\w*|today|tonight|yesterday|past|future|present|moment|period|end|start|beginning|rest|side|case|fact|lot|kind|sort|war|presence|development|evidence|move|decision|process|impact|effect|level|use|million|billion|thousand|hundred|percent|cent|name|names|city|town|country|nation|region|area|capital)$/;

/** The words of a claim without its attribution. */
function bodyText(claim: Claim): string {
  return [claim.statement.replace(ATTRIBUTION_PREFIX, ''), claim.citations[0]?.quote ?? ''].join(' ');
}

const names = (e: Entity): string[] => [e.name, ...e.aliases];
const LETTERS = /\p{L}+/gu;
/** A name between characters that are not letters or digits. */
const WHOLE = new WholeName(String.raw`\p{L}\p{N}`, String.raw`\p{L}\p{N}`);
const mentions = (text: string, name: string): boolean => WHOLE.test(text, name);
/** A name between characters that are not letters. */
const WHOLE_WORD = new WholeName(String.raw`\p{L}`, String.raw`\p{L}`);
const push = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/**
 * Of `list` (in order), the names that may occur in a text bounded by non-letters: a name occurs only
 * where each of its letter runs is a whole letter run of the text, so its first one finds it.
 */
function nameFinder(list: readonly string[]): (text: string) => number[] {
  const byFirst = new Map<string, number[]>();
  const always: number[] = [];
  list.forEach((n, i) => {
    const first = n.match(LETTERS)?.[0];
    if (first === undefined) always.push(i);
    else push(byFirst, first, i);
  });
  return (text) => {
    const words = new Set(text.match(LETTERS) ?? []);
    const found = [...always];
    for (const w of words) found.push(...(byFirst.get(w) ?? []));
    return found.sort((a, b) => a - b).filter((i) => (list[i]!.match(LETTERS) ?? []).every((w) => words.has(w)));
  };
}

/** Features of every claim: "actor:<entity id>", "entity:<entity id>", "term:<stem>". */
function featuresOf(claims: readonly Claim[], entities: readonly Entity[]): Map<string, Set<Feature>> {
  const actors = entities.filter((e) => e.kind !== 'place');
  // The person or organisation a claim mainly comes from: the first actor named in its speaker.
  const actorNames = actors.flatMap((e, i) => names(e).map((n) => ({ n, i })));
  const actorsIn = nameFinder(actorNames.map((x) => x.n));
  const actorOf = memo((speaker: string): Entity | null => {
    const hit = actorsIn(speaker).find((k) => mentions(speaker, actorNames[k]!.n));
    return hit === undefined ? null : actors[actorNames[hit]!.i]!;
  });
  // Entities by the claims they list, in entity order; every entity's names, in order, for cutting them out.
  const listing = new Map<string, Entity[]>();
  for (const e of entities) for (const id of new Set(e.claims)) push(listing, id, e);
  const allNames = entities.flatMap(names);
  const namesIn = nameFinder(allNames);
  const out = new Map<string, Set<Feature>>();
  for (const claim of claims) {
    const f = new Set<Feature>();
    const speaker = claim.citations.map((c) => c.attribution.speaker).find((s) => s && s !== 'unnamed sources');
    const actor = speaker ? actorOf(speaker) : null;
    if (actor) f.add(`actor:${actor.id}`);
    const text = bodyText(claim);
    let rest = text;
    for (const e of listing.get(claim.id) ?? []) {
      if (e.id === actor?.id) continue;
      if (names(e).some((n) => mentions(text, n))) f.add(`entity:${e.id}`);
    }
    // Cutting a name out leaves the other letter runs whole, so names not in the text stay out of it.
    for (const k of namesIn(text)) rest = WHOLE_WORD.replace(rest, allNames[k]!, ' ');
    for (const t of contentTokens(rest)) if (!/^\d/.test(t)) f.add(`term:${t}`);
    out.set(claim.id, f);
  }
  return out;
}

/**
 * A plain noun phrase for a word stem, as the claims write it: "The evacuation", "Ferry passengers".
 * `stemOf` gives a lower-case word's stem (pass a memoised one when calling often).
 */
export function phraseFor(stem: string, texts: readonly string[], stemOf: (word: string) => string | undefined = (w) => contentTokens(w)[0]): string | null {
  const forms = new Map<string, number>();
  const pairs = new Map<string, number>();
  for (const text of texts) {
    // "the ship's hull": a possessive names the ship, and a title says "The ship", never "Ship's"; before another word it stays ("men's winner").
    const written = text.replace(/[’‘]/g, "'").match(/[\p{L}][\p{L}'-]*/gu) ?? [];
    const words = written.map((w) => w.replace(/'s?$/, ''));
    words.forEach((w, i) => {
      const lower = w.toLowerCase();
      if (stemOf(lower) !== stem) return;
      const prev = words[i - 1]?.toLowerCase() ?? '';
      if (/^\p{Lu}/u.test(w) && i > 0) return; // a proper name, not a topic word
      const noun = STRONG_NOUN.test(lower) || DETERMINER.test(prev) || DETERMINER.test(words[i - 2]?.toLowerCase() ?? '');
      forms.set(lower, (forms.get(lower) ?? 0) + (noun ? 2 : 0));
      const left = words[i - 1];
      const leftWritten = written[i - 1]?.toLowerCase();
      // "a steroid that helps athletes": the verb of a relative clause is no part of a topic's name.
      // "try to recruit port workers": an infinitive is a verb, no part of a topic's name either.
      const clauseVerb = /^(?:that|which|who|to)$/i.test(written[i - 2] ?? '');
      // "a better university", "the second-largest city": a comparison names no topic.
      const compares = /(?:^|-)(?:better|worse|best|worst|[a-z]{2,}est)$/i.test(left ?? '');
      if (left && !clauseVerb && !compares && !FUNCTION_WORD.test(left.toLowerCase()) && !QUANTITY.test(left) && !/(?:ed|ly)$/.test(left) && /^[\p{Ll}]/u.test(left)) pairs.set(`${leftWritten} ${lower}`, (pairs.get(`${leftWritten} ${lower}`) ?? 0) + 1);
    });
  }
  const best = [...forms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  if (!best || best[1] < 2 || /(?:ed|ly|ing)$/.test(best[0]) || GENERIC.test(best[0]) || FUNCTION_WORD.test(best[0]) || ROLE_WORDS.has(best[0]) || ROLE_WORDS.has(best[0].replace(/s$/, ''))) return null;
  const pair = [...pairs].filter(([p]) => p.endsWith(` ${best[0]}`)).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  const phrase = pair && pair[1] >= 2 ? pair[0] : best[0];
  const plural = /[^s]s$/.test(best[0]);
  return plural ? phrase[0]!.toUpperCase() + phrase.slice(1) : `The ${phrase}`;
}

/** "What Ana Lima said", "What the Harbour Authority said", or the place's name. */
function entityTitle(e: Entity, acting: boolean, texts: readonly string[]): string {
  const joined = texts.join(' ');
  // "The Public Prosecution Service said" opens a sentence: "The" counts as "the".
  const withThe = (joined.match(new RegExp(String.raw`\b[Tt]he ${escapeRegExp(e.name)}\b`, 'g')) ?? []).length;
  const bare = (joined.match(new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(e.name)}(?![\p{L}])`, 'gu')) ?? []).length;
  const acronym = /^(?:[A-Z]\.?){2,6}$/.test(e.name);
  const name = e.kind !== 'person' && (withThe * 2 > bare || (acronym && withThe > 0)) ? `the ${e.name}` : e.name;
  return acting ? `What ${name} said` : name[0]!.toUpperCase() + name.slice(1);
}

/**
 * Sets `claim.section` on every claim and returns the sections, biggest first, then denials and other reports.
 * @example assignSections(claims, entities) // [{ id: 's-1a2b3c', title: 'The evacuation', origin: 'machine' }, …]
 */
export function assignSections(claims: Claim[], entities: readonly Entity[] = []): Section[] {
  const idFor = (title: string) => `s-${shortHash(title, 6)}`;
  const live = claims.filter((c) => c.denies.length === 0);
  const features = featuresOf(live, entities);
  const df = new Map<Feature, number>();
  for (const f of features.values()) for (const x of f) df.set(x, (df.get(x) ?? 0) + 1);
  const n = live.length;
  const idf = (f: Feature) => Math.log(1 + n / (df.get(f) ?? 1));
  const entityById = new Map(entities.map((e) => [e.id, e]));
  const textOf = new Map(live.map((c) => [c.id, bodyText(c)]));
  const allTexts = [...textOf.values()];
  // The claims with each feature, in claim order.
  const having = new Map<Feature, Claim[]>();
  for (const c of live) for (const f of features.get(c.id)!) push(having, f, c);

  const stemOf = memo((word: string): string | undefined => contentTokens(word)[0]);
  const titleFor = (f: Feature, members: readonly Claim[]): string | null => {
    const [kind, key] = f.split(/:(.*)/s) as [string, string];
    const texts = members.map((c) => textOf.get(c.id)!);
    if (kind === 'term') return phraseFor(key, texts, stemOf);
    const e = entityById.get(key);
    return e ? entityTitle(e, kind === 'actor', allTexts) : null;
  };

  const sections: { title: string; seed: Feature; members: Claim[] }[] = [];
  const placed = new Set<string>();
  const tried = new Set<Feature>();
  const target = sectionCount(n);
  const featureOrder = [...df.keys()].filter((f) => having.get(f)!.length >= MIN_SIZE).sort();
  while (sections.length < target) {
    let best: { f: Feature; score: number; members: Claim[] } | null = null;
    for (const f of featureOrder) {
      if (tried.has(f) || df.get(f)! > Math.max(MIN_SIZE, MAX_SHARE * n)) continue;
      const members = having.get(f)!.filter((c) => !placed.has(c.id));
      if (members.length < MIN_SIZE) continue;
      const weight = f.startsWith('actor:') ? 1.15 : f.startsWith('entity:') ? 1 : 0.9;
      const score = members.length * idf(f) * weight;
      if (!best || score > best.score + 1e-9) best = { f, score, members };
    }
    if (!best) break;
    tried.add(best.f);
    const title = titleFor(best.f, best.members);
    const entityId = best.f.startsWith('term:') ? null : best.f.split(/:(.*)/s)[1]!;
    if (entityId && sections.some((x) => x.seed.endsWith(`:${entityId}`))) continue;
    if (!title || sections.some((s) => s.title.toLowerCase() === title.toLowerCase()) || title === DENIALS || title === OTHER) continue;
    sections.push({ title, seed: best.f, members: best.members });
    for (const c of best.members) placed.add(c.id);
  }

  // Claims left over join the section of the claim they share most with (two features or more), else "Other reports";
  // never a speaker's section ("What Ana Lima said") unless they are hers.
  // Only members sharing two features can score, so they are found through the members having each feature
  // (claims by their place in `live`, counted in a typed array); they are then weighed in the order of
  // sections and members, as a walk over all members would.
  const narrow = new Map<string, Feature[]>();
  for (const [id, f] of features) narrow.set(id, [...f].filter((x) => df.get(x)! <= MAX_SHARE * n));
  const idfOf = memo(idf);
  const position = new Map(live.map((c, i) => [c, i]));
  const sectionOf = new Int32Array(live.length);
  const atOf = new Int32Array(live.length);
  const membersWith = new Map<Feature, number[]>();
  const join = (i: number, section: number, at: number): void => {
    sectionOf[i] = section;
    atOf[i] = at;
    for (const f of narrow.get(live[i]!.id)!) push(membersWith, f, i);
  };
  sections.forEach((s, section) => s.members.forEach((m, at) => join(position.get(m)!, section, at)));
  const sharing = new Int32Array(live.length);
  live.forEach((claim, i) => {
    if (placed.has(claim.id)) return;
    const mine = features.get(claim.id)!;
    const touched: number[] = [];
    for (const f of narrow.get(claim.id)!) {
      for (const m of membersWith.get(f) ?? []) {
        if (sharing[m] === 0) touched.push(m);
        sharing[m] = sharing[m]! + 1;
      }
    }
    const candidates = touched.filter((m) => sharing[m]! >= 2).sort((a, b) => sectionOf[a]! - sectionOf[b]! || atOf[a]! - atOf[b]!);
    for (const m of touched) sharing[m] = 0;
    let target: number | null = null;
    let bestScore = 0;
    for (const m of candidates) {
      // "What Ana Lima said" holds what she said: a claim of another speaker never joins it.
      const seed = sections[sectionOf[m]!]!.seed;
      if (seed.startsWith('actor:') && !mine.has(seed)) continue;
      const score = narrow.get(live[m]!.id)!.filter((f) => mine.has(f)).reduce((sum, f) => sum + idfOf(f), 0);
      if (score > bestScore + 1e-9) (target = sectionOf[m]!), (bestScore = score);
    }
    if (target !== null) placed.add(claim.id), join(i, target, sections[target]!.members.push(claim) - 1);
  });

  const out: Section[] = [];
  for (const s of [...sections].sort((a, b) => b.members.length - a.members.length || a.title.localeCompare(b.title))) {
    const id = idFor(s.title);
    out.push({ id, title: s.title, origin: 'machine' });
    for (const c of s.members) c.section = id;
  }
  const denials = claims.filter((c) => c.denies.length > 0);
  if (denials.length) {
    out.push({ id: idFor(DENIALS), title: DENIALS, origin: 'machine' });
    for (const c of denials) c.section = idFor(DENIALS);
  }
  const rest = live.filter((c) => !placed.has(c.id));
  if (rest.length) {
    out.push({ id: idFor(OTHER), title: OTHER, origin: 'machine' });
    for (const c of rest) c.section = idFor(OTHER);
  }
  return out;
}
