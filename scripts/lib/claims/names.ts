/**
 * Names in text: which capitalised runs are people ("Lloyd J. Austin", "Dr. Abdi Hussein",
 * "Cho Tae-yong"), with the titles written around them. Pure functions; people.ts remembers them.
 */
import { AND_BODY, ORG_KINDS } from './org-kinds.ts';

/** Words of titles and roles: written before a name, they are its role, never part of it. */
export const ROLE_WORDS = new Set(
  `secretary minister prime director adviser advisor spokesman spokeswoman spokesperson president chief head general gen gen. coordinator
  communications defense defence national security council house white foreign ministry intelligence service dictator
  secretary-general ambassador commander governor mayor senator representative rep sen dr mr mrs ms prof professor premier
  chancellor king queen prince leader official officials analyst analysts deputy acting press office department agency
  military army navy police fire colonel lieutenant captain major sergeant judge justice chairman chairwoman chair ceo
  commissioner inspector constable superintendent engineer nurse researcher executive officer manager founder co-founder cofounder owner lawyer attorney prosecutor
  dr. mr. mrs. ms. prof. col. lt. sgt. capt. maj. sen. rep. gov. cabinet county state federal regional interior mining health
  company firm operator emergency rescue disaster operations charge special agent supervisory assistant senior retired vice deputy-director economist expert scientist doctor surgeon pilot skipper
  councillor councilor cr cllr alderman mp mep mla msp principal headteacher teacher registrar coroner sheriff magistrate auditor ombudsman
  epidemiologist virologist paramedic firefighter ranger warden trustee chairperson dean rector bishop priest pastor imam rabbi returning
  candidate campaigner activist controller physician pharmacist veterinarian meteorologist hydrologist geologist seismologist toxicologist chemist
  biologist ecologist lecturer consultant miss mx sir dame lord lady det insp supt const hon hon.
  sri datuk dato dato' datin tun haji hajah
  the of for and state states united kingdom republic federal army's sources nato un u.n. us u.s. eu dpa-afx afp ap reuters`.split(/\s+/),
);

/** Words that make a capitalised run a place or an organisation, not a person. */
const NOT_PERSON = new Set(
  `korea russia america kingdom states union university college hospital hospitals health central county city ministry council service
  services agency department office embassy force forces army navy police group company corporation inc ltd llc minerals resources bank
  news times post press river sea ocean street square port island bridge station airport court parliament assembly congress senate party
  association institute foundation center centre committee commission authority inspectorate red cross nations security defence defense
  intelligence affairs mine mines region province republic federation east west north south eastern western northern southern far middle
  pacific indo-pacific europe africa asia america ukraine china japan germany france kenya portugal missouri illinois washington
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november
  december the a an this that these those in on at by agence presse france reuters associated
  with without for from after before during under over as if when while since until
  air airlines airline airways aviation bank motors energy water power systems labs laboratories pharma pharmaceuticals capital partners
  media telecom rail railway railways lines shipping logistics foods chemie chemicals chemical holdings solutions technologies tech
  software care clinic school academy museum zoo league club fc party trust network networks insurance electric gas oil mining steel
  data centre centres center centers works industries enterprises international global digital computing cloud ventures
  workers members local union brotherhood guild teamsters federation industrial
  orbital aerospace space dynamics robotics launch rockets satellites airport spaceport cruises cruise ferries ferry tours travel
  ambulance rescue brigade guard coastguard athletics sport sports olympic olympics world unit squad division directorate taskforce
  administration board bureau secretariat superintendency tribunal prosecution coalition alliance society festival observatory
  gazette herald courier journal chronicle tribune radio television broadcasting weekly daily
  act law code bill constitution treaty convention directive regulation regulations ordinance statute`.split(/\s+/),
);

