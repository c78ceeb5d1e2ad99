/**
 * Names in text: people ("Lloyd J. Austin", "Dr. Abdi Hussein", "Cho Tae-yong") with the
 * titles around them, and a registry that resolves later mentions ("Kirby", "the secretary",
 * "he") to them.
 */

import { countryOf } from './lexicon.ts';

/** Words of titles and roles: written before a name, they are its role, never part of it. */
export const ROLE_WORDS = new Set(
  `secretary minister director adviser advisor spokesman spokeswoman spokesperson president chief head general gen gen. coordinator
  communications defense defence national security council house white foreign ministry intelligence service dictator
  secretary-general ambassador commander governor mayor senator representative rep sen dr mr mrs ms prof professor premier
  chancellor king queen prince leader official officials analyst analysts deputy acting press office department agency
  military army navy police fire colonel lieutenant captain major sergeant judge justice chairman chairwoman chair ceo
  commissioner inspector constable superintendent engineer nurse researcher executive officer manager founder owner lawyer attorney prosecutor
  dr. mr. mrs. ms. prof. col. lt. sgt. capt. maj. sen. rep. gov. cabinet county state federal regional interior mining health
  company firm operator emergency rescue disaster operations charge special agent supervisory assistant senior retired vice deputy-director economist expert scientist doctor surgeon pilot skipper
  councillor councilor cr cllr alderman mp mep mla msp principal headteacher teacher registrar coroner sheriff magistrate auditor ombudsman
  epidemiologist virologist paramedic firefighter ranger warden trustee chairperson dean rector bishop priest pastor imam rabbi returning
  candidate campaigner activist physician pharmacist veterinarian meteorologist hydrologist geologist seismologist toxicologist chemist
  biologist ecologist lecturer consultant miss mx sir dame lord lady det insp supt const
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
  air airlines airline airways aviation bank motors energy water power systems labs laboratories pharma pharmaceuticals capital partners
  media telecom rail railway railways lines shipping logistics foods chemie chemicals chemical holdings solutions technologies tech
  software care clinic school academy museum zoo league club fc party trust network networks insurance electric gas oil mining steel
  data centre centres center centers works industries enterprises international global digital computing cloud ventures
  workers members local union brotherhood guild teamsters federation industrial
  orbital aerospace space dynamics robotics launch rockets satellites airport spaceport cruises cruise ferries ferry tours travel`.split(/\s+/),
);

const HONORIFIC = String.raw`(?:Dr|Mr|Mrs|Ms|Gen|Col|Lt|Sgt|Sen|Rep|Gov|Prof|Capt|Maj|Adm|Cmdr|Insp|Supt|Rev)\.`;
/** A name word in any Latin script: "Raúl", "Zieliński", "Ó Briain". */
const CAP = String.raw`(?:${HONORIFIC}|\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}+)?|\p{Lu}\.|\p{Lu}\p{Ll}*\p{Lu}\p{Ll}+)`;
const CAP_RUN = new RegExp(String.raw`(?<![\p{L}\d])${CAP}(?:\s+(?:of\s+|for\s+|in\s+(?=Charge\b))?${CAP})*(?![\p{L}\d])`, 'gu');
/** Words before a capitalised run that make it a place: "the village of X", "in X", "near X". */
const PLACE_BEFORE = /(?:\b(?:village|town|city|hamlet|county|district|region|province|area|valley|suburb|island|port)\s+of|\b(?:in|near|outside|across|around|towards?|into|at)|\b(?:a|the)\s+(?:resident|native|villager|farmer|man|woman|mother|father|teacher|shopkeeper)\s+(?:of|from))\s+$/i;

