/**
 * Sentences -> claim candidates: each part of a sentence that states a checkable fact,
 * with who said it. Attribution runs in two passes: explicit attribution sentence by
 * sentence, then what carries over (quotes left open across paragraphs, reported speech
 * that goes on, "This was revealed by X").
 */
import type { Attribution } from '../../../src/schema.ts';
import { findDate, findDates } from '../dates.ts';
import { UNKNOWN_OUTLET } from '../metadata.ts';
import { referenceDate } from '../publication-date.ts';
import type { Article, Candidate, Sentence } from '../types.ts';
import { attribute, newContext, remember, type Speech } from './attribute.ts';
import { splitClauses } from './clauses.ts';
import { applyCorrection } from './corrections.ts';
import { findFigures } from './figures.ts';
import { isChrome, isClaimSentence, startsFooter } from './filter.ts';
import { findPeople, surname, type Person } from './names.ts';
import type { PeopleRegistry } from './people.ts';
import { endsOpen, maskQuotes, startsWithQuote } from './quotes.ts';
import { peopleIn, personAttribution, type SpeechContext } from './speaker.ts';
import { contentOf, neutralStatement } from './statement.ts';
import { contentTokens, startsWithProperNoun } from './tokens.ts';

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

interface SpeechAt extends Speech {
  by: ClaimCandidate['attributedBy'];
}

