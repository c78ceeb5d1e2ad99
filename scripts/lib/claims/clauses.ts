/**
 * Atomic claims: a sentence -> parts that each carry one fact, as verbatim sub-spans.
 * Splits at sentences run together inside a quotation, at semicolons and at ", but";
 * a speaker's correction ("… to Africa. Excuse me, not Africa but Russia") stays with
 * the part it corrects and is applied to its statement.
 */
import { ABBREVIATIONS } from '../sentences.ts';
import { correctionAt, findCorrection, type Correction } from './corrections.ts';
import { quoteSpans } from './quotes.ts';
import { verbsIn } from './tokens.ts';

export interface Part {
  start: number;
  end: number;
  /** Verbatim text of the part: sentence.slice(start, end). */
  text: string;
  /** A slip the speaker corrected in this part (corrections.ts applies it). */
  correction: Correction | null;
}

const ABBREVIATION = new RegExp(String.raw`(?:\b[A-Z]|\b(?:[A-Z]\.){1,}[A-Z]|\b(?:${ABBREVIATIONS}|a\.m|p\.m))$`);

/** Boundaries [start, end) of sentences run together in one sentence (inside a long quote). */
function innerSentences(text: string): [number, number][] {
  const cuts: number[] = [0];
  const re = /([.!?…])(["”’']?)\s+(?=["“‘']?[A-Z0-9])/g;
  for (const m of text.matchAll(re)) {
    const before = text.slice(0, m.index);
    if (m[1] === '.' && !m[2] && ABBREVIATION.test(before)) continue;
    cuts.push(m.index + m[0].length);
  }
  return cuts.map((c, i) => [c, i + 1 < cuts.length ? cuts[i + 1]! : text.length]);
}

/**
 * ", and" before a clause with its own subject and verb: "…late on Tuesday, and everyone on board was taken off …".
 * A pronoun subject ("and it was") leans on the first clause, so it stays joined; so does a speaker's own sentence
 * inside a quotation, which is cut only where the speaker stops (innerSentences).
 */
const AND_CLAUSE = /,\s+and\s+(?=(?!(?:it|they|he|she|this|that|these|those|then|so|also|now|we|i|you|our|my)\b)(?:[\w'’-]+\s+){1,5}?(?:was|were|is|are|has|have|had|will|would|could|can|did|does|said|says)\b)/g;

/** ", but she denied any wrongdoing": a speaker's denial or rejection after ", but" is a fact of its own, however short. */
const BUT_DENIAL = String.raw`,\s+but\s+(?=(?:he|she|they|it|the\s+[a-z]+|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?:has\s+|have\s+|had\s+|also\s+)?(?:denied|denies|deny|rejected|rejects|dismissed|dismisses|insisted|insists|maintained|maintains)\b)`;

/**
 * ", two days after a newspaper investigation alleged that …": a clause of its own, with its own subject and verb,
 * after a time ("two days after", "hours after", "shortly after"); "after the vote" or "after hitting a reef" is no clause.
 */
const AFTER_CLAUSE = String.raw`,\s+(?=(?:(?:\d+|a|an|one|two|three|four|five|six|several|a\s+few|few)\s+(?:days?|hours?|weeks?|months?)\s+|shortly\s+|just\s+|only\s+|hours\s+|days\s+|weeks\s+)after\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[A-Za-z][\w’'-]*\s+){0,4}?(?:(?!(?:being|having)\b)[a-z]{3,}ed|was|were|had|has|said|says|told|found|made|took|came|went|broke|began|rose|fell)\b)`;

/**
 * "The bridge opened in 1979 and was renovated in 2018": a second verb phrase of the same subject, in the perfect
 * or the passive ("and had burned", "and was declared"), or a past verb with its object ("and appointed a
 * commission"). The part after the cut lacks its subject; extract.ts gives it the first part's (sharedSubject).
 */
const AND_VERB_AHEAD = String.raw`(?:has|had|have|was|were)\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|en|wn|ught|ade|id)\b|[a-z]{4,}ed\s+(?:a|an|the|its|his|her|their|all|more|\d)`;
const AND_VERB = String.raw`,?\s+and\s+(?=${AND_VERB_AHEAD})`;

/**
 * "… began rationing water on Monday after the main pipeline … burst early Sunday": the earlier event, with its own
 * subject and finite verb, is a fact of its own; "after the storm" and "after hitting a reef" are none.
 */
const AFTER_EVENT = String.raw`(?<!\b(?:days?|hours?|weeks?|months?|years?|minutes?|shortly|just|only|soon|long|even|not|until))\s+(?=after\s+(?!\w+ing\b)(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\p{L}\d][\w’'–-]*\s+){0,12}?(?:burst|broke|fell|hit|struck|tore|went|came|began|rose|sank|ran|caught|blew|gave|took|was|were|had|has|said|[a-z]{3,}ed)\b)`;

/** Further cuts inside one sentence: "; ", ", but " before a clause of 6+ words or a denial, and ", and" before a clause of its own. */
function clauseCuts(text: string, from: number, to: number): number[] {
  const cuts: number[] = [];
  const piece = text.slice(from, to);
  for (const m of piece.matchAll(new RegExp(`;\\s+|,\\s+but\\s+(?=(?:\\S+\\s+){5})|${BUT_DENIAL}|${AFTER_CLAUSE}|${AND_CLAUSE.source}|${AND_VERB}|${AFTER_EVENT}`, 'gu'))) {
    const at = from + m.index + (m[0].startsWith(';') ? m[0].length : m[0].startsWith(',') ? 2 : 1);
    const left = text.slice(from, at);
    // "has delivered and installed 12 scanners": two verbs share one object, one fact.
    if (m[0].startsWith(' ') && /\b[a-z]{3,}ed\s*$/.test(left)) continue;
    // "… should expect low pressure after supply resumed": what a modal clause supposes happens after is no event.
    if (text.startsWith('after', at) && /\b(?:will|would|should|could|may|might|must|can|expects?|expected)\b/.test(left)) continue;
    // "after reports that a valve had been tampered with": what was reported, not an event the sentence asserts.
    if (/^after\s+(?:(?:the|a|an|new|fresh|early|initial|unconfirmed)\s+)?(?:reports?|claims?|allegations?|warnings?|news|word|rumou?rs?|fears?|concerns?|complaints?|suggestions?)\b/i.test(text.slice(at))) continue;
    if ((left.match(/\(/g)?.length ?? 0) > (left.match(/\)/g)?.length ?? 0)) continue;
    // "Crews from Lyon, Nice, and Paris were sent": the last item of a list, not a clause.
    if ((/\band\b/.test(m[0]) || /^,\s+$/.test(m[0])) && (/,[^,]{0,25},\s*$/.test(left) || left.split(/\s+/).length < 6 || quoteSpans(text).some((q) => q.from < at && at < q.to))) continue;
    cuts.push(at);
  }
  return cuts;
}

const trimRange = (text: string, start: number, end: number): [number, number] => {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
};

/**
 * The parts of one sentence.
 * @example splitClauses('"The bridge is closed. Repairs start Monday," she said.').map((p) => p.text)
 * // ['"The bridge is closed.', 'Repairs start Monday," she said.']
 */
export function splitClauses(text: string): Part[] {
  const ranges: [number, number][] = [];
  for (const [a, b] of innerSentences(text)) {
    let start = a;
    for (const cut of clauseCuts(text, a, b)) {
      ranges.push([start, cut]);
      start = cut;
    }
    ranges.push([start, b]);
  }
  const parts: Part[] = [];
  for (const [a, b] of ranges) {
    const [start, end] = trimRange(text, a, b);
    if (end <= start) continue;
    const slice = text.slice(start, end);
    const at = correctionAt(slice);
    const prev = parts.at(-1);
    // A correction, or a fragment too short to stand alone, joins the part before it.
    const words = slice.replace(/["“”‘’']/g, '').split(/\s+/).filter(Boolean).length;
    if (prev && (at >= 0 && at < 40 || words < 3)) {
      prev.end = end;
      prev.text = text.slice(prev.start, end);
      prev.correction = findCorrection(prev.text) ?? prev.correction;
      continue;
    }
    parts.push({ start, end, text: slice, correction: findCorrection(slice) });
  }
  return parts;
}

/** A part cut from its subject at "and" ("… and was renovated in 2018"): clauses.ts AND_VERB. */
export const SHARED_SUBJECT = new RegExp(String.raw`^,?\s*and\s+(?=${AND_VERB_AHEAD})`);

/**
 * The subject of a clause: its words before the first verb, or before an appositive's comma
 * ("Zeebit, founded in 2018, froze …" -> "Zeebit"); null when there is none to read.
 * @example subjectOf('The bridge opened in 1979') // 'The bridge'
 */
function subjectOf(text: string): string | null {
  const body = text.trim().replace(/^(?:On|In|At|By|Early|Late|Last|Earlier|Later)\b[^,]{0,30},\s+/, '');
  const words = body.split(/\s+/);
  const comma = words.findIndex((w) => /,$/.test(w));
  const verbs = verbsIn(words.map((w) => w.replace(/[^\p{L}\d]/gu, '')));
  const verb = Math.min(...verbs);
  const end = comma >= 0 && comma < verb ? comma + 1 : verb;
  if (!Number.isFinite(end) || end < 1 || end > 8) return null;
  const subject = words.slice(0, end).join(' ').replace(/,$/, '');
  // "AFP the hackers" (after "told"): two noun phrases run together are no subject.
  if (/(?<!\b(?:of|for|in|at|on|to|from|and))\s(?:the|a|an)\s/i.test(subject.slice(subject.indexOf(' ')))) return null;
  if (/["“”]/.test(subject)) return null;
  if (/^(?:it|he|she|they)$/i.test(subject)) return subject.toLowerCase();
  return /^(?:\p{Lu}|\d|(?:the|a|an|its|his|her|their)\s)/u.test(subject) ? subject.charAt(0).toUpperCase() + subject.slice(1) : null;
}

/** "and rejected the figure" after "X said …": a stance the speaker takes, not a verb of what was reported. */
const STANCE = /^,?\s*and\s+(?:rejected|dismissed|denied|called|described|insisted|declined|refused|added|urged|warned|apologi[sz]ed|confirmed|said|promised|pledged|vowed)\b/;
/** The auxiliary of a passive right after the subject: "Two passengers were taken …" lends "were" to "and released …". */
const PASSIVE = /^\s*(was|were|is|are|has been|have been|had been)\s+[a-z]+(?:ed|en|wn)\b/;

/**
 * Parts that continue the subject of the part before them ("… and was renovated in 2018"), each with the words to
 * put before it: the subject, and a passive's auxiliary it leaves out ("were taken … and released" -> "were released").
 * A part without a subject to read is joined back to the part it continues. In reported speech ("Ruiz said the
 * transformer had been inspected … and had passed") the subject follows the attribution span `said`; a pronoun
 * there ("it had …"), or a stance after it ("… and rejected the figure"), is the speaker's.
 */
export function lendSubject(parts: readonly Part[], text: string, said: [number, number] | null, speaker: { name: string; person: boolean } | null = null): { parts: Part[]; leads: (string | null)[] } {
  const out: Part[] = [];
  const leads: (string | null)[] = [];
  for (const part of parts) {
    const prev = out.at(-1);
    if (!prev || !SHARED_SUBJECT.test(part.text)) {
      out.push(part);
      leads.push(null);
      continue;
    }
    const inSpeech = !!said && said[0] >= prev.start && said[1] < prev.end;
    const clause = inSpeech ? text.slice(said![1], prev.end).replace(/^\s*(?:that\s+)?/, '') : prev.text;
    const read = subjectOf(clause);
    // "Metrodouro said it had taken the portal offline and had notified the regulator": the pronoun is the speaker.
    const fits = (p: string): boolean => !!speaker && (/^(?:he|she)$/.test(p) ? speaker.person : /^(?:it|they)$/.test(p) && !speaker.person);
    const pronoun = !!read && /^(?:it|he|she|they)$/.test(read);
    const subject = inSpeech && STANCE.test(part.text) ? speaker?.name ?? null : pronoun ? (fits(read!) ? speaker!.name : null) : read;
    if (!subject) {
      out[out.length - 1] = { ...prev, end: part.end, text: text.slice(prev.start, part.end), correction: prev.correction ?? part.correction };
      continue;
    }
    // Only a bare participle leaves out the auxiliary: "and had passed", "and rejected the figure" bring their own.
    const bare = !/^,?\s*and\s+(?:has|had|have|was|were)\s/.test(part.text) && !STANCE.test(part.text) && !!read && !pronoun;
    const after = bare ? clause.slice(clause.toLowerCase().indexOf(read!.toLowerCase()) + read!.length) : '';
    // "were taken to hospital … and released the same night": a bare participle before a time or place, not an object.
    const passive = bare && /^,?\s*and\s+[a-z]+ed\s+(?:on|in|at|by|from|to|for|after|before|within|later|overnight|the same|shortly|immediately)\b/.test(part.text) ? PASSIVE.exec(after) : null;
    out.push(part);
    leads.push(passive ? `${subject} ${passive[1]}` : subject);
  }
  return { parts: out, leads };
}
