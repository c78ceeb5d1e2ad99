/**
 * Atomic claims: a sentence -> parts that each carry one fact, as verbatim sub-spans.
 * Splits at sentences run together inside a quotation, at semicolons and at ", but";
 * a speaker's correction ("… to Africa. Excuse me, not Africa but Russia") stays with
 * the part it corrects and is applied to its statement.
 */
import { ABBREVIATIONS } from '../sentences.ts';
import { correctionAt, findCorrection, type Correction } from './corrections.ts';
import { quoteSpans } from './quotes.ts';

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

/** Further cuts inside one sentence: "; ", ", but " before a clause of 6+ words or a denial, and ", and" before a clause of its own. */
function clauseCuts(text: string, from: number, to: number): number[] {
  const cuts: number[] = [];
  const piece = text.slice(from, to);
  for (const m of piece.matchAll(new RegExp(`;\\s+|,\\s+but\\s+(?=(?:\\S+\\s+){5})|${BUT_DENIAL}|${AFTER_CLAUSE}|${AND_CLAUSE.source}`, 'g'))) {
    const at = from + m.index + (m[0].startsWith(';') ? m[0].length : 2);
    const left = text.slice(from, at);
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