const HONORIFIC = String.raw`(?:Dr|Mr|Mrs|Ms|Gen|Col|Lt|Sgt|Sen|Rep|Gov|Prof|Capt|Maj|Adm|Cmdr|Insp|Supt|Rev)\.`;
/** A name word in any Latin script: "Raúl", "Zieliński", "Ó Briain". */
const CAP = String.raw`(?:${HONORIFIC}|\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}+)?|\p{Lu}\.|\p{Lu}\p{Ll}*\p{Lu}\p{Ll}+)`;
/** "Seafarers' Union": a plural possessive inside a name keeps the run going. */
const PLURAL_OWNER = String.raw`(?:(?<=s)[’'](?=\s+\p{Lu}))?`;
/** "Annelies van Dijk", "Pieter van der Berg", "Ursula von der Leyen": a Dutch or German particle inside a person's name. */
const PARTICLE = String.raw`(?:van|von|ter|ten)\s+(?:(?:der|den|de)\s+)?(?=\p{Lu})`;
const CAP_RUN = new RegExp(String.raw`(?<![\p{L}\d])${CAP}${PLURAL_OWNER}(?:\s+(?:of\s+|for\s+|${PARTICLE}|in\s+(?=Charge\b)|and\s+(?<=\b(?:of|for)\s+\p{Lu}\p{Ll}+\s+and\s+))?${CAP}${PLURAL_OWNER})*(?![\p{L}\d])`, 'gu');
/** Words before a capitalised run that make it a place: "the village of X", "in X", "near X". */
const PLACE_BEFORE = /(?:\b(?:village|town|city|hamlet|county|district|region|province|area|valley|suburb|island|port)\s+of|\b(?:in|near|outside|across|around|towards?|into|at)|\b(?:a|the)\s+(?:resident|native|villager|farmer|man|woman|mother|father|teacher|shopkeeper)\s+(?:of|from))\s+$/i;

/** "'s Ministry of …", "'s Department …", "'s police": what follows a place or organisation that owns it. */
const OWNS_BODY = /^[’']s\s+(?:[A-Z][\w-]*\s+){0,2}(?:Ministry|Department|Office|Government|Police|Agency|Authority|Council|Embassy|Parliament|Army|Navy|Coast Guard|Foreign|Interior|Health|Transport|Environment)\b/;

export interface Person {
  name: string;
  /** Title or organisation written next to the name. */
  role: string | null;
  /** Other titles written with the name, shorter than `role`: "Alderman" beside "mayoral committee member for safety". */
  titles?: string[];
  /** "Dr." or "Prof." written before the name: "the doctor" later is this person. */
  honorific?: 'doctor' | 'professor';
}

/** Is this capitalised run (or its tail) a person's name? Returns the name part and the title part. */
export function splitName(run: string): Person | null {
  const words = run.split(/\s+/);
  let i = words.length;
  // "Vice-Chancellor Catherine Lund": a title written with a hyphen is a title too.
  const isRole = (w: string): boolean => ROLE_WORDS.has(w.toLowerCase()) || (/-/.test(w) && w.toLowerCase().split('-').every((p) => ROLE_WORDS.has(p)));
  while (i > 0 && !isRole(words[i - 1]!) && !/^(?:of|for)$/.test(words[i - 1]!)) i--;
  // "Alderman for Culture Karel Verhaeghe", "Secretary of State Ana Ruiz": a title's field, then the name.
  if (i > 1 && /^(?:of|for)$/.test(words[i - 1]!) && ROLE_WORDS.has(words[0]!.toLowerCase()) && words.length - i >= 3) i = words.length - 2;
  // "Minister for Parks and Environment Rachel Ferrier": the field goes on after "and".
  if (i > 3 && words[i - 1] === 'and' && /^(?:of|for)$/.test(words[i - 3]!) && ROLE_WORDS.has(words[0]!.toLowerCase()) && words.length - i >= 3) i = words.length - 2;
  const name = words.slice(i);
  if (name.length < 2 || name.length > 4) return null;
  // "Parents for Medicine Safety", "Friends of the Earth": a name after "of" or "for" is an organisation's.
  if (i > 0 && /^(?:of|for)$/.test(words[i - 1]!)) return null;
  if (name.some((w) => NOT_PERSON.has(w.toLowerCase()))) return null;
  // "M. Saravanan", "J. Smith": an initial may open a name, before a name word; never close one.
  if ((/^[A-Z]\.$/.test(name[0]!) && !(name.length === 2 && /^\p{Lu}\p{Ll}{2,}$/u.test(name[1]!))) || /^[A-Z]\.$/.test(name.at(-1)!)) return null;
  // "WorkSafe Victoria": a word with a capital inside (not McLeod, DeSantis) names a brand, not a person.
  if (name.some((w) => /^\p{Lu}\p{Ll}+\p{Lu}/u.test(w) && !/^(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Fitz)\p{Lu}/u.test(w))) return null;
  // "Two Slovenian officials", "Several Croatian boats": a count, not a first name.
  if (/^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|Many|Some|Both|All|Most|Few|Dozens|Hundreds|Thousands)$/.test(name[0]!)) return null;
  const title = words.slice(0, i).join(' ');
  const role = title.replace(/^(?:The|the)\s+/, '').replace(/\b(?:Dr|Mr|Mrs|Ms|Miss|Mx)(?:\.|\b)\s*/g, '').trim();
  const honorific = /\bDr\b/.test(title) ? 'doctor' : /\bProf\b/.test(title) ? 'professor' : undefined;
  return { name: name.join(' '), role: role || null, ...(honorific ? { honorific } : {}) };
}

