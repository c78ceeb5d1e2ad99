/**
 * One denial sentence, read on its own: what it says is wrong ("denied that the vessel failed an
 * inspection", "called these reports baseless"), who denies, the words to show, and the verb a
 * disputed claim must say. denials.ts links denials to the claims they dispute.
 */
import type { ClaimCandidate } from './extract.ts';
import { foldPhrases } from './lexicon.ts';
import { contentTokens } from './tokens.ts';

/** Verbs of denial, longest first; "calls X baseless" and "X are baseless" are handled apart. */
export const TRIGGER = /\b(?:(?:has|have|had)\s+)?((?:would|will|could) neither confirm nor deny|refused to (?:confirm or deny|confirm|comment on|say)|declined to (?:confirm or deny|confirm|comment on|comment)|would not (?:confirm or deny|confirm|comment on|comment)|did not (?:confirm|comment on)|denied|denies|deny|denying|rejected|rejects|dismissed|dismisses|called|calls|calling|insisted)\b/i;
/** "… are baseless", "… is a baseless rumour": what comes before is what is denied. */
export const PREDICATE = /\b(?:are|is|was|were)\s+["“‘']?(?:just\s+|simply\s+|entirely\s+|completely\s+|categorically\s+|totally\s+|wholly\s+|absolutely\s+)?(?:an?\s+)?(?:baseless|unfounded|false|untrue|fabricated|not true|fake|not accurate|inaccurate|incorrect)\b/i;
/** Words that only point at something said before: "the matter", "these reports", "that claim", "that account" (whose account is SOURCE_DENIED). */
const POINTER = /^(?:the|these|those|this|that|such|any|its|their|all)?\s*(?:[\w’'-]+(?:’s|'s)\s+)?(?:western\s+|recent\s+|media\s+|latest\s+)?(?:matter|matters|reports?|claims?|accusations?|allegations?|rumou?rs?|it|this|that|them|suggestions?|information|story|stories|responsibility|charges?)\b|^(?:(?:that|this|these|those)\s+)?(?:accounts?|version)\b/i;
/** A denial that points back besides naming its object: "…, calling the union's claim baseless". */
const POINTS_BACK = /\b(?:the|these|those|that|this)\s+(?:[\w’'-]+(?:’s|'s)\s+)?(?:claims?|reports?|accusations?|allegations?|rumou?rs?|matter|suggestions?|assertions?|charges?)\b|\b(?:that|this|these|those)\s+(?:accounts?|version)\b/i;

/** A denial of what a named source said: "the crew members' account", "Pruett's claims". */
export const SOURCE_DENIED = /\b((?:[A-Za-z-]+\s+){0,2}?[A-Za-z-]+)(?:[’']s|(?<=s)[’'])\s+(?:account|accounts|claims?|version|story|allegations?|description|testimony)\b/;

/** What a denial says is wrong, as written; whether it is too vague to name anything, and whether it points back to what was said before. */
export function deniedObject(quote: string): { object: string; points: boolean; vague: boolean } {
  // "Asked whether X, she would not comment": the question is what is not confirmed.
  const asked = /\basked\s+(?:whether|if|about)\s+([^,]+),/i.exec(quote);
  if (asked) return { object: asked[1]!, points: false, vague: false };
  const pred = PREDICATE.exec(quote);
  const trig = TRIGGER.exec(quote);
  let object = '';
  // "Ferreira said the crew members' account was not accurate": the account, not who called it so.
  if (pred && (!trig || pred.index < trig.index)) object = quote.slice(0, pred.index).replace(/^.*?\b(?:said|says|added|insisted|maintained|told\s+\w+)\s+(?:that\s+)?/i, '');
  else if (trig) object = quote.slice(trig.index + trig[0].length);
  else object = quote;
  // The object ends at the next clause ("…, and a representative said …", "…, referring journalists …").
  object = object.replace(/^\s*(?:that|whether|if)\s+/i, '').split(/,\s*(?:and|but|while|as|which|\w+ing)\b|;|\.\s|[“"]/)[0]!.trim().replace(/[.,;:!?]+$/, '');
  object = object.replace(/\s+(?:as\s+)?(?:baseless|unfounded|false|untrue|fabricated|nonsense)\b.*$/i, '').trim();
  // "the claims that the vessel rammed the boat": the clause says what is denied; nothing is pointed back at.
  const said = /^(?:(?:the|these|those|any|all|a|an|recent|media)\s+)*(?:claims?|reports?|allegations?|suggestions?|accusations?|rumou?rs?)\s+that\s+(.+)$/i.exec(object);
  if (said && contentTokens(said[1]!).length >= 2) return { object: said[1]!, points: false, vague: false };
  // "rejected any responsibility", "denied any wrongdoing": blame is denied, not the sentence before.
  if (/^(?:(?:any|all|the|its|their|his|her)\s+)?(?:responsibility|blame|liability|wrongdoing|fault|negligence)\b/i.test(object)) return { object, points: false, vague: false };
  const content = contentTokens(object.replace(POINTER, ''));
  const vague = !object || (POINTER.test(object) && content.length <= 1) || content.length === 0;
  return { object, points: vague || POINTS_BACK.test(quote), vague };
}

/** A day or month is when, never who: "On Monday X denied", "… the site Monday afternoon". */
const DAY_OR_MONTH = /^(?:(?:On|In|By|Since)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/** The party that denies: the last name written before the denial verb, else the speaker. */

export function denierOf(c: ClaimCandidate): string {
  const trig = TRIGGER.exec(c.quote) ?? PREDICATE.exec(c.quote);
  // "Minister X, who visited the site Monday afternoon, rejected …": a relative clause names no denier.
  // "Asked by the Courier about the report, she refused …": who asked is not who denies.
  const before = (trig ? c.quote.slice(0, trig.index) : '').replace(/,\s+(?:who|which)\b[^,]*,/g, ',').replace(/^(?:Asked|Questioned|Pressed|Contacted|Reached|Speaking|Interviewed)\b[^,]*,\s*/, '');
  // Names in any Latin script: "Urška Merljak", not "Merljak".
  const runs = before.match(/(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}’'.-]*(?:\s+(?:and\s+|of\s+)?\p{Lu}[\p{L}\p{N}’'.-]*)*/gu) ?? [];
  const named = runs.filter((r) => !/^(?:The|A|An|On|In|At|But|And|However|Meanwhile|Recent|Earlier|Later|It|This|That|These|Those|Its|Their|He|She|They|After|Before|When|While)$/.test(r) && !DAY_OR_MONTH.test(r)).at(-1)?.replace(/^(?:On|In|At|The)\s+/, '');
  if (named) return named;
  const speaker = c.attribution.speaker;
  if (speaker && speaker !== 'unnamed sources' && speaker.length > 2) return speaker;
  const subject = before.replace(/^.*,\s*/, '').trim().split(/\s+/);
  return subject.length > 0 && subject.length <= 6 && subject[0] ? subject.join(' ').replace(/^(?:A|An|The)\b/, (w) => w.toLowerCase()) : 'one of the parties';
}

/** The denier as a reader should see it: the speaker's full name where the sentence writes only a part ("Merljak", "Corwen"). */
export function denierName(by: string, c: ClaimCandidate): string {
  const speaker = c.attribution.speaker;
  return speaker && speaker !== 'unnamed sources' && speaker !== by && speaker.split(/\s+/).includes(by.split(/\s+/).at(-1)!) ? speaker : by;
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

/**
 * The predicate of a denied object: what it says of its subject, after the finite verb
 * ("the people in the shaft were its employees" -> "its employees"), else the whole object.
 */
export function predicateOf(object: string): string {
  const m = /\b(?:was|were|is|are|had|has|have|been)\s+(?:(?:been|being|not|never)\s+)*(.+)$/i.exec(object);
  if (m && contentTokens(m[1]!).length > 0) return m[1]!;
  // "the Croatian vessel rammed the Slovenian boat": from the verb in the past tense on.
  const past = PAST_PREDICATE.exec(object);
  return past && contentTokens(past[1]!).length > 1 ? past[1]! : object;
}

const PAST_PREDICATE = /^\S+(?:\s+\S+){1,5}?\s+([a-z]+ed\b.*)$/;

/** The verb of a denied object's predicate in the past tense ("rammed" -> "ram"): a claim must say it to be disputed. */
export function predicateVerb(object: string): string | null {
  if (/\b(?:was|were|is|are|had|has|have|been)\s/i.test(object)) return null;
  // "stocks ran out" reads as "stocks depleted".
  const past = PAST_PREDICATE.exec(foldPhrases(object));
  return past ? (contentTokens(past[1]!.split(/\s+/)[0]!)[0] ?? null) : null;
}
