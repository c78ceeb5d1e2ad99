/**
 * Sentences -> claim candidates: each part of a sentence that states a checkable fact,
 * with who said it. Attribution runs in two passes: explicit attribution sentence by
 * sentence, then what carries over (quotes left open across paragraphs, reported speech
 * that goes on, "This was revealed by X"); article-voice.ts runs both.
 */
import type { Attribution } from '../../../src/schema.ts';
import { findDate, findDates } from '../dates.ts';
import { UNKNOWN_OUTLET } from '../metadata.ts';
import { referenceDate } from '../publication-date.ts';
import type { Article, Candidate } from '../types.ts';
import { attributeArticle, type SpeechAt } from './article-voice.ts';
import { lendSubject, SHARED_SUBJECT, splitClauses } from './clauses.ts';
import { applyCorrection } from './corrections.ts';
import { findFigures } from './figures.ts';
import { isChrome, isClaimSentence, startsFooter } from './filter.ts';
import { findPeople, surname } from './names.ts';
import type { PeopleRegistry } from './people.ts';
import { maskQuotes } from './quotes.ts';
import { relativeFacts, type RelativeFact } from './relative-facts.ts';
import { contentOf, neutralStatement } from './statement.ts';
import { contentTokens } from './tokens.ts';

/** A candidate with what matching and grouping need beyond the shared shape. */
export interface ClaimCandidate extends Candidate {
  /** The statement's content without attribution words. */
  content: string;
  /** Position in the article, for ordering. */
  index: number;
  /** How the speaker was found: said in the sentence, carried over, or none. */
  attributedBy: 'explicit' | 'carried' | 'none';
  /** Tokens of what a vague denial ("denied the matter") refers to: the sentence before. */
  context: string[];
  /** Who said it, folded for comparison across articles (see speakerKey). */
  speakerKey?: string | null;
}

const DENIAL_VERB = /^(?:denied|denies|deny|(?:would|will|could) neither confirm nor deny|refused to confirm or deny|refused to confirm|declined to confirm|declined to confirm or deny|would not confirm|rejected|dismissed)$/i;
const DENIAL_WORDS = /\b(?:(?:are|is|was|were) (?:categorically |completely |entirely |simply |totally )?(?:false|untrue|baseless|unfounded)\b|denied|denies|deny|neither confirm nor deny|refused to confirm|declined to confirm|baseless|unfounded|rumou?rs?\b|fabricat\w+|not true|untrue|(?:simply |entirely )?(?:not accurate|inaccurate|incorrect)\b|\b(?:called|calls|calling|branded|brands|labelled|labeled)\b[^.;]{0,40}\b(?:false|untrue|baseless|unfounded|nonsense|inaccurate|wrong)\b|false (?:claims?|reports?|allegations?)|fake news|(?:rejected|rejects|dismissed|dismisses) (?:any |the |all |these |those |a |an )?(?:claims?|reports?|allegations?|suggestions?|accusations?)|rejected (?:any|the|all)|never (?:its|our|their) (?:workers|employees|staff))/i;

/** No one speaks: the article's own voice. */
const NO_ONE: Attribution = { speaker: null, affiliation: null, verb: null };

