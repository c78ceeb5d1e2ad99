/**
 * Who said it: the speaker phrase and reporting verb of a sentence, found by patterns over the
 * reporter's words (quotes are masked): a quote before or after the speaker, "according to",
 * "told reporters", the passive ("was revealed by"), "…, a spokesman said", an official act
 * ("X issued a warning"). speaker.ts says whom the phrase names.
 */
import type { Attribution } from '../../../src/schema.ts';
import type { Person } from './names.ts';
import { ORG_KINDS } from './org-kinds.ts';
import { maskQuotes } from './quotes.ts';
import { orgName, personAttribution } from './person-attribution.ts';
import { tidy } from './speaker-phrase.ts';
import { peopleIn, PRONOUN_GROUP, PRONOUN_PERSON, resolveSpeaker, type SpeechContext } from './speaker.ts';

export { newContext, type SpeechContext } from './speaker.ts';

/** Reporting verbs as written, longest first where one begins another. Patterns match them in lower case only: "The United States says" has one verb. */
export const VERBS = `(?:would|will|could) neither confirm nor deny|refused to (?:confirm or deny|confirm|comment)|declined to (?:confirm or deny|confirm|comment)|would not confirm|
pointed out|according to|said|says|say|stated|states|added|adds|noted|notes|told|tells|confirmed|confirms|denied|denies|deny|
announced|announces|assessed|assesses|assess|warned|warns|emphasized|emphasised|stressed|clarified|continued|remarked|mentioned|
explained|claimed|claims|insisted|insists|revealed|reported|reports|wrote|argued|believes|estimated|estimates|suggested|acknowledged|
admitted|rejected|dismissed|called|calls|accused|indicated|indicates|characterized|characterised|predicted|expects|expected|urged|
demanded|vowed|promised|maintains|maintained|alleged|alleges|disclosed|testified|conceded|posted|wrote|tweeted|described|describes`.replace(/\n\s*/g, '');

/** Verbs that follow their speaker: "X according to Y" makes Y the speaker, never X. */
/** "FIOD spokesman X speaks of "the worst case in years"": a verb of speech that only leads. */
const LEADING_VERBS = `${VERBS.replace('according to|', '')}|speaks of|spoke of|talks of|talked of`;

/** Verbs whose object is the fact itself ("confirmed the presence", "denied the report"). */
const OBJECT_VERB = /^(?:confirmed|confirms|denied|denies|deny|rejected|dismissed|accused|claimed|claims|announced|revealed|admitted|acknowledged|promised|vowed|urged|demanded|called|described|describes|refused to \w+(?: or deny)?|declined to \w+)$/;
export interface Speech {
  attribution: Attribution;
  person: Person | null;
  /** [start, end) of the attribution words in the sentence (speaker and verb), when explicit. */
  span: [number, number] | null;
  /** "This was revealed by X": the attribution belongs to the previous sentence. */
  refersBack: boolean;
  /** The speaker is the sentence's subject, reporting their own act ("Minister X ordered an inquiry"): it does not carry on. */
  subject?: boolean;
}

const NONE: Attribution = { speaker: null, affiliation: null, verb: null };

interface Pattern {
  name: string;
  re: RegExp;
  speaker: number;
  verb: number | null;
}

