/**
 * Who said it: finds the speaker, affiliation and reporting verb of a sentence.
 * Quotes before and after the speaker, "according to", "told reporters", the passive,
 * pronouns and descriptions resolved through the story's registry of people.
 */
import type { Attribution } from '../../../src/schema.ts';
import { findPeople, PeopleRegistry, type Person } from './people.ts';

export const VERBS = `said|says|say|stated|states|added|adds|noted|notes|told|tells|confirmed|confirms|denied|denies|announced|announces|
assessed|assesses|assess|warned|warns|emphasized|emphasised|stressed|clarified|continued|remarked|mentioned|pointed out|explained|
claimed|claims|insisted|revealed|reported|reports|wrote|argued|believes|estimated|estimates|suggested|acknowledged|admitted|
refused to confirm(?: or deny)?|declined to comment|rejected|dismissed|called|accused|indicated|indicates|characterized|emphasized|
predicted|expects|expected|urged|demanded|vowed|promised|according to`.replace(/\s+/g, '');

const PRONOUN = /^(?:he|she|they|him|her|them)$/i;
const QUOTE_CLOSE = `["”'’]`;
const TRAILING = new RegExp(String.raw`[,.?!…]${QUOTE_CLOSE}\s*,?\s*(?:(${VERBS})\s+)?([^"“”]{2,120}?)\s+(?:has\s+|had\s+)?(${VERBS})\b[^"“”]*$`, 'i');
const TRAILING_INVERTED = new RegExp(String.raw`[,.?!]${QUOTE_CLOSE}\s*(${VERBS})\s+([^"“”,.]{2,80})`, 'i');
const LEADING = new RegExp(String.raw`^(?:(?:Meanwhile|Additionally|Also|However|Earlier|Later|On \w+|In \w+)[^,]{0,30},\s*)?([^"“”]{2,160}?)\s+(?:has\s+|had\s+|also\s+|recently\s+|later\s+)?(${VERBS})\b`, 'i');
const ACCORDING = /\baccording to ([^,.;"“”]{2,120})/i;
const PASSIVE = new RegExp(String.raw`\b(?:was|were|has been|had been)\s+(revealed|announced|confirmed|reported|disclosed|stated)\s+by\s+([^,.;]{2,140})`, 'i');
const TOLD = /^([^"“”]{2,140}?)\s+told\s+(?:reporters|journalists|lawmakers|the \w+|[A-Z]\w+)/;

/** Collective or unnamed speakers: kept as written, lower-cased. */
const UNNAMED = /\b(?:sources?|informants?|officials?|analysts?|diplomats?|witnesses|residents|people familiar|insiders?)\b/i;

export interface Speech {
  attribution: Attribution;
  /** The person behind it, when one is named (for the registry). */
  person: Person | null;
}

function clean(phrase: string): string {
  return phrase.replace(/^(?:and|but|so|also|then)\s+/i, '').replace(/[’']s$/, '').trim();
}

/** Resolves a speaker phrase to a named person, an organisation, or "unnamed sources". */
export function resolveSpeaker(phrase: string, people: PeopleRegistry, lastSpeaker: Person | null): { speaker: string | null; affiliation: string | null; person: Person | null } {
  const text = clean(phrase);
  if (PRONOUN.test(text)) return lastSpeaker ? { speaker: lastSpeaker.name, affiliation: lastSpeaker.role, person: lastSpeaker } : { speaker: null, affiliation: null, person: null };
  const named = findPeople(text).at(-1);
  if (named) {
    const person = people.add(named);
    return { speaker: person.name, affiliation: person.role, person };
  }
  const single = /^(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?)$/.test(text) ? people.resolveName(text) : null;
  if (single) return { speaker: single.name, affiliation: single.role, person: single };
  if (/^(?:the|a|an)\s/i.test(text) || /\b(?:secretary|minister|official|head|chief|director|spokes\w+|adviser|advisor)\b/i.test(text)) {
    const described = people.resolveDescription(text);
    if (described && !/\bofficials\b/i.test(text)) return { speaker: described.name, affiliation: described.role, person: described };
  }
  if (UNNAMED.test(text) && !/^[A-Z][\w-]+ (?:sources|officials)/.test(text)) return { speaker: 'unnamed sources', affiliation: null, person: null };
  if (/^[A-Z]/.test(text) || /^the [A-Z]/.test(text)) return { speaker: text.replace(/^the\s+/i, ''), affiliation: null, person: null };
  return { speaker: null, affiliation: null, person: null };
}

/**
 * Attribution of one sentence. `lastSpeaker` carries reported speech across sentences:
 * a bare quote or "He added…" continues the previous speaker.
 */
export function attribute(sentence: string, people: PeopleRegistry, lastSpeaker: Person | null): Speech {
  for (const person of findPeople(sentence)) people.add(person);
  const tries: [RegExp, number, number][] = [
    [PASSIVE, 2, 1],
    [TRAILING_INVERTED, 2, 1],
    [TRAILING, 2, 3],
    [TOLD, 1, 0],
    [ACCORDING, 1, 0],
    [LEADING, 1, 2],
  ];
  for (const [pattern, speakerGroup, verbGroup] of tries) {
    const match = pattern.exec(sentence);
    if (!match) continue;
    const phrase = match[speakerGroup]!;
    if (phrase.split(/\s+/).length > 16) continue;
    const resolved = resolveSpeaker(phrase, people, lastSpeaker);
    if (!resolved.speaker) continue;
    const verb = verbGroup ? match[verbGroup]!.toLowerCase() : pattern === TOLD ? 'told' : 'according to';
    return { attribution: { speaker: resolved.speaker, affiliation: resolved.affiliation, verb }, person: resolved.person };
  }
  // A quote with no speaker of its own continues the previous speaker's remarks.
  if (lastSpeaker && /^["“'‘]/.test(sentence)) {
    return { attribution: { speaker: lastSpeaker.name, affiliation: lastSpeaker.role, verb: 'said' }, person: lastSpeaker };
  }
  return { attribution: { speaker: null, affiliation: null, verb: null }, person: null };
}
