/**
 * Canonical statements: a part of a sentence -> a neutral, self-contained sentence, made
 * with the smallest edit of the outlet's words so it stays grammatical; `contentOf` gives
 * the part's words without attribution, for matching.
 */
import type { Attribution } from '../../../src/schema.ts';
import type { Part } from './clauses.ts';
import { applyCorrection } from './corrections.ts';
import { escapeRegExp } from './escape-regexp.ts';
import { maskQuotes } from './quotes.ts';
import { startsWithProperNoun } from './tokens.ts';

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Labels a live page puts before an entry: "UPDATE, Sunday 10:15 a.m.:", "BREAKING:" … and "Verdict:", "What we know so far:". */
const LIVE_LABEL = 'UPDATE|UPDATED|BREAKING|LATEST|CORRECTION';
const ENTRY_LABEL = 'What we know(?: so far)?|Verdict|Reaction|Background|Context|Analysis|Timeline';

/**
 * The content of a part without its attribution words and quote marks.
 * @example content('"The bridge is closed," she said.', [29, 38]) // 'The bridge is closed'
 */
export function contentOf(part: Part, sentenceSpan: [number, number] | null): string {
  let text = part.text;
  if (sentenceSpan) {
    const a = Math.max(sentenceSpan[0], part.start) - part.start;
    const b = Math.min(sentenceSpan[1], part.end) - part.start;
    if (b > a) text = `${text.slice(0, a)} ${text.slice(b)}`;
  }
  if (part.correction) text = applyCorrection(text);
  return text
    .replace(/["“”‘’]|(?<![A-Za-z])'|'(?![A-Za-z])/g, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:—–-]+/, '')
    // A live page's label ("UPDATE,", "BREAKING:") is no part of the fact.
    .replace(new RegExp(String.raw`^(?:${LIVE_LABEL})\b[\s,;:—–-]*|^(?:${ENTRY_LABEL}):\s*`, 'i'), '')
    .replace(/^(?:that|and|but)\s+/i, '')
    .replace(/[\s,;:—–-]+$/, '')
    .replace(/^[,\s]+|[,\s]+$/g, '')
    .trim();
}

/** A live page's label before what happened: "UPDATE, Sunday 10:15 a.m.:", "BREAKING:", "Verdict:". */
const LABEL = new RegExp(String.raw`^(?:(?:${LIVE_LABEL})\b(?:[^:]|:(?=\d)){0,40}|${ENTRY_LABEL}):\s+(?=\S)`, 'i');

/** Discourse markers that tie a sentence to the one before; a stand-alone statement drops them. */
/** A part cut at ", two days after …" opens with its time; the fact is what follows. */
const TIME_AFTER = /^(?:(?:\d+|a|an|one|two|three|four|five|six|several|a\s+few|few)\s+(?:days?|hours?|weeks?|months?)\s+|shortly\s+|just\s+|only\s+|hours\s+|days\s+|weeks\s+)after\s+/i;
const CONNECTIVE = /^(?:Meanwhile|Additionally|However|Also|Moreover|Furthermore|In addition|On the other hand|Separately|Still|Nevertheless|Instead|Similarly|Likewise|Indeed|So far|But|And|Then|Now)\s*,?\s+(?=\S)/i;

/** A description that stands for the speaker: "the American official", "the secretary"; never "the crew's head count" (a possessive, a compound). */
const DESCRIPTION = /\b[Tt]he\s+(?:(?![\w.-]+[’']s\b)[\w.’'-]+\s+){0,4}?(?:official|secretary|minister|spokes(?:man|woman|person)|head|chief|director|adviser|advisor|coordinator|president|commander|mayor|governor|ambassador|envoy|general)\b(?!\s+(?:count|office|quarters|teacher|start|of state\b)|-)/;

/** Replaces the first match of `re` in the reporter's own words (never inside a quotation). */
function replaceOutsideQuotes(text: string, re: RegExp, replace: (match: RegExpExecArray) => string): string | null {
  const masked = maskQuotes(text);
  const match = re.exec(masked);
  if (!match) return null;
  return text.slice(0, match.index) + replace(match) + text.slice(match.index + match[0].length);
}

/** Replaces the speaker's pronoun, bare surname or description with their full name. */
export function nameSpeaker(text: string, name: string): string {
  const surname = name.split(/\s+/).at(-1)!;
  if (maskQuotes(text).includes(name)) return text;
  return (
    replaceOutsideQuotes(text, /\b[Ii]n (?:his|her) (opinion|view|words)\b/, (m) => `In ${name}’s ${m[1]}`) ??
    replaceOutsideQuotes(text, /\b([Aa]ccording to) (?:him|her)\b/, (m) => `${m[1]} ${name}`) ??
    replaceOutsideQuotes(text, new RegExp(String.raw`(?<!\b[A-Z][\w.-]*\s)\b${escapeRegExp(surname)}\b`), () => name) ??
    replaceOutsideQuotes(text, /(^|["”’']\s*,?\s*|,\s+)(?:he|she)\b/i, (m) => `${m[1]}${name}`) ??
    replaceOutsideQuotes(text, DESCRIPTION, () => name) ??
    text
  );
}

/** First-person words outside quotation marks: the part is the speaker's own words, unquoted by the split. */
const FIRST_PERSON = /\b(?:I|we|We|our|Our|us|my|My)\b/;

/** Closes quotes a part opened but did not close, and opens quotes it closes without opening. */
export function balanceQuotes(text: string): string {
  const close = (mark: string) => text.replace(/[,;:]?\s*([.!?…]?)\s*$/, (_m, stop: string) => `${stop || '.'}${mark}`);
  const opens = (text.match(/“/g)?.length ?? 0) - (text.match(/”/g)?.length ?? 0);
  if (opens > 0) return close('”');
  if (opens < 0) return `“${text}`;
  if ((text.match(/"/g)?.length ?? 0) % 2 === 1) {
    const last = text.lastIndexOf('"');
    const opening = last === 0 || /[\s(]/.test(text[last - 1]!) || /\w/.test(text[last + 1] ?? '');
    return opening ? close('"') : `"${text}`;
  }
  const singleOpen = text.match(/(?:^|[\s(])(['‘])(?=\w)/);
  const singles = (text.match(/(?:^|[\s(])['‘](?=\w)/g)?.length ?? 0) - (text.match(/[\w.,!?]['’](?=[\s,.;:!?)]|$)/g)?.length ?? 0);
  if (singles > 0) return close(singleOpen?.[1] === '‘' ? '’' : "'");
  return text;
}

/** Ends the statement like a sentence: "…,”" -> "….”", adds a full stop. */
function endSentence(text: string): string {
  // A part cut at a semicolon or colon ends there: "…480,000 euros;" -> "…480,000 euros."
  const t = text.trim().replace(/[,;:](["”’']?)$/, '.$1').replace(/\s+([,.;:!?])/g, '$1');
  return /[.!?…]["”’']?$/.test(t) ? t : `${t}.`;
}

/**
 * A neutral, self-contained sentence for a claim, made with the smallest edit of the words
 * the outlet printed: connectives dropped, corrected slips applied, the speaker named where a
 * pronoun or description stood, and a quotation that lost its attribution given one.
 * @example neutralStatement('"The bridge is closed," he said.', true, { speaker: 'Ana Lima', affiliation: null, verb: 'said' })
 * // '"The bridge is closed," Ana Lima said.'
 */
export function neutralStatement(partText: string, correction: Part['correction'], hasAttribution: boolean, attribution: Attribution): string {
  // "UPDATE, Sunday 10:15 a.m.: The sheriff's office says …": a live page's label is no part of the statement.
  let text = (correction ? applyCorrection(partText) : partText).replace(/\s+/g, ' ').trim().replace(LABEL, '');
  // "…, but that the work was pushed back": the clause after the connective is what was said.
  const joined = text.replace(CONNECTIVE, '').replace(TIME_AFTER, '');
  text = joined !== text ? joined.replace(/^that\s+(?=\S)/i, '') : joined;
  text = capitalise(balanceQuotes(text));
  const speaker = attribution.speaker && attribution.speaker !== 'unnamed sources' ? attribution.speaker : null;
  if (!speaker) return endSentence(text);
  if (hasAttribution) return endSentence(nameSpeaker(text, speaker));
  // A part without its own attribution: a quotation continued from the speaker's earlier words,
  // or a clause split from a sentence whose attribution lies in another part.
  const named = nameSpeaker(text, speaker);
  if (named !== text) return endSentence(named);
  if (/^["“‘']/.test(text)) return `${speaker} said: ${endSentence(text)}`;
  if (FIRST_PERSON.test(maskQuotes(text))) return `${speaker} said: “${endSentence(text)}”`;
  const surname = speaker.split(/\s+/).at(-1)!;
  if (text.includes(surname)) return endSentence(text);
  // "Corwen also rejects claims…" already names Corwen Pharmaceuticals.
  const head = speaker.split(/\s+/)[0]!;
  if (head.length >= 4 && /^\p{Lu}/u.test(head) && new RegExp(String.raw`\b${head.replace(/[^\p{L}\p{N}]/gu, '')}\b`, 'u').test(text)) return endSentence(text);
  // A sentence with its own reporting clause ("The United States says that …") stands as written.
  if (/\b(?:says|said|say|stated|states|reported|reports|told|announced|confirmed)\b/.test(maskQuotes(text))) return endSentence(text);
  const lower = startsWithProperNoun(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
  return endSentence(`According to ${speaker}, ${lower}`);
}
