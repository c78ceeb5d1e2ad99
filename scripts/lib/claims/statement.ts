/**
 * Canonical statements: a part of a sentence -> a neutral, self-contained sentence.
 * Drops the attribution words (they move into "According to X, …"), quote marks and
 * corrected slips; resolves "he"/"she"/"we" to the named speaker or their organisation.
 */
import type { Attribution } from '../../../src/schema.ts';
import type { Part } from './clauses.ts';

/** Organisation named in an affiliation: "coordinator … at the White House" -> "the White House". */
export function organisationOf(affiliation: string | null): string | null {
  if (!affiliation) return null;
  const at = /\b(?:at|of|for|with|from)\s+((?:the\s+)?[A-Z][\w.’'-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w.’'-]*)*)\s*$/.exec(affiliation);
  if (at) return at[1]!;
  const caps = /^((?:[A-Z][\w.’'-]*\s+)*[A-Z][\w.’'-]*)\s+(?:spokes\w+|representative|official|team)$/.exec(affiliation);
  return caps ? caps[1]! : null;
}

/** Removes the correction phrase and applies it: "from Kisumu. Sorry, not Kisumu but Eldoret" -> "from Eldoret". */
export function applyCorrection(text: string, correction: Part['correction']): string {
  if (!correction) return text;
  const m = /\b(?:excuse me|sorry|pardon me|i mean|correction|rather)\b/i.exec(text);
  if (!m) return text;
  const sentenceStart = Math.max(0, text.slice(0, m.index).search(/[.!?…]["”’']?\s+(?:["“‘']?\w+\W*){0,5}$/));
  const cutFrom = sentenceStart > 0 ? sentenceStart + 1 : m.index;
  const rest = text.slice(m.index);
  const end = new RegExp(String.raw`\bbut\s+(?:in\s+|to\s+|from\s+)?${correction.right.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\W*`, 'i').exec(rest);
  const after = end ? rest.slice(end.index + end[0].length) : '';
  const kept = `${text.slice(0, cutFrom)} ${after}`;
  return kept.replace(new RegExp(`\\b${correction.wrong.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g'), correction.right);
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

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
  text = applyCorrection(text, part.correction);
  return text
    .replace(/["“”‘’]|(?<![A-Za-z])'|'(?![A-Za-z])/g, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:—–-]+/, '')
    .replace(/^(?:that|and|but)\s+/i, '')
    .replace(/[\s,;:—–-]+$/, '')
    .replace(/^[,\s]+|[,\s]+$/g, '')
    .trim();
}

/**
 * A neutral sentence for the claim: the content, first-person and pronoun subjects resolved,
 * prefixed with its source.
 * @example statementOf('we have closed the bridge', { speaker: 'Ana Lima', affiliation: 'mayor of Porto', verb: 'said' })
 * // 'According to Ana Lima, Porto have closed the bridge.'
 */
export function statementOf(content: string, attribution: Attribution): string {
  let text = content.replace(/[.!…]+$/, '').trim();
  const speaker = attribution.speaker && attribution.speaker !== 'unnamed sources' ? attribution.speaker : null;
  const org = organisationOf(attribution.affiliation);
  if (speaker) {
    text = text
      .replace(/^(?:he|she)\b/i, speaker)
      .replace(/^(?:according to|in) (?:him|her|his opinion|her opinion),?\s*/i, '')
      .replace(/^we (?:assess|believe|think|know|understand) that\s+/i, '')
      .replace(/^I\b/, speaker);
    if (org) text = text.replace(/^we\b/i, org).replace(/^our\b/i, `${org}’s`);
  }
  if (!text) return '';
  // "confirmed the presence of …": the speaker is the subject.
  if (/^[a-z]+(?:ed|s)\b/.test(text) && attribution.speaker) return `${capitalise(speaker ?? attribution.speaker)} ${text}.`;
  text = capitalise(text);
  const surname = speaker?.split(/\s+/).at(-1);
  const source = speaker ?? (attribution.speaker === 'unnamed sources' ? (attribution.affiliation ?? 'unnamed sources') : null);
  if (source && !(surname && text.includes(surname)) && !text.toLowerCase().includes(source.toLowerCase())) {
    return `According to ${source}, ${text.charAt(0).toLowerCase() === text.charAt(0) || /^[A-Z][a-z]+\s/.test(text) && !/^(?:I|[A-Z][a-z]+[A-Z])/.test(text) && isCommonWord(text.split(/\s/)[0]!) ? text.charAt(0).toLowerCase() + text.slice(1) : text}.`;
  }
  return `${text}.`;
}

/** Sentence-initial words that are not names, so they can be lower-cased after "According to X,". */
function isCommonWord(word: string): boolean {
  return /^(?:The|A|An|This|That|These|Those|It|They|We|There|Some|All|Many|Most|Several|Two|Three|After|Before|If|In|On|At|By|As|For|Its|Their|Our|Such|Any|No|One|Every|Each|Both|Between|Since|During|Rescuers|Police|Officials)$/.test(word);
}