/** "X did not immediately respond to a request for comment": the reporter's note, never the last speaker's words. */
const REPORTER_NOTE = /\b(?:did not|didn[’']t|has not|have not|had not|could not be|was not|were not)\s+(?:immediately\s+)?(?:respond|reply|return|reached|available)\b/i;

/** The person a sentence opens with, as its subject ("Opheim, who has fished …, was on the quay"), if the story knows them. */
function subjectPerson(text: string, ctx: SpeechContext): Person | null {
  const masked = maskQuotes(text);
  const first = peopleIn(masked, ctx)[0];
  if (first && /^(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?$/.test(masked.slice(0, first.index).trim())) return ctx.people.add(first);
  const surnameFirst = /^(\p{Lu}[\p{L}’'-]+)(?=,|\s+(?:was|is|had|has)\b)/u.exec(masked.trim())?.[1];
  return surnameFirst ? ctx.people.resolveName(surnameFirst) : null;
}

/** Reported speech shifts its tense back: "had ordered", "would be allowed". */
const BACKSHIFTED = /\b(?:had|would|could)\s+(?:been\s+|be\s+)?[a-z]+(?:ed|en)\b/;

/** Pass 1 and 2: the attribution of every sentence of an article. */
export function attributeArticle(sentences: readonly Sentence[], people: PeopleRegistry, publisher: Publisher = {}): SpeechAt[] {
  const ctx = newContext(people);
  people.startArticle();
  const out: SpeechAt[] = sentences.map((s, i) => {
    let speech = attribute(s.text, ctx);
    // "Annelies Wyffels, spokeswoman for the collective, has just read a statement:" then a quotation: her words.
    const before = sentences[i - 1]?.text ?? '';
    const introduced = !speech.attribution.speaker && startsWithQuote(s.text) && /:\s*$/.test(before) ? peopleIn(maskQuotes(before), ctx)[0] : undefined;
    if (introduced) {
      const { attribution, person } = personAttribution(ctx.people.add(introduced), ctx);
      speech = { ...speech, attribution: { ...attribution, verb: 'said' }, person };
    }
    remember(ctx, s.text, speech);
    return { ...speech, by: speech.attribution.speaker && !speech.subject ? 'explicit' : speech.subject ? 'carried' : 'none' };
  });
  // A quotation left open at the end of a paragraph goes on in the next one; its speaker is named where it closes.
  for (let i = out.length - 2; i >= 0; i--) {
    const s = sentences[i]!;
    const next = sentences[i + 1]!;
    if (out[i]!.by === 'none' && startsWithQuote(s.text) && endsOpen(s.text) && startsWithQuote(next.text) && out[i + 1]!.attribution.speaker) {
      out[i] = { ...out[i]!, attribution: out[i + 1]!.attribution, person: out[i + 1]!.person, by: 'carried' };
    }
  }
  for (let i = 1; i < out.length; i++) {
    const here = out[i]!;
    const prev = out[i - 1]!;
    // "Opheim, who has fished here for forty years, was on the quay. ¶ "I stood on this same quay …": a quotation that opens
    // the paragraph after one about a person, and names nobody, is theirs.
    const subject = here.by === 'none' && prev.by === 'none' && startsWithQuote(sentences[i]!.text) && sentences[i]!.paragraph !== sentences[i - 1]!.paragraph ? subjectPerson(sentences[i - 1]!.text, ctx) : null;
    if (subject) {
      out[i] = { ...here, ...personAttribution(subject, ctx), by: 'carried' };
      out[i] = { ...out[i]!, attribution: { ...out[i]!.attribution, verb: 'said' } };
      continue;
    }
    // "This was revealed by X": X is the source of the sentence before.
    if (here.refersBack && prev.by !== 'explicit' || here.refersBack && prev.attribution.speaker && !prev.person) {
      out[i - 1] = { ...prev, attribution: here.attribution, person: here.person, by: 'carried' };
      continue;
    }
    // "Hestnes, who heads the directorate's section, said … The directorate had ordered fishing for 14 days.": in his paragraph,
    // his body's act told in reported tense is his account.
    const bodyOfPrev = prev.person && prev.by === 'explicit' ? prev.attribution.affiliation ?? '' : '';
    if (here.subject && !here.person && here.attribution.speaker && bodyOfPrev.includes(here.attribution.speaker) && sentences[i]!.paragraph === sentences[i - 1]!.paragraph && BACKSHIFTED.test(sentences[i]!.text)) {
      out[i] = { ...here, attribution: { ...prev.attribution }, person: prev.person, by: 'carried', subject: false };
      continue;
    }
    // "The MHRA has just updated its figures. It now has 14 reports …": "it" goes on about the body that acted.
    const itGoesOn = prev.subject && !prev.person && /^(?:It|They)\s+(?:now\s+|also\s+|still\s+)?(?:has|have|had|says|said|counts|lists|records|puts|reports)\b/.test(sentences[i]!.text);
    if (here.by !== 'none' || !prev.attribution.speaker || prev.subject && !itGoesOn || firstPerson(sentences[i]!.text) || weVoice(sentences[i]!.text) || REPORTER_NOTE.test(sentences[i]!.text)) continue;
    // "The man who died was identified as X": naming the dead is the act of the body that spoke just before, even a paragraph on.
    const identified = /\b(?:was|were|has been|have been)\s+(?:identified|named)\s+as\b/.test(sentences[i]!.text) && !prev.person;
    const samePara = sentences[i]!.paragraph === sentences[i - 1]!.paragraph || identified || itGoesOn || /^(?:It|This|That|They|These|Such|He|She)\s+(?:would|could|will|might|may|also|is|was|are|were)\b/.test(sentences[i]!.text);
    // A paragraph that opens with a quotation right after someone was named speaking goes on with their words.
    const quoteGoesOn = startsWithQuote(sentences[i]!.text) && (samePara || endsOpen(sentences[i - 1]!.text) || prev.by === 'explicit');
    // Reported speech carries on within its paragraph; a bare quote continues the last speaker.
    if (samePara || quoteGoesOn) out[i] = { ...here, attribution: { ...prev.attribution }, person: prev.person, by: 'carried' };
  }
  // Sentences between two that one speaker said, across a paragraph break ("…, Kranjc told a news conference. ¶ One has a
  // broken wrist. Both are stable, Kranjc said."), are that speaker's too.
  for (let i = 1; i < out.length; i++) {
    if (out[i]!.by !== 'none' || out[i - 1]!.by === 'none' || !out[i - 1]!.attribution.speaker) continue;
    const next = out.findIndex((s, k) => k > i && sentences[k]!.paragraph === sentences[i]!.paragraph && s.by !== 'none');
    if (next < 0 || out[next]!.by !== 'explicit' || out[next]!.attribution.speaker !== out[i - 1]!.attribution.speaker) continue;
    // A sentence about a named subject ("North Korea is one of Russia's few allies") is the reporter's background.
    if (sentences.slice(i, next).some((x, k) => out[i + k]!.by === 'none' && startsWithProperNoun(x.text))) continue;
    for (let k = i; k < next; k++) if (out[k]!.by === 'none') out[k] = { ...out[k]!, attribution: { ...out[next]!.attribution }, person: out[next]!.person, by: 'carried' };
  }
  // A press release speaks for its issuer; a first-person account ("I looked up at the sign") is its author's testimony;
  // "we" in an organisation's own post is the organisation.
  const voice = issuerOf(sentences, publisher);
  const witness = !voice?.release && publisher.author && testimony(sentences) ? publisher.author : null;
  if (witness) {
    out.forEach((speech, i) => {
      if (speech.by === 'none') out[i] = { ...speech, attribution: { speaker: witness, affiliation: 'author', verb: 'wrote' }, person: null, by: 'carried' };
    });
  } else if (voice) {
    const issuer = issuerSpeech(voice.name, ctx);
    out.forEach((speech, i) => {
      if (speech.by === 'none' && (weVoice(sentences[i]!.text) || voice.release)) out[i] = { ...speech, ...issuer, by: 'carried' };
    });
  }
  return out;
}

/** A release issued by a minister ("Hon Rachel Ferrier MP") is the person the story names; else the issuing body speaks. */
function issuerSpeech(name: string, ctx: SpeechContext): Pick<SpeechAt, 'attribution' | 'person'> {
  const bare = name.replace(/^(?:The\s+)?(?:Rt\.?\s+)?(?:Hon\.?|Honourable|Honorable)\s+/, '').replace(/\s+(?:MP|MLA|MSP|MEP|MHA|MLC|MS|TD)$/, '');
  const known = bare !== name ? ctx.people.resolveName(bare) : null;
  if (known) return { attribution: { ...personAttribution(known, ctx).attribution, verb: 'stated' }, person: known };
  // "KRA" above its release is the Kenya Revenue Authority the story names.
  const body = /^[A-Z]{2,6}$/.test(name) ? ctx.people.canonicalOrg(name) : ctx.people.commonName(name);
  return { attribution: { speaker: body, affiliation: null, verb: 'stated' }, person: null };
}

/** What the article says of its publisher: the "About X" footer, the outlet's name, label lines the cleaner dropped ("Media Release"). */
export interface Publisher {
  about?: string | null;
  outlet?: string | null;
  labels?: readonly string[];
  /** The author given in sources.yaml: an organisation that authors its own page publishes a statement. */
  author?: string | null;
}

const RELEASE_LABEL = /^(?:(?:press|media|news) (?:release|statement|office)|for immediate release|(?:official |joint |public )?(?:statement|communiqu[ée]))(?:\s+no\.?\s*[\w/-]+)?\s*(?:\([^)]{1,40}\))?\s*(?:[:|]\s*.*)?$|>\s*(?:press|media|news) releases?\s*$/i;

/** Words of a news outlet's name: its own byline is no statement of its own. */
const NEWS_OUTLET = /\b(?:News|Times|Post|Herald|Gazette|Radio|TV|Television|Broadcasting|Wire|Newswire|Tribune|Journal|Daily|Press|Chronicle|Courier|Mail|Telegraph|Observer|Guardian|Express|Star|Sun|Standard|Record|Review|Weekly|Tide|Live|Media)\b/;

/** A masthead that names a body which is no news outlet: "BFSU - Banking and Financial Services Union", "Northern New Mexico Avalanche Center". */
const ORG_MASTHEAD = /^(?:[A-Z]{2,8}\s*[-–—|:]\s*)?((?:[A-Z][\w&'’-]*\s+(?:(?:and|of|for|the)\s+)*){1,6}(?:Union|Association|Federation|Council|Ministry|Department|Agency|Authority|Commission|Society|Institute|Foundation|Trust|Coalition|Alliance|Party|Inspectorate|Service|Center|Centre|Board|Bureau|Office))$/;

/** A masthead in capitals that names a public body: "MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF NORLAND". */
const BODY_MASTHEAD = /^(?=.*\b(?:MINISTRY|DEPARTMENT|AGENCY|OFFICE|COMMISSION|AUTHORITY|POLICE|GUARD|COUNCIL|SERVICE|GOVERNMENT|INSPECTORATE|DIRECTORATE|SUPERINTENDENCY|BUREAU|UNIVERSITY|COLLEGE|HOSPITAL|UNION|ASSOCIATION|FEDERATION|INSTITUTE|FOUNDATION|BOARD)\b)[A-Z][A-Z ,&'’-]{8,120}$/;

/**
 * The issuer a capitals masthead names, as the release's own sentences write it: the longest
 * opening of the name they use ("Ministry of Foreign Affairs"), else the whole name in title case.
 */
function mastheadIssuer(labels: readonly string[], text: string): string | null {
  const line = labels.map((l) => l.trim()).find((l) => BODY_MASTHEAD.test(l));
  if (!line) return null;
  const words = line.toLowerCase().split(/\s+/).map((w) => (/^(?:of|the|and|for|in)$/.test(w) ? w : w[0]!.toUpperCase() + w.slice(1)));
  for (let k = words.length; k >= 2; k--) {
    const name = words.slice(0, k).join(' ');
    if (text.includes(name)) return name;
  }
  return words.join(' ');
}

/**
 * The organisation an article speaks for: a press release's issuer ("SOURCE X", the "About X"
 * footer, its masthead, or the subject of "X today announced"); in any other article, the
 * outlet, whose "we" is its own (release false).
 */
export function issuerOf(sentences: readonly Sentence[], publisher: Publisher = {}): { name: string; release: boolean } | null {
  const { about = null, outlet = null, labels = [], author = null } = publisher;
  const text = sentences.map((s) => s.text).join('\n');
  // "ATS Orvell Press Office" writes for ATS Orvell; "UKN News Digital" is a newsroom's byline, no statement.
  const by = outlet && author?.startsWith(outlet) ? author.slice(outlet.length).trim() : null;
  const pressOffice = by !== null && (/\b(?:press|media|communications?|public affairs|office)\b/i.test(by) || (by === '' && !NEWS_OUTLET.test(outlet!)));
  const release = pressOffice || /\b(?:FOR IMMEDIATE RELEASE|PRNewswire|Business Wire|GLOBE NEWSWIRE|press release)\b/i.test(text) || labels.some((l) => RELEASE_LABEL.test(l.trim()));
  const source = /^SOURCE\s+([A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*)*)\s*$/m.exec(text);
  if (source) return { name: source[1]!, release: true };
  // A union's or a charity's own page ("BFSU - Banking and Financial Services Union"), written as "we": all of it is theirs.
  const own = labels.map((l) => ORG_MASTHEAD.exec(l.trim())?.[1]).find(Boolean);
  if (own && (!outlet || outlet === own || ORG_MASTHEAD.exec(outlet)?.[1] === own) && sentences.filter((s) => weVoice(s.text)).length >= 2) return { name: own, release: true };
  if (!release) return outlet ? { name: outlet, release: false } : null;
  // The boilerplate "About X" that closes a release names its issuer.
  const footer = about ? /^About\s+(\p{Lu}[\p{L}\d_&.’'/-]*(?:\s+\p{Lu}[\p{L}\d_&.’'/-]*)*)/u.exec(about.trim()) : null;
  if (footer) return { name: footer[1]!.replace(/[.,]+$/, ''), release: true };
  // A body's capitals masthead, as its own sentences write the name, before the outlet the cleaner made of it.
  const masthead = mastheadIssuer(labels, text);
  if (masthead) return { name: masthead, release: true };
  if (outlet) return { name: outlet, release: true };
  const subject = /(?:^|\n|--\s*)([A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*)+)\s+(?:today\s+)?(?:announced|provided|issued|released|confirmed|said|reported)\b/.exec(text);
  return subject ? { name: subject[1]!, release: true } : null;
}

/** Does the writer speak in the first person, outside quotes ("I'd bet my truck that …")? Then no one else's speech carries on into it. */
const firstPerson = (text: string): boolean => /\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|[Mm]y|me)\b/.test(maskQuotes(text));
/** Does the writer say "we", "our" or "us" outside quotes? ("US" is a country.) */
const weVoice = (text: string): boolean => /\b(?:[Ww]e|[Oo]ur|us)\b/.test(maskQuotes(text));

/** Is the article a first-person account? Three of its own sentences (quotes aside) say "I", "my" or "me". */
export function testimony(sentences: readonly Sentence[]): boolean {
  return sentences.filter((s) => firstPerson(s.text)).length >= 3;
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
    const parts = splitClauses(sentence.text);
    // "X resigned on Wednesday, …, but she denied any wrongdoing": the denying verb makes only its own part a denial.
    const verbAt = speech.span ? speech.span[1] - 1 : -1;
    const verbElsewhere = (part: { start: number; end: number }): boolean => parts.length > 1 && verbAt >= 0 && (verbAt < part.start || verbAt >= part.end);
    for (const part of parts) {
      const span = speech.by === 'explicit' ? attributionSpan(sentence.text, speech.span) : null;
      const inSpan = !!span && span[0] < part.end && span[1] > part.start;
      const content = contentOf(part, span);
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
      candidates.push({
        source: article.id,
        anchor: sentence.anchor,
        quote: part.text,
        statement: subjectNamed(neutralStatement(part.text, part.correction, inSpan, attribution), live[i - 1]?.text ?? '', people),
        content,
        attribution,
        denial,
        figures: findFigures(meant),
        date: findDate(meant, published) ?? (masked === sentence.text ? null : findDate(sentence.text, published)),
        entities: namedThings(content),
        tokens: [...contentTokens(content), ...dateTokens(meant, published)],
        context: about ? contentTokens(about) : [],
        index: sentence.index,
        attributedBy: speech.by,
        speakerKey: speakerKey(attribution, speech.person),
      });
    }
  });
  return candidates;
}