const ABBR_DOT = String.raw`(?<=(?<![\wÀ-ɏ])(?:[A-Z]|Dr|Mr|Mrs|Ms|Gen|St|Jr|Sr|Lt|Col|Sgt|Capt|Cpt|Maj|Cmdr|Supt|Insp|Det|Adm|Brig|Rev|Prof|Gov|Sen|Rep|U\.S|U\.N|U\.K))\.`;
/** A decimal point is no full stop: "X, which has about 1.6 million customers, said". */
const DECIMAL = String.raw`(?<=\d)\.(?=\d)`;
const SPK = String.raw`(?:[^"“”_;.]|${ABBR_DOT}|${DECIMAL}){2,160}?`;
const SPK_SHORT = String.raw`(?:[^"“”_;,.]|${ABBR_DOT}|${DECIMAL}){2,100}?`;
/** Speaker with one appositive: "Dr. A, the head of B,". */
const SPK_APPOS = String.raw`${SPK_SHORT}(?:,\s+${SPK_SHORT},)?`;
/** End of a sentence: a full stop that is not an abbreviation's. */
const END = String.raw`(?<!(?<![\wÀ-ɏ])(?:[A-Z]|Dr|Mr|Mrs|Ms|Gen|St|Jr|Sr|Lt|Col|Sgt|Capt|Cpt|Maj|Cmdr|Supt|Insp|Det|Adm|Brig|Rev|Prof|Gov|Sen|Rep))\.(?:\s|$)|$`;
/** A closing quote mark; a single one closes masked words (an apostrophe, as in "coroner's", does not). */
const CLOSE_QUOTE = String.raw`(?:["”]|(?<=[_.,!?])['’])`;
/** A dateline's date and its agency: ", May 2", "(Reuters)", "(dpa-AFX)". */
const DATE_PART = String.raw`,?\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b`;
const AGENCY_PART = String.raw`\((?:[A-Z][\w.-]*|[a-z]+-[A-Z]+)(?:\s+[A-Z][\w.-]*)?\)`;
/** A dateline at the start of a sentence ("BERN, Switzerland, May 2 (Reuters) - "): blanked before attribution. */
const DATELINE = new RegExp(String.raw`^[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+)*(?:\s*,\s*[A-Z][a-z][\w.]*(?:\s+[A-Z][\w.]*)*)*\s*(?:${DATE_PART}(?:\s*${AGENCY_PART})?(?:\s*[-—–]+)?|${AGENCY_PART}(?:\s*[-—–]+)?|[-—–]+)\s+`);
/** "…, a regional secretary at the union": a body after "at the" is where the speaker works, part of the phrase; "at the press conference" is not. */
const NOT_AN_EMPLOYER = String.raw`(?!(?:[\w-]+\s+){0,2}(?:${[...ORG_KINDS].join('|')})\b)`;
const PATTERNS: Pattern[] = [
  // "… ,” Kirby noted." / "…,' he said."
  { name: 'after-quote', re: new RegExp(String.raw`${CLOSE_QUOTE}\s*,?\s*(${SPK_APPOS})\s+(?:has\s+|had\s+|also\s+)?((?-i:${VERBS}))\b`, 'i'), speaker: 1, verb: 2 },
  // "…,” said the county commissioner, Grace Wanjiru."
  { name: 'after-quote-inverted', re: new RegExp(String.raw`${CLOSE_QUOTE}\s*,?\s*((?-i:${VERBS}))\s+(${SPK})(?=${END}|,\s+(?:as|adding|noting|while)\b|\s+(?:on|in|at)\s+(?:\w+day|a\s|the\s${NOT_AN_EMPLOYER}))`, 'i'), speaker: 2, verb: 1 },
  // "White sharks vanished from the bay after 2017, said Ana Lima, a biologist at the university.": no quote marks.
  { name: 'comma-inverted', re: new RegExp(String.raw`,\s+((?-i:said|says|added|adds|explained|explains|noted|notes|wrote|writes))\s+(?!to\b)((?-i:the|an?|[A-Z])${SPK})(?=${END}|,\s+(?:as|adding|noting|while)\b|\s+(?:on|in|at)\s+(?:\w+day|a\s|the\s${NOT_AN_EMPLOYER}))`, 'i'), speaker: 2, verb: 1 },
  // "This was revealed by X on Wednesday.", "His condition was confirmed as stable after surgery by the health department."
  { name: 'passive', re: new RegExp(String.raw`\b(?:was|were|has been|had been|is|are)\s+((?-i:revealed|announced|confirmed|reported|disclosed|stated|said|denied|ordered|instructed|directed|told|advised|warned|fined))(?:\s+(?!by\b)[^\s,;"“”_]+){0,5}?\s+by\s+(?!(?:the\s+end|noon|midnight|then|now|\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December)\b)(${SPK_SHORT}(?:,\s+[A-Z]${SPK_SHORT}(?=,))?)(?=[.;]|,|\s+(?:on|at|in|during|when|shortly|late|early|just|before|after|overnight|yesterday|today|tonight|last|this|to)\b|$)`, 'i'), speaker: 2, verb: 1 },
  // "according to Dr. A, the head of B."
  // "The court heard from a forensic accountant, Marc Dewulf, that …": the witness speaks.
  { name: 'heard-from', re: new RegExp(String.raw`\b(?:court|jury|inquest|tribunal|hearing|committee|inquiry)\s+(?:also\s+)?(heard|was told)\s+(?:from|by)\s+(${SPK_APPOS})\s+that\b`, 'i'), speaker: 2, verb: null },
  // "According to X, a consultant, the answer lies in …": an appositive has no verb; the clause after it does.
  { name: 'according', re: new RegExp(String.raw`\b(according to)\s+(${SPK})(?=${END}|;|,\s+(?!(?:the|a|an)\b(?:(?!\b(?:is|are|was|were|has|have|had|lies|lie|will|would|can|could|did|does)\b)[^,]){1,80},)|\s+(?:on|at|in)\s+[A-Z0-9])`, 'i'), speaker: 2, verb: 1 },
  // "Storms battered the area, with Meteo-France recording gusts of 120 km/h": the body whose measurement it is.
  { name: 'with-recording', re: /,\s+with\s+((?:the\s+)?\p{Lu}[\p{L}\d&’'-]*(?:\s+\p{Lu}[\p{L}\d&’'-]*){0,5})\s+((?-i:recording|reporting|registering|measuring|estimating|counting))\b/u, speaker: 1, verb: 2 },
  // "…, a government official said, as …" / "…, Grace Wanjiru told reporters."
  { name: 'comma-said', re: new RegExp(String.raw`,\s+(${SPK_APPOS})\s+(?:has\s+|had\s+|also\s+)?((?-i:said|says|told|tells|added|adds|reported|reports|confirmed|confirms|announced|announces|stated|states|warned|warns|estimated|estimates|wrote|writes|claimed|claims))\b(?=[\s,.;]|$)`, 'i'), speaker: 1, verb: 2 },
  // "Kirby said that …", "Meanwhile, X, the head of Y, stated that …"
  { name: 'leading', re: new RegExp(String.raw`^(?:(?:Meanwhile|Additionally|Also|However|Earlier|Later|Separately|Elsewhere|Then|Now|(?:On|In|At|During|After|Before)\s[^,_"“”]{1,60}?)\s*,\s*)?(${SPK})\s+(?:(?:has|had|have|also|already|just|now|still|again|repeatedly|publicly|recently|later|earlier|previously|on \w+)\s+){0,3}(?<!\b(?:was|were|is|are|be|been|being)\s+)((?-i:${LEADING_VERBS}|been (?:saying|warning|claiming|arguing|insisting)|keeps? (?:saying|telling|insisting|claiming)))\b`, 'i'), speaker: 1, verb: 2 },
  // "On Wednesday it went further, saying that …", "A group calling itself Vortex13 listed the firm, claiming …": the subject of the clause speaks.
  { name: 'saying', re: new RegExp(String.raw`^(?:(?:On|In|At|Earlier|Later|Meanwhile|Separately)\b[^,_]{0,30}?,?\s+)?((?:it|he|she|they)|(?:[Tt]he\s+|[Aa]n?\s+)?(?:[a-z-]+\s+){0,2}[a-z]+\s+(?:calling (?:itself|themselves)|known as|called|named)\s+[A-Z][\w-]*|(?:the\s+)?[a-z]+|(?:The\s+)?[A-Z][\w&’'-]*(?:\s+(?:of\s+)?[A-Z][\w&’'-]*){0,5})\s+(?:has\s+|had\s+|also\s+)?[a-z]{3,}\b[^,;_"“”]{0,80},\s+((?-i:saying|adding|noting|insisting|arguing|warning|claiming))\b`), speaker: 1, verb: 2 },
  // "She declined to name the suspects, in line with practice, but said …": the subject of the refusal speaks.
  { name: 'but-said', re: new RegExp(String.raw`^((?:he|she|they|it)|(?:[Tt]he\s+)?[a-z]+|(?:[Tt]he\s+)?[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*){0,4})\s+(?:declined|refused|would not|did not want)\s+to\s+[^;_"“”]{2,120}?,?\s+but\s+((?-i:said|says|added|confirmed|told))\b`, 'i'), speaker: 1, verb: 2 },
  // "DBE itself has put the peak figure at "more than 210,000"": an estimate is its author's.
  { name: 'put-at', re: new RegExp(String.raw`^(?:(?:On|In|At|Earlier|Later|Meanwhile|Separately)\b[^,_]{0,30}?,?\s+)?(${SPK_SHORT})\s+(?:itself\s+)?(?:has\s+|had\s+|also\s+|now\s+)?((?-i:puts?|pegged|pegs|placed|places))\s+(?:the|its|their)\s+[^,;"“”]{0,80}?\s+at\s+[^,;]{0,20}?[\d_]`, 'i'), speaker: 1, verb: 2 },
  // "At a press conference on Thursday, the company's chief executive, X, apologised to residents and said …".
  { name: 'did-and-said', re: new RegExp(String.raw`^(?:(?:On|In|At|During|After|Before|Speaking)\s[^,_"“”]{1,60}?,\s*)?(${SPK_APPOS})\s+(?:has\s+|had\s+|also\s+)?[a-z]+ed\b[^;_"“”]{0,80}?\s+and\s+((?-i:said|says|added|told|insisted|confirmed))\b`), speaker: 1, verb: 2 },
  // "The airline has put us up in a hotel and says we fly on today": the subject of both verbs speaks.
  { name: 'compound', re: new RegExp(String.raw`^((?:[Tt]he\s+[a-z]+)|(?:[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*){0,4}))\s+(?:has|have|had|is|was)?\s*[a-z]+(?:ed|s)?\b[^,;_"“”A-Z]{0,80}?\s+and\s+((?-i:says|said|adds|added|insists|insisted))\b`), speaker: 1, verb: 2 },
  // "…, inspectorate figures show.": the numbers of a body speak for it.
  { name: 'figures-show', re: new RegExp(String.raw`(?:^|,\s+)((?:[^,;_"“”]{2,60}?)\s+(?:data|figures|statistics|records|numbers|documents|drawings|files|minutes|logs)(?:\s+(?:held|kept|seen|obtained)\s+by\s+[^,;_"“”]{2,60}?)?)\s+((?-i:show|shows|showed|suggest|suggests|indicate|indicates))\b`, 'i'), speaker: 1, verb: 2 },
  // "… X says." at the very end without a comma, e.g. "the operator said."
  { name: 'mid', re: new RegExp(String.raw`(?:^|[,;]\s+|\b(?:and|but)\s+)(${SPK_SHORT})\s+(?:(?:has|have|had|also|long|repeatedly|previously)\s+){0,2}((?-i:said|says|say|told|confirmed|denied|announced|reported|warned|added))\s+(?:that\s+)?`, 'i'), speaker: 1, verb: 2 },
];

