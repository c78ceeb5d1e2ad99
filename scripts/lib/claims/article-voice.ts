/**
 * Whose voice each sentence of an article speaks in. Pass 1 reads each sentence's own attribution
 * (attribute.ts); pass 2 carries it where the article does: quotes left open across paragraphs,
 * reported speech that goes on, "This was revealed by X", a body's act told by its official, and the
 * issuer of a press release or the author of a first-person account.
 */
import type { Sentence } from '../types.ts';
import { attribute, newContext, remember, type Speech } from './attribute.ts';
import type { Person } from './names.ts';
import type { PeopleRegistry } from './people.ts';
import { endsOpen, maskQuotes, startsWithQuote } from './quotes.ts';
import { personAttribution } from './person-attribution.ts';
import { peopleIn, type SpeechContext } from './speaker.ts';
import { startsWithProperNoun } from './tokens.ts';

/** A sentence's speech and how its speaker was found: said in it, carried over from around it, or none. */
export interface SpeechAt extends Speech {
  by: 'explicit' | 'carried' | 'none';
}

/** "X did not immediately respond to a request for comment": the reporter's note, never the last speaker's words. */
const REPORTER_NOTE = /\b(?:did not|didn[’']t|has not|have not|had not|could not be|was not|were not)\s+(?:immediately\s+)?(?:respond|reply|return|reached|available)\b/i;

/**
 * The person a sentence opens with, as its subject ("Opheim, who has fished …, was on the quay"), if the story knows them;
 * with `described`, also a title the story gave them ("…, the alderman was blunt").
 */
function subjectPerson(text: string, ctx: SpeechContext, described = false): Person | null {
  const masked = maskQuotes(text);
  const first = peopleIn(masked, ctx)[0];
  if (first && /^(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?$/.test(masked.slice(0, first.index).trim())) return ctx.people.add(first);
  const surnameFirst = /^(\p{Lu}[\p{L}’'-]+)(?=,|\s+(?:was|is|had|has)\b)/u.exec(masked.trim())?.[1];
  if (surnameFirst) return ctx.people.resolveName(surnameFirst);
  // "Asked about the estimate, the alderman was blunt.": a title the story gave a person, as the subject.
  const title = described ? /^(?:(?:Asked|Pressed|Questioned|Challenged)\b[^,_]{0,120},\s+)?the\s+((?:[a-z-]+\s+){0,2}[a-z-]+)\s+(?:was|is|had|has|did|put|kept|went|sounded|seemed)\b/i.exec(masked.trim())?.[1] : undefined;
  return title ? ctx.people.resolveDescription(`the ${title}`) : null;
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
    const quoteAfter = here.by === 'none' && prev.by === 'none' && startsWithQuote(sentences[i]!.text);
    // In the same paragraph, a subject named only by a title counts too ("…, the alderman was blunt. "…"").
    const subject = quoteAfter ? subjectPerson(sentences[i - 1]!.text, ctx, sentences[i]!.paragraph === sentences[i - 1]!.paragraph) : null;
    if (subject) {
      const { attribution, person } = personAttribution(subject, ctx);
      out[i] = { ...here, attribution: { ...attribution, verb: 'said' }, person, by: 'carried' };
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
    // Inside a quotation the sentence before left open, "our" and "I" are the speaker's own.
    const inOpenQuote = endsOpen(sentences[i - 1]!.text) && sentences[i]!.paragraph === sentences[i - 1]!.paragraph && !startsWithQuote(sentences[i]!.text);
    if (here.by !== 'none' || !prev.attribution.speaker || prev.subject && !itGoesOn || !inOpenQuote && (firstPerson(sentences[i]!.text) || weVoice(sentences[i]!.text)) || REPORTER_NOTE.test(sentences[i]!.text)) continue;
    // "The man who died was identified as X": naming the dead is the act of the body that spoke just before, even a paragraph on.
    const identified = /\b(?:was|were|has been|have been)\s+(?:identified|named)\s+as\b/.test(sentences[i]!.text) && !prev.person;
    const samePara = sentences[i]!.paragraph === sentences[i - 1]!.paragraph || identified || itGoesOn || /^(?:It|This|That|They|These|Such|He|She)\s+(?:would|could|will|might|may|also|is|was|are|were)\b/.test(sentences[i]!.text)
      // "Eleven are said to be in a critical condition": a report without its reporter goes on from the one just named.
      || /\b(?:is|are|was|were)\s+said\s+to\b/.test(sentences[i]!.text);
    // A paragraph that opens with a quotation right after someone was named speaking goes on with their words.
    const quoteGoesOn = startsWithQuote(sentences[i]!.text) && (samePara || endsOpen(sentences[i - 1]!.text) || prev.by === 'explicit');
    // "Saarsalu, who is 57, founded the lab in 2012.": a sentence about another person, told in the present or simple past,
    // is the reporter's background, not the last speaker's words (reported speech shifts its tense back).
    const other = !quoteGoesOn && prev.person && !BACKSHIFTED.test(sentences[i]!.text) ? subjectPerson(sentences[i]!.text, ctx) : null;
    const aboutOther = !!other && other !== prev.person;
    // Reported speech carries on within its paragraph; a bare quote continues the last speaker.
    if ((samePara || quoteGoesOn) && !aboutOther) out[i] = { ...here, attribution: { ...prev.attribution }, person: prev.person, by: 'carried' };
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

const RELEASE_LABEL = /^(?:(?:press|media|news) (?:release|statement|office)|for immediate release|(?:official |joint |public )?(?:statement|communiqu[ée]))(?:\s+no\.?\s*[\w/-]+)?\s*(?:\([^)]{1,40}\))?\s*(?:[:|]\s*.*)?$|(?:>|\|)\s*(?:press|media|news) releases?\s*$/i;

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
