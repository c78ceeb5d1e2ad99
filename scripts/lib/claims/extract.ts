/** Sentences -> claim candidates: each sentence that states a checkable fact, with who said it. */
import type { Article, Candidate, Sentence } from '../types.ts';
import { findDate } from '../dates.ts';
import { attribute } from './attribute.ts';
import { findFigures } from './figures.ts';
import { findPeople, PeopleRegistry, type Person } from './people.ts';
import { contentTokens } from './tokens.ts';

const DENIAL = /\b(?:denied|denies|deny|refused to confirm|declined to confirm|rejected|dismissed|baseless|unfounded|fake news|not true|false claims?|no evidence)\b/i;
const REPORTING = /\b(?:said|says|stated|confirmed|announced|assessed|reported|told|according to|revealed|denied|warned|noted)\b/i;

/** Named things in a sentence beyond its first word: capitalised runs. */
export function namedThings(text: string): string[] {
  const runs = text.slice(1).match(/\b[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*)*/g) ?? [];
  return [...new Set(runs.map((r) => r.replace(/[’']s$/, '')).filter((r) => r.length > 1 && !/^(?:I|We|He|She|They|It|This|That|But|And|The|If|In|On|As|After|Also)$/.test(r)))];
}

/** Does the sentence state something a reader could check? */
export function isCheckable(sentence: Sentence): boolean {
  const text = sentence.text;
  const words = text.split(/\s+/).length;
  if (words < 6) return false;
  if (/\?["”'’]?$/.test(text) && !REPORTING.test(text)) return false;
  return /\d/.test(text) || namedThings(text).length > 0 || REPORTING.test(text);
}

/** Replaces a leading pronoun subject with the speaker's name, so the statement stands alone. */
function standalone(text: string, speaker: Person | null): string {
  if (!speaker) return text;
  return text.replace(/^(He|She)\b/, speaker.name).replace(/^According to (?:him|her),\s*/, `According to ${speaker.name}, `);
}

/** One article's candidates, in sentence order; `people` is shared across the story. */
export function extractCandidates(article: Article, people: PeopleRegistry): Candidate[] {
  const candidates: Candidate[] = [];
  let lastSpeaker: Person | null = null;
  let previous: Sentence | null = null;
  for (const sentence of article.sentences) {
    const speech = attribute(sentence.text, people, lastSpeaker);
    if (speech.person) lastSpeaker = speech.person;
    else {
      const named = findPeople(sentence.text).at(-1);
      if (named) lastSpeaker = people.add(named);
    }
    if (isCheckable(sentence)) {
      const denial = DENIAL.test(sentence.text);
      // A vague denial ("denied the matter") is about what the previous sentence said.
      const about = denial && previous && /\b(?:the matter|this|the reports?|the claims?|the accusations?|the allegations?|it)\b/i.test(sentence.text) ? ` ${previous.text}` : '';
      candidates.push({
        source: article.id,
        anchor: sentence.anchor,
        quote: sentence.text,
        statement: standalone(sentence.text, speech.person),
        attribution: speech.attribution,
        denial,
        figures: findFigures(sentence.text),
        date: findDate(sentence.text, article.metadata.published),
        entities: namedThings(sentence.text),
        tokens: contentTokens(sentence.text + about),
      });
    }
    previous = sentence;
  }
  return candidates;
}