/** Words that make an appositive a clause, not a description: "the shaft caved in". */
const CLAUSE = /^(?:is|are|was|were|has|have|had|will|would|could|can|did|does|do|who|which|whose|where|when|that|it|they|he|she)$/i;

/** "…," said Dr. A, the chemist.": after a reporting verb, an appositive that ends the sentence describes the speaker. */
const SPEECH_BEFORE = /\b(?:said|says|added|noted|stated|explained|warned|wrote)\s+(?:(?:Dr|Prof|Mr|Mrs|Ms)\.\s+)?$/;

/** "the cantonal chemist of Basel-Landschaft", "a hydrologist at Leeds": a noun phrase with an article, no clause in it. */
function describesPerson(appositive: string): boolean {
  const words = appositive.trim().split(/\s+/);
  if (!/^(?:the|a|an)$/i.test(words[0]!) || words.length < 2 || words.length > 10) return false;
  return !words.some((w, i) => CLAUSE.test(w) || (i > 1 && /^[a-z]+ed$/.test(w) && words[i - 1] !== 'and'));
}

/**
 * People named in a sentence, with titles written before the name or in an appositive after it.
 * @example findPeople('Port director Ana Lima, the head of the harbour, said…') // [{ name: 'Ana Lima', role: 'Port director' }]
 */