/** "'s Ministry of …", "'s Department …", "'s police": what follows a place or organisation that owns it. */
const OWNS_BODY = /^[’']s\s+(?:[A-Z][\w-]*\s+){0,2}(?:Ministry|Department|Office|Government|Police|Agency|Authority|Council|Embassy|Parliament|Army|Navy|Coast Guard|Foreign|Interior|Health|Transport|Environment)\b/;

/** Generic nouns for organisations: "the company", "the agency". */
export const ORG_KINDS = new Set(
  `company firm operator owner group agency service ministry department office council embassy union airline carrier utility
  network hospital authority inspectorate regulator government commission committee association organisation organization
  charity institute university court police bank lender insurer retailer supermarket carmaker drugmaker manufacturer broadcaster airport port prison school zoo museum stadium chamber bureau board federation coalition alliance trust panel society laboratory
  promoter organiser organizer contractor developer supplier distributor builder center centre outfitter`.split(/\s+/),
);

/** Kinds that name one another: an intelligence "agency" may be a "service". */
const SAME_KIND: Record<string, string[]> = {
  agency: ['service', 'office'], service: ['agency'], firm: ['company'], company: ['firm', 'operator', 'bank', 'lender', 'insurer', 'retailer', 'carmaker', 'drugmaker', 'manufacturer', 'airline', 'promoter', 'organiser', 'organizer', 'contractor', 'developer', 'supplier', 'distributor', 'builder'],
  operator: ['company'], airline: ['carrier'], carrier: ['airline'], bank: ['lender'], lender: ['bank'], regulator: ['agency', 'authority', 'commission', 'inspectorate', 'regulatory'], watchdog: ['regulator', 'agency', 'authority', 'commission'], drugmaker: ['manufacturer', 'company'], manufacturer: ['company', 'drugmaker', 'carmaker'],
};

/** Last words of company names: "Kestrel Cell Technologies", "Nordvakt AS", "Desert Basin Electric". */
const COMPANY_ENDING = /^(?:ltd|inc|llc|corp|corporation|plc|s\.a|sa|spa|s\.p\.a|ag|as|asa|ab|nv|bv|oy|gmbh|co|pty|transportes|minerals|resources|holdings|technologies|technology|systems|pharmaceuticals|pharma|motors|airlines|airways|air|energy|electric|industries|chemie|chemicals|foods|logistics|solutions|labs|laboratories|aerospace|orbital|dynamics|robotics|shipping|telecom|software|ventures|enterprises|cruises)$/i;

interface Organisation {
  name: string;
  count: number;
  /** What the text calls it: "company", "operator", "agency". */
  kinds: Set<string>;
  /** Country written before its name, e.g. "korea". */
  country: string | null;
  /** When it was last named, for "the company" -> the latest company. */
  order: number;
  /** Named right after what it is ("the utility X", "owned by X"): surely no person. */
  described: boolean;
}

export interface Person {
  name: string;
  /** Title or organisation written next to the name. */
  role: string | null;
}

/** Is this capitalised run (or its tail) a person's name? Returns the name part and the title part. */
export function splitName(run: string): Person | null {
  const words = run.split(/\s+/);
  let i = words.length;
  while (i > 0 && !ROLE_WORDS.has(words[i - 1]!.toLowerCase()) && !/^(?:of|for)$/.test(words[i - 1]!)) i--;
  // "Alderman for Culture Karel Verhaeghe", "Secretary of State Ana Ruiz": a title's field, then the name.
  if (i > 1 && /^(?:of|for)$/.test(words[i - 1]!) && ROLE_WORDS.has(words[0]!.toLowerCase()) && words.length - i >= 3) i = words.length - 2;
  const name = words.slice(i);
  if (name.length < 2 || name.length > 4) return null;
  // "Parents for Medicine Safety", "Friends of the Earth": a name after "of" or "for" is an organisation's.
  if (i > 0 && /^(?:of|for)$/.test(words[i - 1]!)) return null;
  if (name.some((w) => NOT_PERSON.has(w.toLowerCase()))) return null;
  if (/^[A-Z]\.$/.test(name[0]!) || /^[A-Z]\.$/.test(name.at(-1)!)) return null;
  // "WorkSafe Victoria": a word with a capital inside (not McLeod, DeSantis) names a brand, not a person.
  if (name.some((w) => /^\p{Lu}\p{Ll}+\p{Lu}/u.test(w) && !/^(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Fitz)\p{Lu}/u.test(w))) return null;
  // "Two Slovenian officials", "Several Croatian boats": a count, not a first name.
  if (/^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|Many|Some|Both|All|Most|Few|Dozens|Hundreds|Thousands)$/.test(name[0]!)) return null;
  const role = words.slice(0, i).join(' ').replace(/^(?:The|the)\s+/, '').replace(/\b(?:Dr|Mr|Mrs|Ms)\.\s*/g, '').trim();
  return { name: name.join(' '), role: role || null };
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
    const person = splitName(run);
    if (!person) continue;
    const end = (match.index ?? 0) + match[0].length;
    const after = sentence.slice(end);
    // "Sangre Backcountry Guides, a Taos-based company that …": what it is says it is no person.
    const kind = /^,\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?([a-z]+)(?=\s+(?:that|which|who|based|with|in|of)\b|[,.;]|$)/.exec(after)?.[1];
    if (kind && ORG_KINDS.has(kind)) continue;
    const appositive = /^,\s+([^,;"“”_]{3,90}?)(?=,|\.$|$|\.?["”’'](?![A-Za-z])|\s+(?:said|says|told|added))/.exec(after);
    // An appositive is a role ("the head of B"), not a clause that follows the name ("the shaft caved in").
    // "X, was summoned to the ministry": a clause after the name, not what X is.
    const clause = !!appositive && /^(?:was|were|is|are|has|had|have|will|would|could|can|did|does|who|which|whose)\b/i.test(appositive[1]!);
    const isRole = !!appositive && !clause && (appositive[1]!.split(/\s+/).some((w) => ROLE_WORDS.has(w.toLowerCase()) && !/^(?:the|of|for|and|state|states|united)$/i.test(w)) || describesPerson(appositive[1]!) && (/^(?:,|\s+(?:said|says|told|added))/.test(after.slice(appositive[0].length)) || SPEECH_BEFORE.test(sentence.slice(0, match.index))));
    if (appositive && isRole && !/^(?:who|which|whose|where)\b/.test(appositive[1]!)) {
      const text = appositive[1]!.replace(/^(?:the|a|an)\s+/, '');
      person.role = person.role ? `${person.role}, ${text}` : text;
    }
    // "Rovato's mayor, Chiara Ferrandi, suspended …": a role set before the name with a comma.
    const roleBefore = person.role ? null : /(?:^|[.;]\s+)((?:(?:A|An|The)\s+)?(?:\p{Lu}[\p{L}’'-]*[’']s\s+)?(?:[a-z-]+\s+){0,3}([a-z]+)),\s*$/u.exec(sentence.slice(0, match.index));
    if (roleBefore && ROLE_WORDS.has(roleBefore[2]!) && !/^(?:the|of|for|and)$/.test(roleBefore[2]!)) person.role = roleBefore[1]!;
    if (!person.role) {
      // Title words written before the name: "Gateway spokeswoman Tanya Brooks", "company spokeswoman Mary Atieno".
      const words = sentence.slice(0, (match.index ?? 0) + run.lastIndexOf(person.name)).trimEnd().split(/\s+/);
      const title: string[] = [];
      for (let k = words.length - 1; k >= 0 && title.length < 5; k--) {
        const w = words[k]!;
        if (/[,;:"“”_]$/.test(w) || /^(?:the|a|an|and|by|to|from|with|said|says|told)$/i.test(w)) break;
        if (/^(?:Dr|Mr|Mrs|Ms|Prof)\.$/.test(w)) continue;
        if (/^[A-Z][\w.’'&-]*$/.test(w) || ROLE_WORDS.has(w.toLowerCase().replace(/[’']s$/, ''))) title.unshift(w);
        else break;
      }
      if (title.some((w) => ROLE_WORDS.has(w.toLowerCase()) && !/^(?:the|of|for|and)$/i.test(w))) person.role = title.join(' ');
    }
    people.push({ ...person, index: (match.index ?? 0) + run.lastIndexOf(person.name), end });
  }
  return people;
}

export const surname = (name: string): string => name.split(/\s+/).at(-1)!;

/** Capitals of the capitalised words: ["Transportation", "Safety", "Board"] -> "TSB"; "U.S." counts as "US". */
const initials = (words: readonly string[]): string =>
  words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => (/^(?:[A-Z]\.)+$/.test(w) ? w.replace(/\./g, '') : w[0]!)).join('');