/** Named things in a text beyond its first word: capitalised runs. */
export function namedThings(text: string): string[] {
  const runs = text.slice(1).match(/\b[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*)*/g) ?? [];
  return [...new Set(runs.map((r) => r.replace(/[’']s$/, '')).filter((r) => r.length > 1 && !/^(?:I|We|He|She|They|It|This|That|But|And|The|If|In|On|As|After|Also|According)$/.test(r)))];
}

/**
 * A speaker folded so that two articles naming one source agree: a person by surname, an
 * organisation by its lower-case name without "the"; unnamed sources and no speaker give null.
 * @example speakerKey({ speaker: 'Lloyd J. Austin', affiliation: null, verb: 'said' }, person) // 'austin'
 */
export function speakerKey(attribution: Attribution, person: { name: string } | null): string | null {
  const speaker = attribution.speaker;
  if (!speaker || speaker === 'unnamed sources') return null;
  if (person) return surname(person.name).toLowerCase().replace(/[’']s$/, '');
  return speaker.toLowerCase().replace(/^the\s+/, '').replace(/[’']s$/, '').trim() || null;
}

/** The days an event happened on, as tokens: "Friday" and "14 March" in two articles become one token. */
function dateTokens(text: string, published: string | null): string[] {
  return findDates(text, published)
    .filter((d) => d.kind === 'event' && (!d.end || d.end === d.start) && /^\d{4}-\d\d-\d\d$/.test(d.start))
    .map((d) => `date:${d.start}`);
}

/**
 * A sentence-initial "According to X, <clause>" whose span ran on into the clause (an appositive
 * never closed by a second comma) ends at the first comma: the clause is what X said.
 * @example attributionSpan('According to the mayor, the bridge is closed.', [0, 33]) // [0, 22]
 */
export function attributionSpan(text: string, span: [number, number] | null): [number, number] | null {
  if (!span || !/^according to\s/i.test(text.slice(span[0]))) return span;
  const comma = text.indexOf(',', span[0]);
  if (comma < 0 || comma >= span[1] || /^\s*,/.test(text.slice(span[1]))) return span;
  return [span[0], comma];
}

/** Is the part a denial? By its reporting verb or its words. */
function isDenial(partText: string, attribution: Attribution, inSpan: boolean): boolean {
  if (inSpan && attribution.verb && DENIAL_VERB.test(attribution.verb)) return true;
  return DENIAL_WORDS.test(partText);
}

/**
 * "He received 30 months": the statement names him when the sentence before names one person and no one else
 * ("Co-founder Jonas De Smet was convicted of fraud.").
 * @example subjectNamed('He received 30 months.', 'Jonas De Smet was convicted.', people) // 'Jonas De Smet received 30 months.'
 */
export function subjectNamed(statement: string, before: string, people: PeopleRegistry): string {
  const pronoun = /^(?:He|She)\s+(?=[a-z])/.exec(statement);
  if (!pronoun) return statement;
  const named = [...new Set(findPeople(maskQuotes(before)).filter((p) => !people.isOrg(p.name)).map((p) => p.name))];
  return named.length === 1 ? `${named[0]} ${statement.slice(pronoun[0].length)}` : statement;
}

/** What a candidate is made of beyond its sentence: its words, whose they are, and what it states. */
interface CandidateParts {
  quote: string;
  statement: string;
  content: string;
  attribution: Attribution;
  denial: boolean;
  /** The quote as the speaker meant it (a corrected slip applied): figures and dates are read from it. */
  meant: string;
  date: ClaimCandidate['date'];
  context: string[];
  by: ClaimCandidate['attributedBy'];
  key: string | null;
}

/** A cut part quoted from its fact: "and was renovated in 2018" -> "was renovated in 2018", still verbatim. */
const partQuote = (text: string): string => {
  const rest = text.replace(/^,?\s*(?:and|but|after)\s+/, '');
  return rest.split(/\s+/).length >= 3 ? rest : text;
};

/** A candidate of one sentence: figures, names and tokens read from its parts. */
function candidateOf(article: Article, sentence: Article['sentences'][number], published: string | null, p: CandidateParts): ClaimCandidate {
  return {
    source: article.id,
    anchor: sentence.anchor,
    quote: p.quote,
    statement: p.statement,
    content: p.content,
    attribution: p.attribution,
    denial: p.denial,
    figures: findFigures(p.meant),
    date: p.date,
    entities: namedThings(p.content),
    tokens: [...contentTokens(p.content), ...dateTokens(p.meant, published)],
    context: p.context,
    index: sentence.index,
    attributedBy: p.by,
    speakerKey: p.key,
  };
}

/**
 * Is a background fact said of the speaker ("The club, which organizes the race, denied …")? Then it is the article's;
 * said inside what the speaker says, it stays theirs.
 */
function describesSpeaker(fact: RelativeFact, speech: SpeechAt): boolean {
  const named = fact.quote.split(/,\s+which\s/)[0]!;
  const who = speech.person ? surname(speech.person.name) : speech.attribution.speaker;
  return (!!speech.span && speech.span[0] <= fact.end && speech.span[1] >= fact.start) || (!!who && named.includes(who));
}

/** One article's candidates, in sentence order; `people` is shared across the story. */
export function extractCandidates(article: Article, people: PeopleRegistry, published: string | null = referenceDate(article.metadata.published, [...article.dropped.map((d) => d.text), ...article.sentences.slice(0, 3).map((s) => s.text)])): ClaimCandidate[] {
  const candidates: ClaimCandidate[] = [];
  const sentences = article.sentences;
  // A footer ("About X" heading, even one the cleaner dropped) ends the article; chrome ends its paragraph.
  const footerLine = Math.min(...article.dropped.filter((d) => startsFooter(d.text)).map((d) => d.line));
  const footer = sentences.findIndex((s) => startsFooter(s.text) || s.line > footerLine);
  const live = (footer >= 0 ? sentences.slice(0, footer) : sentences).filter((s, i, all) => !all.slice(0, i).some((p) => p.paragraph === s.paragraph && isChrome(p.text)));
  const about = [...(footer >= 0 ? [sentences[footer]!.text] : []), ...article.dropped.map((d) => d.text)].find((t) => /^About\s+\p{Lu}/u.test(t.trim()) && startsFooter(t)) ?? null;
  const outlet = article.metadata.outlet === UNKNOWN_OUTLET ? null : article.metadata.outlet;
  const speeches = attributeArticle(live, people, { about, outlet, labels: article.dropped.map((d) => d.text), author: article.metadata.author });
  live.forEach((sentence, i) => {
    const speech = speeches[i]!;
    if (speech.refersBack || !isClaimSentence(sentence.text, sentence.point)) return;
    const masked = maskQuotes(sentence.text);
    const said = speech.by === 'explicit' ? attributionSpan(sentence.text, speech.span) : null;
    // "The bridge opened in 1979 and was renovated in 2018": the second part takes the first part's subject.
    const speaker = speech.attribution.speaker && speech.attribution.speaker !== 'unnamed sources' ? { name: speech.person?.name ?? speech.attribution.speaker, person: !!speech.person } : null;
    const { parts, leads } = lendSubject(splitClauses(sentence.text), sentence.text, said, speaker);
    // "X resigned on Wednesday, …, but she denied any wrongdoing": the denying verb makes only its own part a denial.
    const verbAt = speech.span ? speech.span[1] - 1 : -1;
    const verbElsewhere = (part: { start: number; end: number }): boolean => parts.length > 1 && verbAt >= 0 && (verbAt < part.start || verbAt >= part.end);
    for (const [k, part] of parts.entries()) {
      const span = said;
      const inSpan = !!span && span[0] < part.end && span[1] > part.start;
      const lead = leads[k];
      const content = lead ? `${lead} ${contentOf(part, span)}` : contentOf(part, span);
      // "We have 14 boats. Sorry, 16", "on Tuesday. Sorry, not Tuesday, on Wednesday": figures and dates as the speaker meant them.
      const meant = part.correction ? applyCorrection(part.text) : part.text;
      const words = content.split(/\s+/).filter((w) => /\w/.test(w));
      // "X resigned …, but she denied any wrongdoing": what comes before ", but she denied" is the reporter's, not her speech.
      const inPhrase = !!speech.span && verbElsewhere(part) && part.end <= speech.span[0] + 1 && /^[,\s]*but\s/i.test(sentence.text.slice(speech.span[0]));
      const attribution = inPhrase ? { speaker: null, affiliation: null, verb: null } : speech.attribution;
      const denial = isDenial(part.text, attribution, !verbElsewhere(part) && (inSpan || !maskQuotes(part.text).includes('_')));
      // "The government calls this "baseless"": short, but a denial is a claim.
      if (words.length < 3 && !/\d/.test(content) && !denial) continue;
      const previous = candidates.at(-1);
      // A vague denial ("denied the matter") is about what the sentence before said.
      const about = denial && previous && /\b(?:the matter|this|these reports?|the reports?|the claims?|the accusations?|the allegations?|it|that)\b/i.test(content) ? ` ${previous.content}` : '';
      candidates.push(candidateOf(article, sentence, published, {
        quote: k > 0 ? partQuote(part.text) : part.text,
        statement: subjectNamed(neutralStatement(lead ? `${lead} ${part.text.replace(SHARED_SUBJECT, '')}` : k > 0 ? part.text.replace(/^after\s+/, '') : part.text, part.correction, inSpan, attribution), live[i - 1]?.text ?? '', people),
        content,
        attribution,
        denial,
        meant,
        date: findDate(meant, published) ?? (masked === sentence.text ? null : findDate(sentence.text, published)),
        context: about ? contentTokens(about) : [],
        by: speech.by,
        key: speakerKey(attribution, speech.person),
      }));
    }
    // "The club, which organizes the race, denied …": the background told in passing.
    for (const fact of relativeFacts(sentence.text)) {
      if (masked.slice(fact.start, fact.end) !== fact.quote || parts.some((p) => p.text === fact.quote)) continue;
      const ofSpeaker = describesSpeaker(fact, speech);
      const attribution = ofSpeaker ? NO_ONE : speech.attribution;
      candidates.push(candidateOf(article, sentence, published, {
        quote: fact.quote,
        statement: fact.statement,
        content: fact.statement.replace(/\.$/, ''),
        attribution,
        denial: false,
        meant: fact.quote,
        date: findDate(fact.quote, published),
        context: [],
        by: ofSpeaker ? 'none' : speech.by,
        key: ofSpeaker ? null : speakerKey(attribution, speech.person),
      }));
    }
  });
  return candidates;
}
