/**
 * Links each denial to the claims it disputes. A denial names what it denies ("denied that the
 * vessel failed an inspection") or points back ("denied the matter", "called these reports
 * baseless"): then it is about the sentence before it. The claims that state what is denied
 * are disputed by it; the denier is the party named as denying.
 */
import type { FigureGroup } from '../../../src/schema.ts';
import type { Article } from '../types.ts';
import type { ClaimCandidate } from './extract.ts';
import { containment, contentTokens, jaccard } from './tokens.ts';

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

/** Verbs of denial, longest first; "calls X baseless" and "X are baseless" are handled apart. */
const TRIGGER = /\b(?:(?:has|have|had)\s+)?(refused to (?:confirm or deny|confirm|comment on|say)|declined to (?:confirm or deny|confirm|comment on|comment)|would not (?:confirm or deny|confirm|comment on|comment)|did not (?:confirm|comment on)|denied|denies|deny|denying|rejected|rejects|dismissed|dismisses|called|calls|calling|insisted)\b/i;
/** "… are baseless", "… is a baseless rumour": what comes before is what is denied. */
const PREDICATE = /\b(?:are|is|was|were)\s+(?:just\s+|simply\s+|entirely\s+|completely\s+)?(?:an?\s+)?(?:baseless|unfounded|false|untrue|fabricated|not true|fake)\b/i;
/** Words that only point at something said before: "the matter", "these reports", "that claim". */
const POINTER = /^(?:the|these|those|this|that|such|any|its|their|all)?\s*(?:[\w’'-]+(?:’s|'s)\s+)?(?:western\s+|recent\s+|media\s+|latest\s+)?(?:matter|matters|reports?|claims?|accusations?|allegations?|rumou?rs?|it|this|that|them|suggestions?|information|story|stories|responsibility|charges?)\b/i;
/** Extra paraphrases of what denials are about: being somewhere is having been sent there. */
const DENIAL_CONCEPTS: Record<string, string> = {
  deployment: 'move', movement: 'move', presence: 'move', present: 'move', arrive: 'move', arrival: 'move', head: 'move',
  talk: 'negotiate', negotiation: 'negotiate', negotiating: 'negotiate',
  employee: 'worker', employ: 'worker', hire: 'worker', contractor: 'worker',
  force: 'soldier',
};
/** Refusals to comment the extraction may not mark as denials. */
const NO_COMMENT = /\b(?:would not|will not|did not|declined to|refused to)\s+comment\b/i;
/** A denial that points back besides naming its object: "…, calling the union's claim baseless". */
const POINTS_BACK = /\b(?:the|these|those|that|this)\s+(?:[\w’'-]+(?:’s|'s)\s+)?(?:claims?|reports?|accusations?|allegations?|rumou?rs?|matter)\b/i;

const tokensOf = (text: string): Set<string> => new Set(contentTokens(text).map((t) => DENIAL_CONCEPTS[t] ?? t));
const setOf = (tokens: readonly string[]): Set<string> => new Set(tokens.map((t) => DENIAL_CONCEPTS[t] ?? t));