/** People met so far in a story; resolves surnames and role descriptions to full names. */
export class PeopleRegistry {
  private byName = new Map<string, Person>();
  /** The same people by surname, each list in `byName` order, so a surname resolves without a scan. */
  private bySurname = new Map<string, Person[]>();

  private register(person: Person): void {
    this.byName.set(person.name, person);
    const list = this.bySurname.get(surname(person.name));
    if (list) list.push(person);
    else this.bySurname.set(surname(person.name), [person]);
  }

  add(person: Person): Person {
    const known = this.resolveName(person.name);
    if (known) {
      if (person.role && (!known.role || person.role.length > known.role.length)) known.role = person.role;
      if (person.name.length > known.name.length && surname(person.name) === surname(known.name)) {
        this.byName.delete(known.name);
        const list = this.bySurname.get(surname(known.name))!;
        list.splice(list.indexOf(known), 1);
        known.name = person.name;
        this.register(known);
      }
      return known;
    }
    const copy = { name: person.name, role: person.role };
    this.register(copy);
    return copy;
  }

  private orgs = new Map<string, Organisation>();
  private noted = 0;
  /** Organisations named in the article being read: "the company" means one of them before one of another article. */
  private inArticle = new Set<string>();

  /** A new article begins: what "the company" may mean starts afresh. */
  startArticle(): void {
    this.inArticle.clear();
  }