export function findPeople(sentence: string): (Person & { index: number; end: number })[] {
  const people: (Person & { index: number; end: number })[] = [];
  for (const match of sentence.matchAll(CAP_RUN)) {
    const run = match[0].replace(/’s$|'s$/, '');
    // "the village of Cwm Glas", "in Santa Ana": a place, however much it looks like a name.
    if (PLACE_BEFORE.test(sentence.slice(0, match.index))) continue;
    // "British Columbia's Ministry of Transportation": the owner of a public body is a place or an organisation.
    if (OWNS_BODY.test(sentence.slice((match.index ?? 0) + match[0].length - (match[0].length - run.length)))) continue;
    // "Marlow Parks and Wildlife Service": the opening of a body's name, not a person.
    if (new RegExp(String.raw`^\s+and\s+(?:\p{Lu}[\p{L}’'-]*\s+)?${AND_BODY}\b`, 'u').test(sentence.slice((match.index ?? 0) + match[0].length))) continue;
    const person = splitName(run);
    if (!person) continue;
    // "the bus operator Lijnen van Oost": a name right after a kind of body is the body's.
    const kindBefore = /\b(?:the|a|an|its|their)\s+(?:[a-z-]+\s+){0,2}([a-z]+)\s+$/.exec(sentence.slice(Math.max(0, match.index! - 80), match.index))?.[1];
    if (!person.role && kindBefore && ORG_KINDS.has(kindBefore)) continue;
    const end = (match.index ?? 0) + match[0].length;
    const after = sentence.slice(end);
    // "Pakatan Sinar secretary-general Nurul Ain Kamaruddin": a name right before a title and another name owns the title.
    if (/^\s+(?:[a-z-]+\s+){0,2}?(?:secretary-general|spokes(?:wo)?man|spokesperson|chair(?:wo)?man|president|vice-president|leader|chief|director|minister|commissioner|secretary)\s+(?:\p{Lu}\.?\s+)?\p{Lu}\p{Ll}/u.test(after)) continue;
    // "Sangre Backcountry Guides, a Taos-based company that …": what it is says it is no person.
    const kind = /^,\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?([a-z]+)(?=\s+(?:that|which|who|based|with|in|of)\b|[,.;]|$)/.exec(after)?.[1];
    if (kind && ORG_KINDS.has(kind)) continue;
    // "spokeswoman for the Zeebit Victims' Collective": a plural possessive inside a name is no closing quote.
    const appositive = /^,\s+([^,;"“”_]{3,90}?)(?=,|\.$|$|\.?(?:["”]|(?<!s)[’']|[’'](?!\s+\p{Lu}))(?![A-Za-z])|\s+(?:said|says|told|added))/u.exec(after);
    // An appositive is a role ("the head of B"), not a clause that follows the name ("the shaft caved in").
    // "X, was summoned to the ministry": a clause after the name, not what X is.
    // "X, denied that the firm had …": a verb with its object is a clause too.
    const clause = !!appositive && (/^(?:was|were|is|are|has|had|have|will|would|could|can|did|does|who|which|whose)\b/i.test(appositive[1]!) || /^[a-z]+(?:ed|s)\s+(?:that|the|a|an|to|it|its|his|her|their|any|all|claims?|reports?)\b/.test(appositive[1]!));
    const isRole = !!appositive && !clause && (appositive[1]!.split(/\s+/).some((w) => ROLE_WORDS.has(w.toLowerCase()) && !/^(?:the|of|for|and|state|states|united)$/i.test(w)) || describesPerson(appositive[1]!) && (/^(?:,|\s+(?:said|says|told|added))/.test(after.slice(appositive[0].length)) || SPEECH_BEFORE.test(sentence.slice(0, match.index))));
    if (appositive && isRole && !/^(?:who|which|whose|where)\b/.test(appositive[1]!)) {
      const text = appositive[1]!.replace(/^(?:the|a|an)\s+/, '');
      person.role = person.role ? `${person.role}, ${text}` : text;
    }
    // "Oddvar Hestnes, who heads the directorate's aquaculture section,": what he heads is his role.
    const heads = appositive ? /^who\s+(?:heads|leads|runs|chairs|directs|manages|oversees)\s+(.+)$/.exec(appositive[1]!) : null;
    if (heads && !person.role) person.role = `head of ${heads[1]!}`;
    // "Rovato's mayor, Chiara Ferrandi, suspended …", "Arktis Kystlinjer's chief executive, Kjersti Hovland,": a role set before the name with a comma.
    const roleBefore = person.role ? null : /(?:^|[.;]\s+)((?:(?:A|An|The)\s+)?(?:(?:\p{Lu}[\p{L}’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*[’']s\s+)?(?:[a-z-]+\s+){0,3}([a-z]+)),\s*$/u.exec(sentence.slice(0, match.index));
    // "The federation said its president, X,": a clause before the name is no role.
    if (roleBefore && ROLE_WORDS.has(roleBefore[2]!) && !/^(?:the|of|for|and)$/.test(roleBefore[2]!) && !/\b(?:said|says|told|added|announced|confirmed|stated|reported|named|appointed)\b/.test(roleBefore[1]!)) person.role = roleBefore[1]!;
    // "The Prefect of the Bouches-du-Rhône, Thierry Vasseur,": a capitalised title of a place or body, before the name.
    const titleOf = person.role ? null : /(?:^|[.;]\s+)(?:The\s+)?(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+of\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3}),\s*$/u.exec(sentence.slice(0, match.index));
    if (titleOf && TITLE_OF.test(titleOf[1]!)) person.role = titleOf[1]!;
    // Title words written before the name: "Gateway spokeswoman Tanya Brooks", "company spokeswoman Mary Atieno"; before a
    // title in capitals too ("Coast guard spokeswoman Lieutenant X" is a spokeswoman, not only a lieutenant).
    const titled = person.role && /^\p{Lu}/u.test(person.role) && run.startsWith(person.role) ? person.role : null;
    if (!person.role || titled) {
      const words = sentence.slice(0, (match.index ?? 0) + (titled ? 0 : run.lastIndexOf(person.name))).trimEnd().split(/\s+/);
      const title: string[] = [];
      for (let k = words.length - 1; k >= 0 && title.length < 5; k--) {
        const w = words[k]!;
        if (/[,;:"“”_]$/.test(w) || /^(?:the|a|an|and|by|to|from|with|said|says|told)$/i.test(w)) break;
        if (/^(?:Dr|Mr|Mrs|Ms|Prof)\.$/.test(w)) continue;
        // "association chair": the kind of body before a role word is part of the title.
        const kindOfRole = ORG_KINDS.has(w) && title.length > 0 && ROLE_WORDS.has(title[0]!.toLowerCase());
        if (/^[A-Z][\w.’'&-]*$/.test(w) || ROLE_WORDS.has(w.toLowerCase().replace(/[’']s$/, '')) || kindOfRole) title.unshift(w);
        else break;
      }
      if (title.some((w) => ROLE_WORDS.has(w.toLowerCase()) && !/^(?:the|of|for|and)$/i.test(w))) person.role = titled ? `${title.join(' ')} ${titled}` : title.join(' ');
    }
    // "Agriculture, Water and Land Reform Minister X": a portfolio of several fields is one title.
    const portfolio = PORTFOLIO.exec(sentence.slice(0, (match.index ?? 0) + run.lastIndexOf(person.name)).trimEnd());
    if (portfolio && person.role && portfolio[1]!.endsWith(person.role)) person.role = portfolio[1]!;
    people.push({ ...person, index: (match.index ?? 0) + run.lastIndexOf(person.name), end });
  }
  return people;
}

/** Titles held over a place or a body: "Prefect of the Bouches-du-Rhône", "Governor of the Central Bank". */
const TITLE_OF = /^(?:Prefect|Governor|Mayor|President|Director|Chair|Chairman|Chairwoman|Head|Chief|Commissioner|Minister|Secretary|Ombudsman|Rector|Dean|Sheriff|Bishop|Archbishop|Superintendent)\b/;

/** A title naming several fields before the name: "Agriculture, Water and Land Reform Minister". */
const PORTFOLIO = /((?:\p{Lu}\p{Ll}+,\s+)+\p{Lu}\p{Ll}+\s+and\s+(?:\p{Lu}\p{Ll}+\s+){1,3}(?:Minister|Secretary|Commissioner|Director))$/u;

export const surname = (name: string): string => name.split(/\s+/).at(-1)!;

/** Capitals of the capitalised words: ["Transportation", "Safety", "Board"] -> "TSB"; "U.S." counts as "US". */
export const initials = (words: readonly string[]): string =>
  words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => (/^(?:[A-Z]\.)+$/.test(w) ? w.replace(/\./g, '') : w[0]!)).join('');
