/**
 * Who a speaker phrase names: a person (through the story's registry: surnames, titles,
 * descriptions such as "the secretary"), an organisation (named, described, an acronym, "the
 * company"), a public body under its description, or "unnamed sources". Used by attribute.ts,
 * which finds the phrase in a sentence.
 */
import type { Attribution } from '../../../src/schema.ts';
import { countryOf } from './lexicon.ts';
import { findPeople, surname, type Person } from './names.ts';
import { ORG_KINDS } from './org-kinds.ts';
import type { PeopleRegistry } from './people.ts';
import { orgName, personAttribution } from './person-attribution.ts';
import { headOf, HONORIFIC_PREFIX, nounPhrase, SEEN_BY, tidy } from './speaker-phrase.ts';

export const PRONOUN_PERSON = /^(?:he|she|him|her)$/i;
export const PRONOUN_GROUP = /^(?:they|them|it)$/i;
/** Collective or unnamed speakers: recorded as "unnamed sources", the description kept as affiliation. */
const UNNAMED = /\b(?:sources?|informants?|officials|analysts|diplomats|insiders?|(?:people|persons?|officials?)\b(?:\s+[\w’'-]+){0,4}?\s+(?:familiar|involved|close|briefed|with\s+knowledge)|relatives|residents|witnesses|survivors|passengers|drivers|motorists|commuters|parents|shopkeepers|traders|travell?ers|observers|experts|scientists|researchers|doctors|engineers|economists|meteorologists|forecasters|campaigners|activists|critics|locals|villagers|neighbou?rs|employees|workers|staff|fishermen|farmers|volunteers)\b/i;
/** A generic name for an organisation met before: resolved to the last one. */
const GENERIC_ORG = /^(?:the\s+)?(?:company|firm|operator|group|hospital system|hospital network|network|ministry|agency|organi[sz]ation|government|authority|authorities|union|embassy|airline|carrier|utility|council|department|bank|lender|insurer|retailer|drugmaker|carmaker|manufacturer|federation|association|directorate|inspectorate|regulator)$/i;
const SINGLE_ROLE = /\b(?:secretary|minister|doctor|professor|director|adviser|advisor|spokes(?:wo)?man|spokesperson|president|chief|head|commissioner|coordinator|commander|governor|mayor|chair(?:wo)?man|executive|officer|official|general|ambassador|leader|chancellor|premier|inspector|manager|founder|captain)\b/i;

/** Lower-case words inside an organisation's name: "Ferrovie del Nord", "Commission for the Safety of the Danube". */
const PARTICLE = String.raw`(?:de|del|della|la|le|y|e|di|da|do|dos|van|von|der|den|of|for|and|the)`;
/** A name word: capitalised, an acronym or a number ("112 Norte y Sur", "DGT"). */
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}\w&’'.-]*|\d[\w-]*)`;
/** An organisation's name: name words, with particles between them; it ends on a name word. */
const ORG_NAME = String.raw`${NAME_WORD}(?:\s+(?:${PARTICLE}\s+){0,2}${NAME_WORD})*`;
/** What a description of an organisation ends with: "the rail operator X", "the DGT traffic authority". */
const ORG_NOUN = String.raw`(?:drugmaker|carmaker|automaker|chipmaker|shipbuilder|biotech|office|daily|authority|authorities|service|services|ministry|chamber|bureau|agency|police|commission|council|government|department|court|inspectorate|regulator|directorate|administration|municipality|prefecture|tribunal|embassy|consulate|coast guard|guard|fire brigade|brigade|company|firm|operator|carrier|airline|utility|broadcaster|newspaper|insurer|manufacturer|group|network|union|association|organi[sz]ation|institute|foundation|charity|committee|board|watchdog|hospital|railway|provider|promoter|organi[sz]er|contractor|developer|supplier|distributor|center|centre)`;
/** Public bodies that speak under a description, without a name: "the district office in Kehl", "the county coroner's office". */
const BODY_NOUN = String.raw`(?:(?:police|health|school|water|fire|hospital|court) district|office|authority|authorities|services|service|ministry|chamber|bureau|agency|police|commission|council|government|department|court|inspectorate|regulator|directorate|administration|municipality|prefecture|tribunal|embassy|consulate|coast guard|fire brigade|fire department|fire service|prosecutor[’']?s office|prosecution|watchdog|board)`;
/** A word of a description: not a clause word, article or preposition ("a source at the operator" is no description). */
const DESC_WORD = String.raw`(?!(?:the|a|an|at|in|on|of|for|with|from|to|by|and|or|but|as|his|her|its|their|this|that|these|those|some|many|several|two|three)\b)[a-z][\w’'-]*`;
/** "the regional emergency service 112 Norte y Sur": the description is the affiliation, the name the speaker. */
const DESCRIBED_NAME = new RegExp(String.raw`^(?:[Tt]he\s+)?((?:\p{Lu}\p{Ll}+\s+(?=(?:${DESC_WORD}\s+){0,3}${ORG_NOUN}\s))?(?:${DESC_WORD}\s+){0,4}${ORG_NOUN})\s+(${ORG_NAME})$`, 'u');
/** "the DGT traffic authority": an acronym, then what it is. */
const ACRONYM_DESCRIBED = new RegExp(String.raw`^(?:[Tt]he\s+)?([A-Z][A-Z0-9&]+(?:-[A-Z0-9]+)?)\s+((?:${DESC_WORD}\s+){0,3}${ORG_NOUN})$`, 'u');
/** "the district office in Kehl", "Lisbon port authority": a body known by its description. */
const BODY = new RegExp(String.raw`^(?:[Tt]he\s+)?((?:(?:${DESC_WORD}|${NAME_WORD})\s+){0,4}${BODY_NOUN}(?:\s+(?:in|of|for|at)\s+(?:the\s+)?${ORG_NAME})?)$`, 'u');

/** An organisation named or described: the speaker and its description, else null. */
function institution(head: string): Attribution | null {
  const described = DESCRIBED_NAME.exec(head);
  if (described && /[A-Z]/.test(described[2]!)) return { speaker: described[2]!, affiliation: described[1]!, verb: null };
  const acronym = ACRONYM_DESCRIBED.exec(head);
  if (acronym) return { speaker: acronym[1]!, affiliation: acronym[2]!, verb: null };
  return null;
}

/** A public body under its description ("the county coroner's office"): kept as the speaker, it is no anonymous source. */
function body(head: string): Attribution | null {
  if (UNNAMED.test(head) || SINGLE_ROLE.test(head.replace(/\b(?:office|officer's|general's)\b/gi, ''))) return null;
  const m = BODY.exec(head);
  return m ? { speaker: m[1]!, affiliation: null, verb: null } : null;
}

/** "BERN, Switzerland, May 2", "BERN (Reuters) -" at the start: a dateline's place, never a speaker ("NTSB, Boeing and X said" is a list). */
const DATELINE_PLACE = /^[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+)*(?:\s*,\s*[A-Z][a-z][\w.]*(?:\s+[A-Z][\w.]*)*)?\s*(?:,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\([^)]{1,40}\)\s*[-—–]|[-—–]+\s)/;

export interface SpeechContext {
  people: PeopleRegistry;
  /** Last person named or quoted, for "he"/"she". */
  lastPerson: Person | null;
  /** Last organisation that spoke, for "the company", "it". */
  lastOrg: string | null;
  /** Last attribution, for quotes and reported speech that carry on. */
  last: Attribution | null;
  /** A body's unnamed spokeswoman or spokesman who spoke last: the next "she" or "he" is them. */
  spokes?: { attribution: Attribution; pronoun: RegExp } | null;
  /** The sentence being read (quotes masked), for "a spokeswoman said" of the body it names. */
  sentence?: string;
}

export const newContext = (people: PeopleRegistry): SpeechContext => ({ people, lastPerson: null, lastOrg: null, last: null });

/** The organisation a sentence names as its subject's kind ("The museum will stay closed"), when the story knows it. */
function bodyNamedIn(sentence: string, ctx: SpeechContext): string | null {
  const kind = /^(?:The|the)\s+([a-z]+)\b/.exec(sentence.trim())?.[1];
  return kind ? ctx.people.resolveOrgDescription(`the ${kind}`) : null;
}

/** The last body of this kind a sentence describes with a word or more ("the Croatian foreign ministry") that the story names. */
function describedIn(sentence: string, kind: string, ctx: SpeechContext): string | null {
  const found = [...sentence.matchAll(new RegExp(String.raw`\bthe\s+((?:[A-Z][\w-]*\s+)?(?:[a-z-]+\s+){0,3}${kind})\b`, 'g'))]
    .filter((m) => m[1]!.split(/\s+/).length > 1)
    .map((m) => ctx.people.resolveOrgDescription(m[1]!));
  return found.filter(Boolean).at(-1) ?? null;
}

/** People named in a text, without the names the story has met as organisations. */
export const peopleIn = (text: string, ctx: SpeechContext): ReturnType<typeof findPeople> => findPeople(text).filter((p) => !ctx.people.isOrg(p.name));

/**
 * Resolves a speaker phrase to a named person, an organisation, or "unnamed sources".
 * @example resolveSpeaker('Port director Ana Lima', ctx) // { speaker: 'Ana Lima', affiliation: 'Port director', person }
 */
export function resolveSpeaker(raw: string, ctx: SpeechContext): { attribution: Attribution; person: Person | null } | null {
  // "Recent reports claiming …", "Media reports say …": a word before the noun "reports" is no speaker.
  if (/^(?:recent|earlier|latest|previous|initial|early|unconfirmed|media|press|news|local|some|several|many|these|those|such|other)$/i.test(raw.trim())) return null;
  // "data from the water agency": the body whose numbers they are.
  const from = /^(?:the\s+)?(?:(?:latest|official|new|provisional|final|first|initial)\s+)?(?:data|figures|statistics|records|numbers|count|tally|estimate)\s+(?:from|by|of|published by|released by|compiled by)\s+(.+)$/i.exec(raw.trim());
  if (from) return resolveSpeaker(from[1]!, ctx);
  // "the rescue centre in Bodø": where a described body sits does not say which it is; the body the story names that fits does.
  const placed = /^((?:[Tt]he\s+)?(?:[a-z-]+\s+){0,3}[a-z]+)\s+(?:in|at|near)\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*$/u.exec(raw.trim());
  const placedBody = placed ? ctx.people.resolveOrgDescription(placed[1]!) : null;
  if (placedBody) return { attribution: { speaker: placedBody, affiliation: null, verb: null }, person: null };
  // "according to the indictment": prosecutors write it; "the ruling" is the court's.
  if (/^(?:the\s+)?(?:indictment|charge sheet|charging documents?)$/i.test(raw.trim())) return { attribution: { speaker: 'prosecutors', affiliation: raw.trim().replace(/^the\s+/i, ''), verb: null }, person: null };
  if (/^(?:the\s+)?(?:court[’']s\s+)?(?:ruling|verdict|judg(?:e)?ment)$/i.test(raw.trim())) return { attribution: { speaker: 'court', affiliation: raw.trim().replace(/^the\s+/i, ''), verb: null }, person: null };
  // "the museum's online catalogue", "the agency's website": the owner of the record speaks.
  const record = /^(.+?)[’']s\s+(?:(?:online|own|latest|annual|official|public)\s+)?(?:catalogue|catalog|website|records|register|report|account|filing|logs?|database)$/i.exec(raw.trim());
  if (record) return resolveSpeaker(record[1]!, ctx);
  // "Posts shared widely on Facebook": what circulates online is its own kind of source.
  if (/^(?:the\s+|some\s+|many\s+)?(?:posts?|messages?|videos?|rumou?rs?|claims?)\b[^,]{0,60}\b(?:facebook|twitter|x|tiktok|instagram|telegram|whatsapp|social media|online)\b/i.test(raw.trim())) {
    return { attribution: { speaker: 'social media posts', affiliation: raw.trim(), verb: null }, person: null };
  }
  const found = resolvePhrase(raw, ctx);
  // "industry data", "market figures": numbers whose keeper is named only by its field are still a source.
  const numbers = /^(?:(?:the|official|latest)\s+)?([a-z][a-z-]{2,30}(?:\s+[a-z][a-z-]{2,30})?\s+(?:data|figures|statistics|records))$/.exec(raw.trim());
  if (!found?.attribution.speaker && numbers) return { attribution: { speaker: numbers[1]!, affiliation: null, verb: null }, person: null };
  // "according to filings Eldborg Orka has made with the directorate": the filer's own record.
  const filed = /^(?:the\s+)?(?:filings?|documents|records|reports?|accounts)\s+(?:that\s+)?(\p{Lu}.+?)\s+(?:has|have|had)\s+(?:made|filed|submitted|published|lodged)\b/u.exec(raw.trim());
  const filer = filed ? resolveSpeaker(filed[1]!, ctx) : null;
  if (!found?.attribution.speaker && filer?.attribution.speaker) return { attribution: { ...filer.attribution, affiliation: filer.attribution.affiliation ?? 'filings' }, person: filer.person };
  // "according to the Estonian commercial register", "court filings": a public record is its own source.
  const register = /^(?:the\s+)?((?:\p{Lu}[\p{L}’'-]*\s+){0,3}(?:[a-z-]+\s+){0,3}(?:register|registry|land registry|database|filings?|court (?:records|documents|filings)|public records))$/u.exec(raw.trim());
  if (!found?.attribution.speaker && register) return { attribution: { speaker: register[1]!, affiliation: null, verb: null }, person: null };
  return found;
}

/** Bodies named by what they are, many people speaking as one: "police said", "the government". */
const COLLECTIVE_BODY = /^(?:police|government|authorities|prosecutors|prosecution|investigators|military|army|navy|rescuers|firefighters)$/i;

/** Titles and ranks written right before a name. */
const TITLE_BEFORE_NAME = /^((?:[\p{L}’'-]+\s+){0,5}?(?:spokes(?:wo)?man|spokesperson|Commissioner|Inspector|Superintendent|Colonel|General|Major|Captain|Chief|Director|Minister|Governor|Mayor|Regent|Head|Sergeant|Lieutenant|Brigadier))\s+(\p{Lu}\p{Ll}{2,})$/u;

/**
 * Someone the text names by one word ("Like many Indonesians, Sutrisno goes by one name"): after a title or rank, or
 * before an appositive that gives their role. A word the story knows as an organisation is none.
 */
function oneNamePerson(text: string, parts: readonly string[], ctx: SpeechContext): Person | null {
  const head = headOf(text);
  const titled = TITLE_BEFORE_NAME.exec(head);
  const role = parts[1]?.trim();
  const name = titled?.[2] ?? (/^\p{Lu}\p{Ll}{2,}$/u.test(head) && role && /^(?:the|a|an)\s+(?:[\w’'-]+\s+){0,3}?(?:head|chief|director|spokes\w+|chair\w*|commander|coordinator|manager|officer|secretary|president)\b/i.test(role) ? head : null);
  if (!name || ctx.people.isOrg(name) || countryOf(name)) return null;
  return ctx.people.resolveName(name) ?? ctx.people.add({ name, role: titled?.[1] ?? role!.replace(/^(?:the|a|an)\s+/i, '') });
}

/** A finite verb that no noun phrase holds: "Three things came together". */
const IRREGULAR_PAST = /\b(?:came|went|rose|fell|grew|began|broke|took|gave|made|ran|saw|became|left|got|kept|stood|held)\b/;

function resolvePhrase(raw: string, ctx: SpeechContext): { attribution: Attribution; person: Person | null } | null {
  let text = tidy(raw);
  const seen = SEEN_BY.exec(text);
  if (seen) {
    // "documents obtained by Dnevni Kurir", "… seen by the newspaper": the holder, by name where the story gives it.
    const holder = resolveSpeaker(seen[3]!, ctx)?.attribution.speaker ?? ctx.people.resolveOrgDescription(seen[3]!) ?? seen[3]!.replace(/^the\s+/i, '');
    return { attribution: { speaker: seen[1]!, affiliation: `${seen[2]!} ${holder}`, verb: null }, person: null };
  }
  const alias = /\b(?:calling (?:itself|themselves)|known as|called)\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)/.exec(text);
  if (alias) return { attribution: { speaker: alias[1]!, affiliation: null, verb: null }, person: null };
  // "The Medicines and Healthcare products Regulatory Agency (MHRA)": the name, with the short name beside it.
  const short = /^(?:[Tt]he\s+)?(\p{Lu}[^()]{3,100}?)\s*\(([A-Z][A-Za-z0-9&-]{1,9})\)$/u.exec(text);
  // "That is double the three runners the AIU (…)" is a clause, not a name ("Medicines and Healthcare products Regulatory Agency" is).
  const nameWords = !!short && !/\b(?:is|are|was|were|has|have|had|be|been|that|which|who|this|these)\b/.test(short[1]!);
  if (short && nameWords && /^[A-Z0-9&-]{2,}$/.test(short[2]!)) return { attribution: { speaker: short[1]!, affiliation: short[2]!, verb: null }, person: null };
  // "The AIU, which handles cases for World Athletics,": names inside a relative clause are not the speaker.
  const withAppositive = text.split(/,\s+(?:which|whose)\b/)[0]!;
  // "The company that runs the metro": a relative clause says which, not who.
  text = text.split(/,?\s+(?:who|which|whose)\b|\s+that\s+(?=[a-z]+s\b)/)[0]!.trim();
  if (DATELINE_PLACE.test(text)) return null;
  // "Three things came together, fuel traders in Tema say": a clause before the comma; the speaker is after it.
  const lastPart = text.split(/,\s+/).at(-1)!;
  if (lastPart !== text && /^[A-Z]/.test(text) && IRREGULAR_PAST.test(headOf(text)) && nounPhrase(lastPart)) return resolvePhrase(lastPart, ctx);
  // "X, Y, was summoned to the ministry…, the ministry": a clause, not a speaker.
  // "Joana Mendes, 34, a nurse from Seixal": an age is no part of the phrase's shape.
  const parts = text.split(',').filter((part) => !/^\s*\d{1,3}\s*$/.test(part));
  if (parts.slice(1).some((part) => /^(?:was|were|is|are|has|had|have|will|would|could|can|did|does|while|whereas|but|and|although|though)\b/i.test(part.trim())) || parts.slice(2).some((part) => /\w/.test(part))) return null;
  // "the state's workplace regulator, WorkSafe Victoria,": the appositive names what the head describes.
  const appositive = parts[1]?.trim() ?? '';
  if (/^\p{Lu}/u.test(appositive) && !orgName(headOf(text)) && peopleIn(headOf(text), ctx).length === 0 && orgName(appositive) && peopleIn(appositive, ctx).length === 0) {
    return { attribution: { speaker: ctx.people.resolveOrg(appositive), affiliation: headOf(text).replace(/^the\s+/i, ''), verb: null }, person: null };
  }
  const describedOrg = institution(text) ?? body(text);
  // "A person familiar with the inspection carried out by the league": unnamed, whatever clause describes what they know.
  const familiar = /^(?:a|an|one|two|three|several|some)\s+(?:people|persons?|sources?|officials?)\s+(?:familiar|with\s+knowledge|close|briefed)\b/i.exec(headOf(text));
  if (familiar) return { attribution: { speaker: 'unnamed sources', affiliation: headOf(text).replace(/^(?:a|an|one)\s+/i, ''), verb: null }, person: null };
  if (!PRONOUN_PERSON.test(text) && !PRONOUN_GROUP.test(text) && !nounPhrase(text) && !describedOrg) return null;
  if (ctx.spokes?.pronoun.test(text)) return { attribution: { ...ctx.spokes.attribution, verb: null }, person: null };
  // "Organisers said …": the body the story says organised the event.
  if (/^(?:the\s+)?(?:organi[sz]ers|organi[sz]ers of the \w+)$/i.test(headOf(text))) {
    const organiser = ctx.people.resolveOrgDescription('the organiser');
    if (organiser) return { attribution: { speaker: organiser, affiliation: null, verb: null }, person: null };
  }
  // "The same people said …": the sources named just before.
  if (/^the same (?:people|persons?|sources?|officials?|two|three)$/i.test(headOf(text)) && ctx.last?.speaker) return { attribution: { ...ctx.last, verb: null }, person: null };
  if (PRONOUN_PERSON.test(text)) return ctx.lastPerson ? personAttribution(ctx.lastPerson, ctx) : null;
  if (PRONOUN_GROUP.test(text)) {
    if (ctx.last?.speaker) return { attribution: { ...ctx.last, verb: null }, person: ctx.lastPerson && ctx.last.speaker === ctx.lastPerson.name ? ctx.lastPerson : null };
    return ctx.lastOrg ? { attribution: { speaker: ctx.lastOrg, affiliation: null, verb: null }, person: null } : null;
  }
  // "A Guardia Civil source", "a ministry official": someone unnamed from a named body.
  if (/^(?:a|an|one)\s+(?:\S+\s+){1,4}(?:source|official|insider|employee|worker|engineer|technician|staffer|manager|executive|officer|aide|adviser|advisor|nurse|doctor|pilot|driver|guard|crew member|member of staff|staff member|investigator|inspector)$/i.test(headOf(text))) {
    return { attribution: { speaker: 'unnamed sources', affiliation: headOf(text).replace(/^(?:a|an|one)\s+/i, ''), verb: null }, person: null };
  }
  const named = peopleIn(withAppositive, ctx);
  // "Police spokesman Senior Commissioner Suhardi", "Sutrisno, the head of the agency's unit,": a person known by one name.
  const mononym = named.length === 0 ? oneNamePerson(text, parts, ctx) : null;
  if (mononym) return personAttribution(mononym, ctx);
  // "De Smet's lawyer, Nathalie Goethals, said": the appositive names who speaks; the owner is only whose lawyer she is.
  const owned = /^(.+?)[’']s\s+(?:[a-z-]+\s+){0,2}[a-z]+$/.exec(headOf(text));
  if (owned && named.length > 1 && named[0]!.name === owned[1]) {
    const person = ctx.people.add(named[1]!);
    person.role ??= headOf(text);
    return personAttribution(person, ctx);
  }
  if (named.length > 0) {
    const person = ctx.people.add(named[0]!);
    // "The harbour master, Ana Lima, said": the description before the name is her role.
    if (!person.role && /^the\s+[a-z]/i.test(headOf(text)) && !headOf(text).includes(person.name)) person.role = headOf(text).replace(/^the\s+/i, '');
    return personAttribution(person, ctx);
  }
  const head = headOf(text);
  const bare = head.replace(HONORIFIC_PREFIX, '');
  if (/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(bare)) {
    const known = ctx.people.resolveName(bare);
    if (known) return personAttribution(known, ctx);
    // "Mr Cawthorne said", before the story gives his full name: a person, whom the full name later completes.
    if (bare !== head) return personAttribution(ctx.people.add({ name: bare, role: null }), ctx);
  }
  // "The prime minister's office refused to confirm": the office speaks for the person the description names.
  const ownedSide = /^the\s+((?:[a-z-]+\s+){0,3}[a-z]+)[’']s\s+(office|press office|spokes\w+|lawyers?|aides?|team|campaign)$/i.exec(head);
  const owner = ownedSide && SINGLE_ROLE.test(ownedSide[1]!) ? ctx.people.resolveDescription(`the ${ownedSide[1]!}`, ctx.lastPerson ? [ctx.lastPerson] : []) : null;
  if (owner) return { attribution: { ...personAttribution(owner, ctx).attribution, affiliation: `${owner.name}'s ${ownedSide![2]!.toLowerCase()}` }, person: owner };
  // "his campaign", "her lawyers": the person's own side speaks for them.
  const side = /^(?:his|her|their)\s+(campaign|team|office|lawyers?|attorneys?|solicitors?|aides?|camp|spokes\w+|representatives?|family)$/i.exec(head);
  // "Her agency had also opened proceedings": the body of the person just quoted speaks through her.
  if (/^(?:his|her)\s+(?:agency|ministry|department|company|firm|organi[sz]ation|office|authority|union|council|service)$/i.test(head) && ctx.lastPerson) return personAttribution(ctx.lastPerson, ctx);
  // A family speaks for itself, not for the one it mourns: "her family said" is "Ella Marchetti's family".
  if (side && ctx.lastPerson && /^family$/i.test(side[1]!)) return { attribution: { speaker: `${ctx.lastPerson.name}'s family`, affiliation: null, verb: null }, person: null };
  // "his lawyer confirmed": the lawyer the story names for him ("Andres Pihlak, a lawyer for Saarsalu"), if it does.
  const agent = side && ctx.lastPerson && /^(?:lawyers?|attorneys?|solicitors?|spokes\w+)$/i.test(side[1]!) ? ctx.people.resolveDescription(`the ${side[1]!.replace(/s$/, '')}`) : null;
  const forOwner = agent && agent !== ctx.lastPerson && (!agent.role || /^(?:a\s+|the\s+)?[a-z]+$/i.test(agent.role) || agent.role.includes(surname(ctx.lastPerson!.name)));
  if (agent && forOwner) return personAttribution(agent, ctx);
  if (side && ctx.lastPerson) return { attribution: { ...personAttribution(ctx.lastPerson, ctx).attribution, affiliation: `${ctx.lastPerson.name}'s ${side[1]!.toLowerCase()}` }, person: ctx.lastPerson };
  if (!nounPhrase(text) && !describedOrg) return null;
  // "city officials said": the officials of the one body of that kind the story names speak for it.
  const officialsOf = /^(?:the\s+)?([a-z]+)\s+officials$/.exec(head);
  // The body named for its kind ("City of Windhoek") before a place the text once called a city ("Windhoek, a city of …").
  const officialBody = officialsOf ? ctx.people.onlyNamedWith(officialsOf[1]!) ?? ctx.people.resolveOrgDescription(`the ${officialsOf[1]!}`) : null;
  if (officialBody) return { attribution: { speaker: officialBody, affiliation: head.replace(/^the\s+/i, ''), verb: null }, person: null };
  // "the company", "South Korean intelligence agency": the last organisation met that fits the description.
  if (GENERIC_ORG.test(head) || /^(?:the\s+)?(?:\p{Lu}[\p{L}\d_’'-]*\s+)*(?:[a-z’'-]+\s+)*[a-z]+$/u.test(head) && !/^(?:the\s+)?\p{Lu}[\p{L}\d_-]*$/u.test(head)) {
    // "… summoned to the Croatian foreign ministry …, the ministry has confirmed": the one the sentence describes.
    const inSentence = GENERIC_ORG.test(head) ? describedIn(ctx.sentence ?? '', head.replace(/^the\s+/i, '').toLowerCase(), ctx) : null;
    if (inSentence) return { attribution: { speaker: inSentence, affiliation: null, verb: null }, person: null };
    const described = ctx.people.resolveOrgDescription(head);
    if (described) return { attribution: { speaker: described, affiliation: null, verb: null }, person: null };
    // "The system, which the Kenya Revenue Authority uses, went down, the tax agency said": the one body of that kind the sentence names.
    const named = ctx.people.namedIn(ctx.sentence ?? '', head.replace(/^the\s+/i, '').split(/\s+/).at(-1)!.toLowerCase());
    if (named) return { attribution: { speaker: named, affiliation: head.replace(/^the\s+/i, ''), verb: null }, person: null };
  }
  // A body known only by its description ("maritime authority") is not "the operator".
  const kind = head.replace(/^the\s+/i, '').toLowerCase();
  const lastFits = ctx.lastOrg !== null && (/^[A-Z0-9]/.test(ctx.lastOrg) && ctx.people.mayBe(ctx.lastOrg, kind) || ctx.lastOrg.endsWith(kind));
  // "authorities" are many bodies, never the one met last.
  if (GENERIC_ORG.test(head) && !/authorities$/i.test(head) && ctx.lastOrg && lastFits) return { attribution: { speaker: ctx.lastOrg, affiliation: null, verb: null }, person: null };
  const definite = /^the\s/i.test(head) || /^(?:[A-Z][\w.]*\s+)*(?:Cabinet\s+)?Secretary$/.test(head);
  // "the regional prefect", "The Prefect": a title some person of the story holds.
  // "the police" is the force, though its spokesman's title holds the word.
  const lastWord = head.split(/\s+/).at(-1)!;
  if (definite && !COLLECTIVE_BODY.test(lastWord) && (SINGLE_ROLE.test(head) || /^[Tt]he\s+(?:(?:[a-z-]+\s+)*[a-z]+|\p{Lu}\p{Ll}+)$/u.test(head) && ctx.people.hasRoleNoun(lastWord)) && !/s\b$/.test(lastWord.replace(/ss$/, ''))) {
    const recent = ctx.lastPerson ? [ctx.lastPerson] : [];
    const described = ctx.people.resolveDescription(head, recent);
    if (described) return personAttribution(described, ctx);
    if (/\bofficial$/i.test(head) && ctx.lastPerson) return personAttribution(ctx.lastPerson, ctx);
  }
  const institutional = institution(head);
  if (institutional) return { attribution: institutional, person: null };
  // "Electrical Workers Local 1288" is a name, though it holds a word for unnamed people.
  const unnamedWord = UNNAMED.exec(head);
  // "Parents for Safer Roads" is a name too: the capitalised word opens a run of capitalised words.
  const isName = !!unnamedWord && /^\p{Lu}/u.test(unnamedWord[0]) && orgName(head) && (unnamedWord.index > 0 || /^\p{Lu}\p{L}+\s+(?:(?:for|of|and|the)\s+)*\p{Lu}/u.test(head));
  if (UNNAMED.test(head) && !isName && !/^(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*\s+(?:spokes\w+)/.test(head) || /^(?:a|an)\s+[a-z]/.test(head) && !/spokes|representative/i.test(head)) {
    return { attribution: { speaker: 'unnamed sources', affiliation: head.replace(/^(?:the|a|an)\s+/i, ''), verb: null }, person: null };
  }
  const indefinite = /^(?:a|an|one|two|three|several)\s/i.test(head);
  // "a spokesman for the anti-corruption body": the body speaks, known or as described.
  const spokesFor = /^(?:a|an|the)\s+(?:spokes\w+|representative|envoy|delegate)\s+(?:for|of|from)\s+(?:the\s+)?(.+?)(?:\s+(?:to|at|in)\s+.+)?$/i.exec(head);
  if (spokesFor) {
    const body = ctx.people.resolveOrgDescription(`the ${spokesFor[1]!}`) ?? (/^\p{Lu}/u.test(spokesFor[1]!) ? ctx.people.resolveOrg(spokesFor[1]!) : spokesFor[1]!);
    return { attribution: { speaker: body, affiliation: head.replace(/^(?:a|an|the)\s+/i, ''), verb: null }, person: null };
  }
  if (indefinite && !/\b(?:sources?|people|officials)\b/i.test(head)) {
    // "a worker at the bank's call centre in Kirkstall": a place after a preposition names no organisation.
    const org = /(?<!\b(?:in|at|from|near|along|outside|of|on)\s)\b([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)/.exec(head.replace(/^(?:a|an|one|two|three|several)\s+/i, ''))?.[1];
    if (org) return { attribution: { speaker: ctx.people.resolveOrg(org), affiliation: head.replace(/^(?:a|an)\s+/i, ''), verb: null }, person: null };
    // "a company spokeswoman": the company last named.
    const kind = /([a-z]+)\s+(?:spokes\w+|representative)$/.exec(head)?.[1];
    const described = kind ? ctx.people.resolveOrgDescription(`the ${kind}`) : null;
    if (described) return { attribution: { speaker: described, affiliation: head.replace(/^(?:a|an)\s+/i, ''), verb: null }, person: null };
    // "a police spokesman": the one force the story names, else the police; never the company heard last.
    if (kind === 'police') return { attribution: { speaker: ctx.people.soleBody('police') ?? 'police', affiliation: head.replace(/^(?:a|an)\s+/i, ''), verb: null }, person: null };
    // "The museum will stay closed, a spokeswoman said": the body the sentence names, else the one last heard (of the kind said, if any).
    const lastFits = !!ctx.lastOrg && (!kind || !ORG_KINDS.has(kind) || ctx.people.mayBe(ctx.lastOrg, kind));
    const named = /spokes|representative/i.test(head) ? bodyNamedIn(ctx.sentence ?? '', ctx) ?? (lastFits ? ctx.lastOrg : null) : null;
    if (named) return { attribution: { speaker: named, affiliation: head.replace(/^(?:a|an)\s+/i, ''), verb: null }, person: null };
    return { attribution: { speaker: 'unnamed sources', affiliation: head.replace(/^(?:a|an)\s+/i, ''), verb: null }, person: null };
  }
  // "Testing has identified …": a gerund opening the sentence names an activity, not a body.
  if (/^(?:the\s+)?\p{Lu}/u.test(head) && !/^(?:I|We|You|This|That|These|Those|It|There|Here|The|A|An|Please|Yes|No|Well|Oh|Sorry|Thanks)$/i.test(head) && !NO_BODY_OPENING.test(head) && !/^\p{Lu}\p{Ll}+ing$/u.test(head) && orgName(head)) {
    const org = ctx.people.resolveOrg(head.replace(/^the\s+/i, '').replace(/[’']s$/, ''));
    if (org.length >= 2) return { attribution: { speaker: org, affiliation: null, verb: null }, person: null };
  }
  if (COLLECTIVE_BODY.test(head.replace(/^the\s+/i, ''))) {
    // "police said" in a story that names one force is that force.
    const bare = head.replace(/^the\s+/i, '');
    const named = /^(?:police|prosecutors)$/i.test(bare) ? ctx.people.soleBody(bare.toLowerCase() as 'police' | 'prosecutors') : null;
    return { attribution: { speaker: named ?? bare, affiliation: null, verb: null }, person: null };
  }
  // "the grid operator", "the water company", unmet before: a source known by what it is; "the operator" alone is not.
  const kindOnly = KIND_ONLY.exec(head);
  if (kindOnly && !kindOnly[1]!.trim().split(/\s+/).every((w) => GENERIC_MODIFIER.test(w))) return { attribution: { speaker: kindOnly[0].replace(/^the\s+/i, ''), affiliation: null, verb: null }, person: null };
  const described = body(head);
  return described ? { attribution: described, person: null } : null;
}

/** "His family", "Anyone who ignored the closure": a possessive or an indefinite pronoun opens no body's name. */
const NO_BODY_OPENING = /^(?:His|Her|Their|Its|Our|My|Your|Anyone|Anybody|Everyone|Everybody|Someone|Somebody|Nobody|No one|Those|These|Such|Whoever)\b/;

/** "the network operator": modifiers, then a kind of organisation. */
const KIND_ONLY = /^the\s+((?:[a-z-]+\s+){1,3})(?:operator|company|firm|utility|carrier|airline|provider|insurer|manufacturer|broadcaster|network)$/;
/** Modifiers that say nothing about which organisation: "the same company", "the private operator". */
const GENERIC_MODIFIER = /^(?:same|private|public|state|local|national|main|other|new|former|first|second|largest|big|small|foreign|parent)$/;