  /**
   * Records organisations named in a sentence (`early`: read ahead over the whole story, so a
   * later sentence's "the company" still prefers what was named before it): capitalised names of two or more words that are
   * not people, with what the text calls them ("the private company X", "X, the operator",
   * "operated by X") and the country written before the name ("South Korean X").
   */
  noteOrgs(text: string, early = false): void {
    // "Ministry of Transportation and Infrastructure": "and" joins the fields of a ministry or department, not two names.
    for (const m of text.matchAll(/(?<![\w.])(?:(?:[A-Z]\.){2,}|[A-Z][\w&’'-]*)(?:\s+(?:of\s+|for\s+|and\s+(?<=\b(?:Ministry|Department|Office|Secretary|Minister|Commission|Agency)\s+(?:of|for)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+and\s+))?[A-Z][\w&’'.-]*)+(?:\s+\d{1,4}\b(?<=Local\s+\d+))?/g)) {
      // "The Ministry of Transport", "Members of United Workers Local 418" at the start of a sentence: the opening words are no part of the name.
      const raw = m[0].replace(/[’']s$/, '').replace(/(?<=[a-z])\.$/, '').replace(/^(?:The|A|An)\s+(?=\S+\s)/, '').replace(/^(?:Members|Workers|Staff|Employees|Residents|Officials|Leaders|Supporters|Customers|Most|Many|Some|All|Both)\s+of\s+(?:the\s+)?(?=\S+\s)/, '');
      const before = text.slice(0, m.index).toLowerCase();
      const after = text.slice((m.index ?? 0) + m[0].length).toLowerCase();
      const described = /\b(?:the|a|an|its|their)\s+(?:[a-z-]+\s+){0,3}?([a-z]+)\s*,?\s*$/.exec(before)?.[1];
      const operated = /\b(?:operated|run|owned)\s+by\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}$/.test(before);
      // "Festival promoter Tidewater Live": what it is, written right before its name, without an article.
      const adjacent = /(?:^|\s)([a-z]+)\s+$/.exec(before)?.[1];
      const kindNext = !!adjacent && ORG_KINDS.has(adjacent) && !ROLE_WORDS.has(adjacent);
      // "Sangre Peak Guides, a Taos-based company that …": an appositive that says what it is.
      const saidToBe = /^,\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?([a-z]+)(?=\s+(?:that|which|who|based|with|in|of)\b|[,.;]|$)/.exec(after)?.[1];
      const person = described && ORG_KINDS.has(described) || operated || kindNext || (saidToBe && ORG_KINDS.has(saidToBe)) ? null : splitName(raw);
      if (person) {
        // "Acme Shipping spokeswoman Ida Holm": the organisation in the title is noted too.
        const org = (person.role ?? '').replace(/(?:\s+(?:[Dd]irector|[Mm]inister|[Ss]pokes\w+|[Cc]hief|[Hh]ead|[Cc]ommissioner|[Ss]ecretary|[Pp]resident|[Cc]hair\w*|CEO|[Mm]anager|[Oo]fficer|[Ss]pokesperson|[Rr]epresentative))+$/, '');
        if (org && org !== person.role && org.split(/\s+/).length >= 2) this.noteOrgs(org, early);
        // "Halcyon chief executive Magnus Ridley": only a company has a chief executive.
        const chief = /^(.+?)\s+(?:chief executive|CEO|chairman|chairwoman|founder|managing director)\b/i.exec(person.role ?? '')?.[1];
        if (chief) this.orgs.get(this.resolveOrg(chief))?.kinds.add('company');
        continue;
      }
      if (/^(?:The|A|An|In|On|At|By|But|And|If|As)\s/.test(raw)) continue;
      const words = raw.split(/\s+/);
      // "South Korean National Intelligence Service": the country is an attribute, not part of the name.
      let k = 0;
      // "British Columbia's Ministry of …": a word before a possessive names the owner, not a country.
      while (k < words.length - 2 && !/[’']s$/.test(words[k + 1]!) && (countryOf(words[k]!) || /^(?:North|South|East|West)$/.test(words[k]!) && countryOf(words[k + 1]!))) k++;
      const name = words.slice(k).join(' ');
      const org = this.orgs.get(name) ?? { name, count: 0, kinds: new Set<string>(), country: null, order: 0, described: false };
      const kindBefore = /\b(?:the|a|an|its|their)\s+(?:[a-z-]+\s+){0,3}?([a-z]+)\s+$/.exec(before)?.[1];
      if (kindBefore && ORG_KINDS.has(kindBefore) || operated || kindNext) org.described = true;
      org.count++;
      if (!early) org.order = ++this.noted;
      const country = words.slice(0, k).map((w) => countryOf(w)).find(Boolean) ?? null;
      if (country) org.country = country;
      if (described && ORG_KINDS.has(described)) org.kinds.add(described);
      if (kindNext && !described) org.kinds.add(adjacent!);
      if (saidToBe && ORG_KINDS.has(saidToBe)) (org.kinds.add(saidToBe), (org.described = true));
      const appositive = /^,\s+(?:the|a|an)\s+(?:[a-z-]+\s+){0,3}?([a-z]+)\b/.exec(after)?.[1];
      if (appositive && ORG_KINDS.has(appositive)) org.kinds.add(appositive);
      if (/\b(?:operated|run)\s+by\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}$/.test(before)) org.kinds.add('operator');
      if (/\b(?:owned)\s+by\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}$/.test(before)) org.kinds.add('owner');
      const last = words.at(-1)!.toLowerCase();
      if (ORG_KINDS.has(last)) org.kinds.add(last);
      if (COMPANY_ENDING.test(last)) org.kinds.add('company');
      if (/^(?:air|airlines|airways)$/i.test(last)) org.kinds.add('airline');
      if (/^(?:electric|energy|power|water|gas)$/i.test(last)) (org.kinds.add('utility'), org.kinds.add('company'));
      if (/\b(?:built|made|manufactured|developed|designed|produced)\s+by\s+$/.test(before)) org.kinds.add('company');
      if (!early) this.inArticle.add(name);
      // "United Industrial Workers Local 418" is a union, though no word of its name says so.
      if (/\b(?:Workers|Union|Brotherhood|Guild|Teamsters|Local \d+)\b/.test(name)) org.kinds.add('union');
      this.orgs.set(name, org);
    }
  }

  /** Acronyms the text defines ("Medicines and Healthcare products Regulatory Agency (MHRA)"), both ways. */
  /** Acronyms and the full names they stand for, both ways: defined ("Medicines and Healthcare products Regulatory Agency (MHRA)") or spelled by a known name. */
  private acronyms = new Map<string, string>();
  private acronymOf = new Map<string, string>();

  /** Reads "Full Name (ACR)" definitions: the shortest run of words before the brackets whose capitals spell the acronym. */
  noteAcronyms(text: string): void {
    for (const m of text.matchAll(/\(([A-Z][A-Z&]{1,7})\)/g)) {
      const words = text.slice(0, m.index).trim().split(/\s+/).slice(-10);
      for (let k = 1; k <= words.length; k++) {
        const run = words.slice(-k);
        if (!/^[A-Z]/.test(run[0]!)) continue;
        if (initials(run) === m[1]!.replace(/&/g, '')) {
          this.pair(m[1]!, run.join(' ').replace(/[’']s$/, '').replace(/^The\s+/, ''));
          break;
        }
      }
    }
  }

  private pair(acronym: string, full: string): void {
    this.acronyms.set(acronym, full);
    this.acronymOf.set(full, acronym);
    // "Medicines and Healthcare products Regulatory Agency": a defined name is an organisation, lower-case words and all.
    if (!this.orgs.has(full)) {
      const last = full.split(/\s+/).at(-1)!.toLowerCase();
      this.orgs.set(full, { name: full, count: 1, kinds: new Set(ORG_KINDS.has(last) ? [last] : []), country: null, order: 0, described: true });
    }
  }

  /**
   * The body a minister, commissioner or police officer serves, when the story names exactly one that fits the title:
   * "Electoral Commissioner" -> "Electoral Commission of Queensland", "Health Minister" -> "Ministry of Health",
   * "Chief Police Inspector" -> "Copenhagen Police".
   */
  bodyOf(role: string): string | null {
    // "Chief Police Inspector": the one police force the story names.
    if (/\bPolice\b/.test(role)) {
      const forces = [...this.orgs.keys()].filter((name) => /\sPolice$/.test(name) && !/\bPolice\b/.test(role.replace(/\bPolice\b/, '')));
      if (forces.length === 1 && !role.includes(forces[0]!)) return forces[0]!;
    }
    const title = /^(?:the\s+)?((?:[A-Z][\w-]*\s+){1,3}?)(Minister|Commissioner)$/.exec(role.trim());
    if (!title) return null;
    const body = title[2] === 'Minister' ? 'Ministry' : 'Commission';
    const field = title[1]!.trim().split(/\s+/);
    const fits = [...this.orgs.keys()].filter((name) => name.split(/\s+/).includes(body) && field.every((w) => name.split(/\s+/).includes(w)));
    return fits.length === 1 ? fits[0]! : null;
  }

  /** Later is better, and any organisation of this article beats one of another. */
  private rankOf(org: Organisation): number {
    return (this.inArticle.has(org.name) ? 1e9 : 0) + org.order;
  }

  /** The known organisation an acronym spells: "TSB" -> "Transportation Safety Board of Canada" (what follows "of" may be left out). */
  private spelled(acronym: string): string | null {
    for (const org of [...this.orgs.keys()].reverse()) {
      // "IBEW" spells "International Brotherhood of Electrical Workers Local 1288" without its branch.
      const words = org.replace(/\s+Local\s+\d+$/, '').split(/\s+/);
      const cut = words.findIndex((w, i) => i > 0 && /^(?:of|for|in)$/.test(w));
      if (initials(words) === acronym || (cut > 0 && initials(words.slice(0, cut)) === acronym)) return org;
    }
    return null;
  }

  /**
   * One name per organisation, the full one: "MHRA" and "TSB" -> the names they stand for.
   * @example registry.canonicalOrg('RCMP') // 'Royal Canadian Mounted Police', once the story has named it
   */
  canonicalOrg(name: string): string {
    const bare = name.replace(/^the\s+/i, '');
    const full = this.acronyms.get(bare) ?? (/^[A-Z]{2,6}$/.test(bare) ? this.spelled(bare) : null);
    if (full && /^[A-Z]{2,6}$/.test(bare)) this.pair(bare, full);
    return full ?? name;
  }

  /** Pairs the acronyms a story uses with the organisations they spell, so that the first mention can show both. */
  linkAcronyms(texts: Iterable<string>): void {
    for (const text of texts) for (const m of text.matchAll(/\b[A-Z]{2,6}\b/g)) this.canonicalOrg(m[0]);
  }

  /** The acronym the story uses for an organisation, if any: shown beside its name ("Royal Canadian Mounted Police", "RCMP"). */
  aliasOf(name: string): string | null {
    return this.acronymOf.get(name) ?? this.acronymOf.get(name.replace(/\s+Local\s+\d+$/, '')) ?? null;
  }

  /** "Gateway" -> the most frequent known organisation whose name begins with it; else the name itself. */
  resolveOrg(name: string): string {
    if (name.split(/\s+/).length > 1) return name;
    let best = name;
    let count = 0;
    for (const [org, o] of this.orgs) if (org.startsWith(`${name} `) && o.count > count) (best = org), (count = o.count);
    return best;
  }

  /**
   * A description of an organisation -> the last organisation met that fits it: "the company",
   * "the operator", "South Korean intelligence agency" -> "National Intelligence Service".
   * @example registry.resolveOrgDescription('the company') // 'Nordvik Shipping'
   */
  resolveOrgDescription(description: string): string | null {
    const written = description.replace(/^(?:the|a|an)\s+/i, '').split(/\s+/).filter(Boolean);
    const words = written.map((w) => w.toLowerCase());
    const kind = words.at(-1);
    if (!kind || !ORG_KINDS.has(kind)) return null;
    // "the emergency service" after "the regional emergency service 112 Castilla y León".
    // A bare "the company" is the latest company, not the last one described.
    const told = words.length > 1 ? this.descriptions.findLast((d) => d.words.at(-1) === kind && words.every((w) => d.words.includes(w))) : undefined;
    if (told) return told.name;
    const country = words.map((w) => countryOf(w)).find(Boolean) ?? null;
    // Where it is ("the Leeds lender", "the Leeds-based bank") says nothing of its name.
    const content = words.slice(0, -1).filter((w, i) => !countryOf(w) && !/^\p{Lu}/u.test(written[i]!) && !/-based$/.test(w) && !/^(?:north|south|east|west|private|public|state|local|national|main|same|[a-z]+'s|[a-z]+’s)$/.test(w));
    let best: Organisation | null = null;
    for (const org of this.orgs.values()) {
      const name = org.name.toLowerCase().split(/\s+/);
      // "the United States, the company's largest market": a country is no company.
      if (countryOf(name.join('-')) || countryOf(name.join(' '))) continue;
      const kinds = org.kinds.has(kind) || name.includes(kind) || (SAME_KIND[kind] ?? []).some((k) => org.kinds.has(k) || name.includes(k));
      if (!kinds || !content.every((w) => name.includes(w))) continue;
      if (country && org.country && org.country !== country) continue;
      if (content.length === 0 && !org.kinds.has(kind) && !name.includes(kind) && !(SAME_KIND[kind] ?? []).some((k) => name.includes(k))) continue;
      if (!best || this.rankOf(org) > this.rankOf(best)) best = org;
    }
    return best?.name ?? null;
  }

  private descriptions: { words: string[]; name: string }[] = [];

  /** Remembers what the text called an organisation: "regional emergency service" for "112 Castilla y León". */
  noteDescription(description: string, name: string): void {
    const words = description.toLowerCase().replace(/^(?:the|a|an)\s+/, '').split(/\s+/).filter(Boolean);
    if (words.length > 0 && ORG_KINDS.has(words.at(-1)!)) this.descriptions.push({ words, name });
  }

  /** Could "the <kind>" name this organisation? Unknown organisations and kinds could be anything. */
  mayBe(name: string, kind: string): boolean {
    const org = this.orgs.get(name);
    if (!org || !ORG_KINDS.has(kind)) return true;
    // What it is called, else what its name says it is ("Indiana Department of Labor" is a department).
    const kinds = org.kinds.size ? org.kinds : new Set(name.toLowerCase().split(/\s+/).filter((w) => ORG_KINDS.has(w)));
    if (kinds.size === 0) return true;
    return kinds.has(kind) || (SAME_KIND[kind] ?? []).some((k) => kinds.has(k));
  }

  /** Was this name met as an organisation ("the utility Cambrian Water", "owned by X")? Then it is no person. */
  isOrg(name: string): boolean {
    return this.orgs.get(name)?.described ?? false;
  }

  all(): Person[] {
    return [...this.byName.values()];
  }

  /** Does any known person's role end in this noun ("chemist" for "cantonal chemist of Basel")? */
  hasRoleNoun(noun: string): boolean {
    const word = new RegExp(String.raw`\b${noun.replace(/[^\p{L}-]/gu, '')}\b`, 'iu');
    return noun.length > 3 && this.all().some((p) => word.test(p.role ?? ''));
  }

  /** The known person a text mentions last by title and surname: "Cr Tulloch asked for a recount". */
  lastMentioned(text: string): Person | null {
    let found: Person | null = null;
    for (const m of text.matchAll(/\b(?:Dr|Mr|Mrs|Ms|Miss|Prof|Cr|Cllr|Sen|Rep|Gov|Gen|Col|Capt|Sgt|Det|Insp|Supt|Rev)\.?\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)/gu)) found = this.bySurname.get(m[1]!)?.[0] ?? found;
    return found;
  }

  /** "Kirby" or "John Kirby" -> the registered person. */
  resolveName(text: string): Person | null {
    const exact = this.byName.get(text);
    if (exact) return exact;
    const last = surname(text).replace(/[’']s$/, '');
    return this.bySurname.get(last)?.[0] ?? null;
  }

  /** "the secretary", "the head of Ukrainian military intelligence" -> the person whose role shares the most title words. */
  resolveDescription(text: string, prefer: readonly Person[] = []): Person | null {
    const words = text.toLowerCase().replace(/^(?:the|a|an)\s+/, '').split(/[\s-]+/).map((w) => w.replace(/[’']s$/, ''));
    // The head noun counts even when no list knows it: "the cantonal chemist" -> the person whose role says "chemist".
    const heads = words.filter((w, i) => (ROLE_WORDS.has(w) || i === words.length - 1 && w.length > 3) && !/^(?:the|of|for|and|us|u\.s\.|official|officials|state|states|united)$/.test(w));
    if (heads.length === 0) return null;
    let best: Person | null = null;
    let bestScore = 0;
    const order = [...prefer, ...this.byName.values()];
    for (const person of order) {
      const role = (person.role ?? '').toLowerCase();
      const score = heads.filter((h) => role.includes(h)).length;
      if (score > bestScore) (best = person), (bestScore = score);
    }
    return best;
  }
}