/** What a denial says is wrong, as written; whether it is too vague to name anything, and whether it points back to what was said before. */
export function deniedObject(quote: string): { object: string; points: boolean; vague: boolean } {
  // "Asked whether X, she would not comment": the question is what is not confirmed.
  const asked = /\basked\s+(?:whether|if|about)\s+([^,]+),/i.exec(quote);
  if (asked) return { object: asked[1]!, points: false, vague: false };
  const pred = PREDICATE.exec(quote);
  const trig = TRIGGER.exec(quote);
  let object = '';
  if (pred && (!trig || pred.index < trig.index)) object = quote.slice(0, pred.index);
  else if (trig) object = quote.slice(trig.index + trig[0].length);
  else object = quote;
  // The object ends at the next clause ("…, and a representative said …", "…, referring journalists …").
  object = object.replace(/^\s*(?:that|whether|if)\s+/i, '').split(/,\s*(?:and|but|while|as|which|\w+ing)\b|;|\.\s|[“"]/)[0]!.trim().replace(/[.,;:!?]+$/, '');
  object = object.replace(/\s+(?:as\s+)?(?:baseless|unfounded|false|untrue|fabricated|nonsense)\b.*$/i, '').trim();
  const content = contentTokens(object.replace(POINTER, ''));
  const vague = !object || (POINTER.test(object) && content.length <= 1) || content.length === 0;
  return { object, points: vague || POINTS_BACK.test(quote), vague };
}

/** The party that denies: the last name written before the denial verb, else the speaker. */
export function denierOf(c: ClaimCandidate): string {
  const trig = TRIGGER.exec(c.quote) ?? PREDICATE.exec(c.quote);
  const before = trig ? c.quote.slice(0, trig.index) : '';
  const runs = before.match(/\b[A-Z][\w’'.-]*(?:\s+(?:and\s+|of\s+)?[A-Z][\w’'.-]*)*/g) ?? [];
  const named = runs.filter((r) => !/^(?:The|A|An|On|In|At|But|And|However|Meanwhile|Recent|Earlier|Later|It|This|That|These|Those|Its|Their|He|She|They)$/.test(r)).at(-1);
  if (named) return named.replace(/^(?:On|In|At|The)\s+/, '');
  const speaker = c.attribution.speaker;
  if (speaker && speaker !== 'unnamed sources' && speaker.length > 2) return speaker;
  const subject = before.replace(/^.*,\s*/, '').trim().split(/\s+/);
  return subject.length > 0 && subject.length <= 6 && subject[0] ? subject.join(' ').replace(/^(?:A|An|The)\b/, (w) => w.toLowerCase()) : 'one of the parties';
}

/** The words to show for a denial: a short quoted phrase, else the verb and what it denies. */
export function denialWords(quote: string): string {
  const quoted = /[“"]([^”"]{3,60})[”"]/.exec(quote)?.[1];
  if (quoted) return quoted.replace(/[.,;:!?]+$/, '');
  const trig = TRIGGER.exec(quote);
  const { object } = deniedObject(quote);
  const words = `${trig ? `${trig[1]} ` : ''}${object}`.replace(/[.;:!?]+$/, '').split(/\s+/);
  return words.slice(0, 12).join(' ') + (words.length > 12 ? '…' : '');
}

/** The sentences a pointing denial refers to: the one before, and the one before that when it only continues it ("She added, …"). */
function referents(c: ClaimCandidate, article: Article | undefined): { anchor: string; text: string }[] {
  if (!article) return [];
  const at = article.sentences.findIndex((s) => s.anchor === c.anchor);
  const out: { anchor: string; text: string }[] = [];
  for (let i = at - 1; i >= 0 && i >= at - 3; i--) {
    const s = article.sentences[i]!;
    out.push({ anchor: s.anchor, text: s.text });
    if (!/^(?:[“"]|(?:He|She|They|It)\s+(?:added|continued|went on)|(?:He|She|They)\s+said)/.test(s.text) && !/\?[”"]?\s*$/.test(s.text)) break;
  }
  return out;
}

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
  const common = new Set([...all].filter((t) => !names.has(t)));
  return common.size ? common : all;
}
/** Minimum similarity of a claim to the sentence a pointing denial refers to. */
const MIN_REFERENT = 0.4;

/** Claims that count the same quantity as a disputed claim (one figure group): denying one count denies the others. */
function sameFigures(ids: ReadonlySet<string>, figures: readonly FigureGroup[]): Set<string> {
  const out = new Set(ids);
  for (const g of figures) {
    const claims = g.values.map((v) => v.claim).filter((c): c is string => !!c);
    if (claims.some((c) => ids.has(c))) for (const c of claims) out.add(c);
  }
  return out;
}

/**
 * `figures` (the story's figure groups) carry a denial from one count to the others of its quantity.
 * @example linkDenials(drafts, byId).denies.get('c-denial') // ['c-claim-it-denies']
 */
export function linkDenials(drafts: readonly DraftGroup[], byId: ReadonlyMap<string, Article> = new Map(), figures: readonly FigureGroup[] = []): DenialLinks {
  const disputedBy = new Map<string, string[]>();
  const denies = new Map<string, string[]>();
  const denials = new Map<string, Denial>();
  const isDenial = (d: DraftGroup): boolean => d.rep.denial || d.group.every((c) => NO_COMMENT.test(c.quote));
  const targets = drafts.filter((d) => !isDenial(d)).map((d) => ({ d, tokens: setOf(d.group.flatMap((c) => c.tokens)), places: new Set(d.group.map((c) => `${c.source}#${c.anchor}`)) }));
  for (const denial of drafts.filter(isDenial)) {
    const linked = new Set<string>();
    for (const c of denial.group.filter((x) => x.denial || NO_COMMENT.test(x.quote))) {
      const { object, points, vague } = deniedObject(c.quote);
      const named = commonWords(object);
      const back = points ? referents(c, byId.get(c.source)) : [];
      const backTokens = back.map((b) => tokensOf(b.text));
      for (const t of targets) {
        const direct = back.some((b) => t.places.has(`${c.source}#${b.anchor}`));
        const byName = !vague && named.size > 0 && coverage(named, t.tokens) >= minCoverage(named.size);
        const byReferent = backTokens.some((b) => (containment(b, t.tokens) + jaccard(b, t.tokens)) / 2 >= MIN_REFERENT);
        if (direct || byName || byReferent) linked.add(t.d.id);
      }
    }
    const denialIds = new Set(drafts.filter(isDenial).map((d) => d.id));
    const ids = [...sameFigures(linked, figures)].filter((id) => !denialIds.has(id)).sort();
    denies.set(denial.id, ids);
    for (const id of ids) disputedBy.set(id, [...(disputedBy.get(id) ?? []), denial.id]);
    const first = denial.group.find((x) => x.denial || NO_COMMENT.test(x.quote)) ?? denial.rep;
    denials.set(denial.id, { by: denierOf(first), words: denialWords(first.quote) });
  }
  return { disputedBy, denies, denials };
}