/** Prefers a named person, then an organisation, then unnamed sources; then pattern order. */
function rank(a: { attribution: Attribution; person: Person | null }): number {
  if (a.person) return 0;
  if (a.attribution.speaker === 'unnamed sources') return 2;
  return 1;
}

/**
 * Attribution of one sentence, in the context of the article so far.
 * @example attribute('"The bridge is safe," the mayor, Ana Lima, said.', ctx).attribution // { speaker: 'Ana Lima', affiliation: 'mayor', verb: 'said' }
 */
export function attribute(sentence: string, ctx: SpeechContext): Speech {
  const masked = maskQuotes(sentence).replace(DATELINE, (d) => ' '.repeat(d.length));
  ctx.sentence = masked;
  ctx.people.noteOrgs(masked);
  ctx.people.noteAcronyms(masked);
  for (const person of peopleIn(masked, ctx)) ctx.people.add(person);
  const named = peopleIn(masked, ctx);
  const found: (Speech & { order: number; r: number; pronoun: boolean })[] = [];
  PATTERNS.forEach((pattern, order) => {
    const match = pattern.re.exec(masked);
    if (!match) return;
    const phrase = match[pattern.speaker]!;
    if (/_/.test(phrase)) return;
    // "he" after a name in the same sentence is that person, whoever spoke before.
    const earlier = named.filter((p) => p.index < match.index).at(-1);
    // "Secretary X ordered an inquiry, his office said": his office is X's.
    const local = earlier && (PRONOUN_PERSON.test(tidy(phrase)) || /^(?:his|her)\s/i.test(tidy(phrase))) ? { ...ctx, lastPerson: ctx.people.add(earlier) } : ctx;
    const resolved = resolveSpeaker(phrase, local);
    if (!resolved?.attribution.speaker) return;
    if (!resolved.person && resolved.attribution.affiliation) ctx.people.noteDescription(resolved.attribution.affiliation, resolved.attribution.speaker);
    if (!resolved.person && resolved.attribution.speaker !== 'unnamed sources') {
      const speaker = ctx.people.canonicalOrg(resolved.attribution.speaker);
      // The acronym the story uses goes beside the name, before any description ("IBEW, union representing …").
      const alias = ctx.people.aliasOf(speaker);
      const affiliation = [alias, resolved.attribution.affiliation].filter((a) => a && !(alias && a !== alias && a.includes(alias))).join(', ') || null;
      resolved.attribution = { ...resolved.attribution, speaker, affiliation };
    }
    const verbText = pattern.verb ? match[pattern.verb]!.toLowerCase().replace(/^been /, '') : 'said';
    // "The town has been ordered by X to file a plan": the order is the fact; only "by X" is attribution.
    // "His condition was confirmed as stable … by X": what was confirmed ("as stable") stays in the fact too.
    const by = pattern.name === 'passive' ? match[0].search(/\s+by\s+/) : -1;
    const gap = by >= 0 && /\S/.test(match[0].slice(match[0].indexOf(match[pattern.verb!]!) + match[pattern.verb!]!.length, by));
    const actBy = pattern.name === 'passive' && (gap || /^(?:ordered|instructed|directed|told|advised|warned|fined)$/.test(verbText)) ? by : -1;
    const at = match.index + Math.max(0, actBy);
    let end = match.index + match[0].length;
    // "X confirmed the presence of …": the verb is part of the fact; only the speaker is attribution.
    if (pattern.name === 'leading' && OBJECT_VERB.test(verbText) && !/^\s*(?:that\b|,|["“‘'])/.test(masked.slice(end))) end = match.index + match[0].lastIndexOf(match[pattern.verb!]!);
    const refersBack = pattern.name === 'passive' && /^(?:This|That|It|These|The (?:news|information|figure|decision|announcement|plan))\b/.test(masked.trim());
    // "X apologised to residents and said …": the apology is a fact of its own, so no words are cut from the statement.
    const span: [number, number] | null = pattern.name === 'did-and-said' ? null : [at, end];
    found.push({ attribution: { ...resolved.attribution, verb: verbText }, person: resolved.person, span, refersBack, order, r: rank(resolved), pronoun: PRONOUN_GROUP.test(tidy(phrase)) });
  });
  // "Two people familiar with it told BNW that assistants who, they said, …": "they" are the people named earlier in the sentence.
  const firstNamed = found.filter((f) => !f.pronoun).reduce((min, f) => Math.min(min, f.span?.[0] ?? 0), Infinity);
  for (let k = found.length - 1; k >= 0; k--) if (found[k]!.pronoun && (found[k]!.span?.[0] ?? 0) > firstNamed) found.splice(k, 1);
  found.sort((a, b) => a.r - b.r || a.order - b.order);
  // "The Courier reported, citing two people with knowledge of the trip, that …": the outlet relays them.
  const citing = found[0] && /,\s+citing\s+([^,;_"“”]{3,90}),/.exec(masked);
  const cited = citing ? resolveSpeaker(citing[1]!, ctx) : null;
  if (found[0] && cited?.attribution.speaker) found[0] = { ...found[0], attribution: { ...cited.attribution, verb: found[0].attribution.verb }, person: cited.person };
  const best = found[0];
  if (best) return { attribution: best.attribution, person: best.person, span: best.span, refersBack: best.refersBack };
  return subjectSpeech(masked, named, ctx) ?? { attribution: NONE, person: null, span: null, refersBack: false };
}

/** An action verb after the subject: "ordered", "has announced", "visited … and announced". */
const SUBJECT_VERB = /^(?:,[^,]{3,80},)?,?\s+(?:has\s+|had\s+|also\s+)?([a-z]{3,}ed|made|gave|sent|told|wrote|said|spoke|met|began|led)\b/;

/** An organisation as the subject of an official act: "X issued a warning", "X has ordered an inquiry". */
const ORG_ACT = /^(?:(?:On|In|At|Earlier|Later|Meanwhile|Separately)\b[^,_]{0,30},\s*|(?:By|On|Since|Last|Early|Late)\s+(?:on\s+)?(?:\w+day|week|month|the\s+weekend|\d{1,2}\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\s+\d{1,2})(?:\s+(?:morning|afternoon|evening|night))?\s+(?=[Tt]he\s|\p{Lu}))?([^,;_"“”]{2,120}?)\s+(?:(?:has|have|had|also|then|later|just|now|already|recently|so\s+far|still|on\s+\w+day|[a-z]+ly)\s+){0,3}((?:is|are|was|were)\s+(?:seeking|asking\s+for|demanding|offering|proposing|calling\s+for|planning)|seeks|wants|demands|offered|offers|forecasts|forecast|issued|announced|ordered|warned|confirmed|published|released|updated|imposed|declared|banned|suspended|recalled|cancell?ed|closed(?!\s+(?:at|on|in|for|until|from|early|late|temporarily|briefly|again)\b|\s*[.,;])|postponed|launched|approved|fined|charged|blamed|opened(?!\s+(?:at|on|in|for|until|from|early|late|temporarily|briefly|again)\b|\s*[.,;])|hired|proposed|summoned|appointed|requested|asked|identified|rated|agreed|decided|extended|granted|put|lifted|raised|revoked|reopened|halted|paused|resumed|advised|urged)\b/u;

/** A body looking into something speaks for its inquiry: "The Medical Examiner's Office is now looking into three deaths". */
const ORG_INQUIRY = /^([^,;_"“”]{2,120}?)\s+(?:is|are)\s+(?:now\s+|also\s+)?(investigating|looking into|examining|reviewing)\b/;

/**
 * No reporting verb: a named person who is the sentence's subject reports their own act; an
 * organisation that is the subject speaks for itself when the sentence cites "a statement".
 */
function subjectSpeech(masked: string, named: ReturnType<typeof peopleIn>, ctx: SpeechContext): Speech | null {
  // "Acme Lines chief executive Ana Lima apologised": the titled person, not a name in the title.
  const first = named.find((p) => p.role || ctx.people.resolveName(p.name)?.role) ?? named[0];
  const known = first ? ctx.people.resolveName(first.name) : null;
  // Before the name: titles ("Transport Minister"), or a role and a comma ("Rovato's mayor, ").
  const lead = first ? masked.slice(0, first.index) : '';
  if (first && (first.role || known?.role) && (/^(?:(?:the|[A-Z][\w.’'-]*)\s+)*$/i.test(lead) || /^(?:\p{Lu}[\p{L}’'-]*[’']s\s+)?(?:[a-z-]+\s+){0,3}[a-z]+,\s*$/u.test(lead))) {
    const verb = SUBJECT_VERB.exec(masked.slice(first.end));
    if (verb) {
      const resolved = personAttribution(ctx.people.add(first), ctx);
      return { attribution: { ...resolved.attribution, verb: verb[1]! }, person: resolved.person, span: null, refersBack: false, subject: true };
    }
  }
  // "Odhiambo ordered an independent review": a known person by surname, acting.
  const bySurname = /^(\p{Lu}[\p{L}’'-]+)\s+(?:(?:has|had|also|then|later|on\s+\w+day)\s+)?([a-z]{3,}ed)\b/u.exec(masked.trimStart());
  const actor = !first && bySurname ? ctx.people.resolveName(bySurname[1]!) : null;
  if (actor && (actor.role || ctx.people.bodyOf(actor.role ?? ''))) {
    const resolved = personAttribution(actor, ctx);
    return { attribution: { ...resolved.attribution, verb: bySurname![2]! }, person: resolved.person, span: null, refersBack: false, subject: true };
  }
  // "She was blunt: "…"": the person last named introduces the quote.
  if (ctx.lastPerson && /^(?:He|She)\b[^:;"“”_]{0,60}:\s*["“‘]/.test(masked.trim())) {
    const resolved = personAttribution(ctx.lastPerson, ctx);
    return { attribution: { ...resolved.attribution, verb: 'said' }, person: resolved.person, span: null, refersBack: false };
  }
  // "Dr. Ana Lima, who studies dams, put it plainly: "…"": the subject introduces the quote that follows the colon.
  const opener = named[0];
  if (opener && /^(?:(?:the|[A-Z][\w.’'-]*)\s+)*$/.test(masked.slice(0, opener.index)) && /^[^:;"“”]{0,160}:\s*["“‘]/.test(masked.slice(opener.end))) {
    const resolved = personAttribution(ctx.people.add(opener), ctx);
    return { attribution: { ...resolved.attribution, verb: 'said' }, person: resolved.person, span: null, refersBack: false };
  }
  // "The family of the woman who died has named her as Ella Marchetti": her family speaks.
  const family = /^(?:The\s+)?family\s+of\s+[^,;_]{1,80}?\s+(?:has\s+|have\s+)?(?:identified|named)\s+(?:him|her|them)\b[^.;]*?\bas\s+((?:\p{Lu}[\p{L}’'-]+\s+){1,3}\p{Lu}[\p{L}’'-]+)/u.exec(masked.trimStart());
  if (family) return { attribution: { speaker: `${family[1]!}'s family`, affiliation: null, verb: 'named' }, person: null, span: null, refersBack: false, subject: true };
  // "The ministry ordered an inquiry", "The Commission for the Safety of X issued a warning": an organisation's own official act;
  // "The union is seeking 5.5%", "The university, for its part, has offered 2%": its own position.
  const plain = masked
    .trimStart()
    .replace(/,\s+(?:for\s+(?:its|their|his|her)\s+part|in\s+turn|meanwhile|however|too)\s*,\s+/i, ' ')
    // "Nordavia Therapeutics, a biotech company based in Hørsholm, paused …": what the body is goes.
    .replace(/^(\p{Lu}[^,;_"“”]{1,60}),\s+(?:a|an|the)\s+[^,;_"“”]{3,90},\s+(?=(?:has\s+|had\s+)?[a-z]+ed\b)/u, '$1 ');
  const act = ORG_ACT.exec(plain) ?? ORG_INQUIRY.exec(plain);
  // "Anyone who … could be fined", "The port was closed": the subject of a passive is acted on, not acting.
  const passive = !!act && /\b(?:be|been|being|is|are|was|were)\s+(?:[a-z]+ly\s+)?$/.test(plain.slice(0, act.index + act[0].length - act[2]!.length));
  if (act && !passive && !PRONOUN_GROUP.test(act[1]!.trim())) {
    const resolved = resolveSpeaker(act[1]!, ctx);
    // "The prime minister has asked the audit office to review …": the person the title names acts, and is the source.
    if (resolved?.person && /^(?:the|his|her)\s+(?:[a-z-]+\s+){0,3}[a-z]+$/i.test(act[1]!.trim())) {
      return { attribution: { ...resolved.attribution, verb: act[2]! }, person: resolved.person, span: null, refersBack: false, subject: true };
    }
    if (resolved && !resolved.person && resolved.attribution.speaker && resolved.attribution.speaker !== 'unnamed sources') {
      // One name per body: "MHRA" acting is the "Medicines and … Agency" that speaks elsewhere, with its acronym beside it.
      const speaker = ctx.people.canonicalOrg(resolved.attribution.speaker);
      const affiliation = resolved.attribution.affiliation ?? (speaker !== resolved.attribution.speaker ? ctx.people.aliasOf(speaker) : null);
      return { attribution: { ...resolved.attribution, speaker, affiliation, verb: act[2]!.replace(/^(?:is|are|was|were)\s+/, '') }, person: null, span: null, refersBack: false, subject: true };
    }
  }
  const org = /^(?:The\s+)?((?:(?:[A-Z]\.){2,}|[A-Z][\w&’'-]*)(?:\s+(?:of\s+|in\s+|for\s+)?[A-Z][\w&’'.-]*)*)\s+(?:has\s+|had\s+)?([a-z]+ed)\b/.exec(masked);
  if (org && /\b(?:in|to|according to)\s+(?:a|its|the)\s+(?:\w+\s+)?statement\b/.test(masked) && orgName(org[1]!)) {
    return { attribution: { speaker: ctx.people.resolveOrg(org[1]!), affiliation: null, verb: 'stated' }, person: null, span: null, refersBack: false, subject: true };
  }
  return null;
}

/** Updates the context after a sentence: who spoke, who was named. */
export function remember(ctx: SpeechContext, sentence: string, speech: Speech): void {
  const masked = maskQuotes(sentence);
  const named = peopleIn(masked, ctx);
  // "…, a PWS spokeswoman said. Volunteers are rotated every hour, she said.": "she" is the spokeswoman, not the last person named.
  const spokes = !speech.person && speech.attribution.speaker ? /\b(?:a|an|the)\s+(?:[\w&’'-]+\s+){0,4}(spokes(?:wo)?man|spokesperson)\s+(?:has\s+)?(?:said|says|told|added|confirmed)\b/i.exec(masked)?.[1] : undefined;
  if (spokes) ctx.spokes = { attribution: speech.attribution, pronoun: /woman$/i.test(spokes) ? /^(?:she|her)$/i : /person$/i.test(spokes) ? PRONOUN_PERSON : /^(?:he|him)$/i };
  else if (speech.person || named.length > 0) ctx.spokes = null;
  if (speech.attribution.speaker) {
    ctx.last = speech.attribution;
    if (speech.person) ctx.lastPerson = speech.person;
    // "Slovenia's health minister, Tanja Vrhovnik, resigned …, according to the daily X. She maintains …": the person the sentence is about.
    else if (named[0] && speech.attribution.speaker !== named[0].name) ctx.lastPerson = ctx.people.add(named[0]);
    if (!speech.person && speech.attribution.speaker !== 'unnamed sources') {
      ctx.lastOrg = speech.attribution.speaker;
      // "A spokeswoman, Jenna Ruiz, rejected claims …": the body spoke, through her; "she" is her next.
      // "The family … has named her as Ella Marchetti": "her family" next is Ella Marchetti's.
      const through = named.find((p) => speech.attribution.affiliation?.includes(p.name) || speech.attribution.speaker === `${p.name}'s family`);
      if (through) ctx.lastPerson = ctx.people.add(through);
    }
  } else {
    const last = named.at(-1);
    const mentioned = last ? ctx.people.add(last) : ctx.people.lastMentioned(masked);
    if (mentioned) ctx.lastPerson = mentioned;
  }
}
