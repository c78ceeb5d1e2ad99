/**
 * Stage 4: paragraphs -> sentences with stable anchors. wink-nlp splits each paragraph;
 * then small repair passes merge what it split too eagerly.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { sentenceAnchors } from '../../src/lib/anchor.ts';
import { quoteSpans } from './claims/quotes.ts';
import type { Block, Sentence } from './types.ts';

const nlp = winkNLP(model, ['sbd']);

/** wink-nlp's sentence split of one paragraph, as verbatim slices of it. */
function winkSplit(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const sentence of nlp.readDoc(text).sentences().out() as string[]) {
    const at = text.indexOf(sentence.trim().slice(0, 12), from);
    if (at < 0) continue;
    if (out.length > 0 && at > from) out[out.length - 1] += text.slice(from, at);
    out.push(sentence.trim());
    from = at + sentence.trim().length;
  }
  if (out.length === 0) return [text];
  out[out.length - 1] += text.slice(from);
  return out.map((s) => s.trim()).filter(Boolean);
}

/** Quotes still open at the end of `text` (apostrophes are not quotes; see claims/quotes.ts). */
export function openQuotes(text: string): number {
  return quoteSpans(text).filter((span) => !span.closed).length;
}

/** Pass: a quote that spans sentences stays one sentence, up to the end of the paragraph. */
export function mergeOpenQuotes(parts: string[]): string[] {
  const out: string[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (last !== undefined && openQuotes(last) > 0) out[out.length - 1] = `${last} ${part}`;
    else out.push(part);
  }
  return out;
}

/** Words written with a full stop that does not end a sentence: titles, company suffixes, months ("Oct. 11"). */
export const ABBREVIATIONS = 'Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Capt|Maj|Cmdr|Supt|Insp|Det|Adm|Brig|Sen|Rep|Gov|St|Prof|Jr|Sr|No|vs|approx|est|Inc|Ltd|Co|Corp|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';

/** Pass: a split after an initial or abbreviation ("Lloyd J.", "U.S.") before a lower-case word is wrong. */
const AFTER_ABBREVIATION = new RegExp(String.raw`(?:\b[A-Z]\.|\b(?:[A-Z]\.){2,}|\b(?:${ABBREVIATIONS})\.)$`);

export function mergeAbbreviations(parts: string[]): string[] {
  const out: string[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    const brokenAfterAbbrev = last !== undefined && AFTER_ABBREVIATION.test(last);
    const continues = /^[a-z0-9(]/.test(part) || /^\.\s/.test(part);
    if (last !== undefined && ((brokenAfterAbbrev && continues) || /^[a-z]/.test(part) && /\s\.$/.test(last))) out[out.length - 1] = `${last} ${part}`;
    else out.push(part);
  }
  return out;
}

/** Pass: a quoted question or exclamation and its speaker are one sentence: '"Who was watching?" said Ana Lima.' */
export function mergeSpeechAfterQuotes(parts: string[]): string[] {
  const out: string[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (last !== undefined && /[?!…]["”’']$/.test(last) && /^[a-z]/.test(part)) out[out.length - 1] = `${last} ${part}`;
    else out.push(part);
  }
  return out;
}

/** Pass: "about 10." + "15pm on Saturday" is one time (or decimal) cut at its point, when the text has them side by side. */
export function mergeCutNumbers(parts: string[], text: string): string[] {
  const out: string[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (last !== undefined && /\d\.$/.test(last) && /^\d/.test(part) && text.includes(last + part)) out[out.length - 1] = last + part;
    else out.push(part);
  }
  return out;
}

/** What may follow "a.m." inside a sentence: a day, a month, a time zone ("10 a.m. Saturday", "9 a.m. ET"). */
const AFTER_TIME = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|local|[A-Z]{1,3}T|GMT|UTC)\b/;

/** Pass: "at about 11:15 a.m. Five people were caught." is two sentences; the splitter reads "a.m." as an abbreviation. */
export function splitAfterTimes(parts: string[]): string[] {
  return parts.flatMap((part) => {
    const cuts = [...part.matchAll(/\b[ap]\.m\.\s+(?=\p{Lu})/gu)].map((m) => m.index + m[0].length).filter((at) => !AFTER_TIME.test(part.slice(at)));
    return [0, ...cuts].map((from, i) => part.slice(from, cuts[i] ?? part.length).trimEnd());
  });
}

/** Splits one paragraph into sentence texts; paragraphs are whitespace-folded, so merged parts stay verbatim slices. */
export function splitParagraph(text: string): string[] {
  return mergeOpenQuotes(mergeSpeechAfterQuotes(splitAfterTimes(mergeAbbreviations(mergeCutNumbers(winkSplit(text), text)))));
}

/** A list item's marker: "- ", "• ", "1. ". */
const BULLET = /^(?:[-*•–—▪►]|\d{1,2}[.)])\s+/;

export function splitSentences(source: string, paragraphs: readonly Block[]): Sentence[] {
  const rows = paragraphs.flatMap((block, paragraph) => {
    // A list item is read without its marker, which is no part of what it says.
    const marker = BULLET.exec(block.text)?.[0] ?? '';
    return splitParagraph(block.text.slice(marker.length)).map((text) => ({ text, paragraph, line: block.line, point: !!marker }));
  });
  const anchors = sentenceAnchors(rows.map((r) => r.text));
  return rows.map((row, index) => ({ source, anchor: anchors[index]!, text: row.text, paragraph: row.paragraph, index, line: row.line, ...(row.point ? { point: true } : {}) }));
}
