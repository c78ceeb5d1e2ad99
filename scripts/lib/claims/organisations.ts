/**
 * Organisations met so far in a story: their names, what the text calls them ("the company",
 * "the regulator"), the acronyms that stand for them, and the bodies titles belong to. Resolves
 * "the company", "MHRA" and "Electoral Commissioner" to the organisation meant.
 */
import { bodyMentions, organisersIn } from './body-mentions.ts';
import { countryOf } from './lexicon.ts';
import { initials } from './names.ts';
import { NOT_ONE_WORD_ORG, ORG_KINDS, SAME_KIND } from './org-kinds.ts';
import { LEGAL_FORM, orgMentions } from './org-mention.ts';




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

export class Organisations {
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
    for (const mention of orgMentions(text)) {
      if ('person' in mention) {
        const { titleOrg, chiefOf } = mention.person;
        if (titleOrg) this.noteOrgs(titleOrg, early);
        if (chiefOf) this.orgs.get(this.resolveOrg(chiefOf))?.kinds.add('company');
        continue;
      }
      const { name, kinds, country, described } = mention.org;
      // "Vestfjord Havbruk AS": the name without its legal form is the company too, never a person, and "the company".
      if (LEGAL_FORM.test(name)) {
        const bare = name.replace(LEGAL_FORM, '');
        this.legalNames.add(bare);
        const company = this.orgs.get(bare) ?? { name: bare, count: 0, kinds: new Set<string>(), country: null, order: 0, described: true };
        company.kinds.add('company');
        company.described = true;
        this.keep(company);
      }
      const org = this.orgs.get(name) ?? { name, count: 0, kinds: new Set<string>(), country: null, order: 0, described: false };
      if (described) org.described = true;
      org.count++;
      if (!early) org.order = ++this.noted;
      if (country) org.country = country;
      for (const kind of kinds) org.kinds.add(kind);
      if (!early) this.inArticle.add(name);
      this.keep(org);
    }
    this.noteOneWordOrgs(text, early);
    for (const body of bodyMentions(text)) {
      if (body.legal) this.legalNames.add(body.name);
      const org = this.orgs.get(body.name) ?? { name: body.name, count: 0, kinds: new Set<string>(), country: null, order: 0, described: true };
      if (body.kind) org.kinds.add(body.kind);
      org.described = true;
      org.count++;
      if (!early) (org.order = ++this.noted), this.inArticle.add(body.name);
      this.keep(org);
    }
    for (const name of organisersIn(text)) this.orgs.get(name)?.kinds.add('organiser');
  }

  /** Names by their opening before "for", "of" or "in" ("Joint Rescue Coordination Centre" -> "… for Northern Norway"), so a short form is found without a scan. */
  private byOpening = new Map<string, Set<string>>();

  /** Names by what follows their first word ("Tasmania Parks and Wildlife Service" under "Parks and Wildlife Service"), and by their first word. */
  private byTail = new Map<string, Set<string>>();
  private byFirst = new Map<string, Set<string>>();

  /** Does the word open the name of a body of two words or more ("Nordavia" in "Nordavia Therapeutics")? */
  protected opensOrgName(word: string): boolean {
    return [...(this.byFirst.get(word) ?? [])].some((name) => name !== word);
  }

  private keep(org: Organisation): void {
    if (!this.orgs.has(org.name)) {
      for (const m of org.name.matchAll(/ (?:for|of|in) /g)) {
        const opening = org.name.slice(0, m.index);
        if (/\s/.test(opening)) this.byOpening.set(opening, (this.byOpening.get(opening) ?? new Set()).add(org.name));
      }
      const space = org.name.indexOf(' ');
      if (space > 0) this.byTail.set(org.name.slice(space + 1), (this.byTail.get(org.name.slice(space + 1)) ?? new Set()).add(org.name));
      const first = space > 0 ? org.name.slice(0, space) : org.name;
      this.byFirst.set(first, (this.byFirst.get(first) ?? new Set()).add(org.name));
    }
    this.orgs.set(org.name, org);
  }

  /**
   * One-word names are organisations only where the text says what they are: "Porto metro operator Metrodouro",
   * "Metrodouro, the company that runs…", "operated by Vortex13"; once known, each later mention counts.
   */
  private noteOneWordOrgs(text: string, early: boolean): void {
    // "Metrodouro", "Vortex13", "the FSMA, Belgium's financial watchdog": capitalised, one word, an acronym too.
    for (const m of text.matchAll(/(?<![\p{L}\d’'.-])(\p{Lu}[\p{L}\d&’'-]+)(?![\p{L}\d’'-]|\s+\p{Lu})/gu)) {
      const name = m[1]!;
      const before = text.slice(0, m.index);
      // Part of a longer capitalised run, or a day or month after "service", is no one-word name.
      if (/\p{Lu}[\p{L}\d’'.-]*\s+$/u.test(before) || NOT_ONE_WORD_ORG.test(name)) continue;
      const after = text.slice(m.index + m[0].length);
      const adjacent = /(?:^|\s)([a-z]+)\s+$/.exec(before)?.[1];
      const saidToBe = /^,\s+(?:(?:a|an|the)\s+|\p{Lu}\p{Ll}+[’']s\s+)(?:[\w’'-]+\s+){0,3}?([a-z]+)(?=\s+(?:that|which|who|based|with|in|of)\b|[,.;]|$)/u.exec(after)?.[1];
      const kind = [adjacent, saidToBe].find((k): k is string => !!k && ORG_KINDS.has(k));
      const madeBy = /\b(?:operated|run|owned|built|made|developed)\s+by\s+$/.test(before);
      const org = this.orgs.get(name);
      if (!org && !kind && !madeBy) continue;
      const known = org ?? { name, count: 0, kinds: new Set<string>(), country: null, order: 0, described: true };
      known.count++;
      if (!early) (known.order = ++this.noted), this.inArticle.add(name);
      if (kind) known.kinds.add(kind);
      if (madeBy) known.kinds.add(/\b(?:operated|run)\s+by\s+$/.test(before) ? 'operator' : 'company');
      this.keep(known);
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
      const spelled = words.map((_, k) => words.slice(words.length - 1 - k)).find((run) => /^[A-Z]/.test(run[0]!) && initials(run) === m[1]!.replace(/&/g, ''));
      if (spelled) {
        this.pair(m[1]!, spelled.join(' ').replace(/[’']s$/, '').replace(/^The\s+/, ''));
        continue;
      }
      // "the Public Prosecution Service (OM)": an acronym of the name in its own language, right after a body the story names.
      const named = /(?:^|\s)((?:\p{Lu}[\p{L}&’'-]*\s+){1,6}?(?:(?:of|for|and)\s+)?(?:\p{Lu}[\p{L}&’'-]*\s*)+)$/u.exec(text.slice(Math.max(0, m.index! - 160), m.index))?.[1]?.trim().split(/\s+/) ?? [];
      const body = named.map((_, k) => named.slice(k).join(' ')).find((n) => this.orgs.has(n));
      if (body && !this.acronyms.has(m[1]!)) this.pair(m[1]!, body);
    }
  }

  private pair(acronym: string, full: string): void {
    this.acronyms.set(acronym, full);
    this.acronymOf.set(full, acronym);
    // "Medicines and Healthcare products Regulatory Agency": a defined name is an organisation, lower-case words and all.
    if (!this.orgs.has(full)) {
      const last = full.split(/\s+/).at(-1)!.toLowerCase();
      this.keep({ name: full, count: 1, kinds: new Set(ORG_KINDS.has(last) ? [last] : []), country: null, order: 0, described: true });
    }
  }

  /**
   * The body a minister, commissioner or police officer serves, when the story names exactly one that fits the title:
   * "Electoral Commissioner" -> "Electoral Commission of Queensland", "Health Minister" -> "Ministry of Health",
   * "Chief Police Inspector" -> "Copenhagen Police".
   */
  bodyOf(role: string): string | null {
    // "Chief Executive Fiona Rudd": a company's title, so the company the article is about.
    if (/^(?:the\s+)?(?:chief executive(?: officer)?|ceo|managing director|chair(?:man|woman|person)?|(?:co-)?founder|chief operating officer|chief financial officer)$/i.test(role.trim())) return this.resolveOrgDescription('the company');
    // "Vice-Chancellor Catherine Lund" heads the university the story names; a principal her school.
    const heads = /\b(?:vice-chancellor|chancellor|provost|rector)\b/i.test(role) ? 'university' : /\b(?:principal|headteacher|head teacher)\b/i.test(role) ? 'school' : null;
    const headed = heads ? this.resolveOrgDescription(`the ${heads}`) : null;
    if (headed) return this.resolveOrg(headed);
    // "association chair", "union president": the one body of that kind the story names.
    const kindOfRole = /^(?:the\s+)?([a-z]+)\s+(?:chair(?:man|woman|person)?|president|director|chief|head|secretary|leader|manager)$/.exec(role.trim())?.[1];
    const ofKind = kindOfRole && ORG_KINDS.has(kindOfRole) && kindOfRole !== 'company' ? this.resolveOrgDescription(`the ${kindOfRole}`) : null;
    if (ofKind) return this.resolveOrg(ofKind);
    // "the service's incident controller": the service the story names.
    // "head of the directorate's aquaculture section": the directorate.
    const owner = /^(?:the\s+)?([a-z]+)[’']s\s+\S/.exec(role.trim())?.[1] ?? /^head of the ([a-z]+)[’']s\s+\S/.exec(role.trim())?.[1];
    const owning = owner && ORG_KINDS.has(owner) ? this.resolveOrgDescription(`the ${owner}`) : null;
    if (owning) return this.resolveOrg(owning);
    // "Chief Police Inspector": the one police force the story names.
    // "Superintendent Karen Holloway", "Detective Inspector X": a police rank serves the one force the story names.
    const force = /\b(?:Police|Superintendent|Constable|Sergeant|Detective|(?<!\b(?:Health|Sanitary|Labou?r|Food|Safety|Mines?|Fire|Building|Tax|School|Electoral)\s)Inspector)\b/.test(role) ? this.soleBody('police') : null;
    if (force && !role.includes(force)) return force;
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
   * One name per organisation, the full one: "MHRA" and "TSB" -> the names they stand for, "Joint Rescue Coordination Centre" -> "… for Northern Norway".
   * @example registry.canonicalOrg('RCMP') // 'Royal Canadian Mounted Police', once the story has named it
   */
  canonicalOrg(name: string): string {
    const bare = name.replace(/^the\s+/i, '');
    const full = this.acronyms.get(bare) ?? (/^[A-Z]{2,6}$/.test(bare) ? this.spelled(bare) : null);
    if (full && /^[A-Z]{2,6}$/.test(bare)) this.pair(bare, full);
    // "Regulatory Agency", cut from "Medicines and Healthcare products Regulatory Agency" by its lower-case word: the defined name.
    const whole = /\s/.test(bare) ? [...this.acronymOf.keys()].find((n) => n.endsWith(` ${bare}`)) : undefined;
    return (full && this.resolveOrg(full)) ?? whole ?? (/\s/.test(bare) ? this.resolveOrg(name) : name);
  }

  /** Pairs the acronyms a story uses with the organisations they spell, so that the first mention can show both. */
  linkAcronyms(texts: Iterable<string>): void {
    for (const text of texts) for (const m of text.matchAll(/\b[A-Z]{2,6}\b/g)) this.canonicalOrg(m[0]);
  }

  /** The acronym the story uses for an organisation, if any: shown beside its name ("Royal Canadian Mounted Police", "RCMP"). */
  aliasOf(name: string): string | null {
    return this.acronymOf.get(name) ?? this.acronymOf.get(name.replace(/\s+Local\s+\d+$/, '')) ?? this.acronymOf.get(name.replace(/^\S+\s+(?=\S+\s+\S+\s)/, '')) ?? null;
  }

  /** "Copenhagen Airports A/S", "Tarn Shipping Ltd": the company by the name the story uses without its legal form, if it does. */
  commonName(name: string): string {
    const bare = name.replace(LEGAL_FORM, '');
    if (bare === name) return name;
    return [bare, bare.replace(/s$/, '')].find((n) => this.orgs.has(n)) ?? (this.legalNames.has(bare) ? bare : name);
  }

  /**
   * "Gateway" -> the most frequent known organisation whose name begins with it; "Joint Rescue Coordination Centre" ->
   * "Joint Rescue Coordination Centre for Northern Norway" (a name without what follows its "for", "of" or "in"); else the name itself.
   */
  resolveOrg(name: string): string {
    const common = this.commonName(name);
    if (common !== name) return common;
    const longer = /\s/.test(name) ? [...(this.byOpening.get(name) ?? [])] : [...this.orgs.keys()].filter((org) => org.startsWith(`${name} `));
    // "Tertiary Staff Union Dunedin": a known body with its branch's place after it is that body.
    const words = name.split(/\s+/);
    const branchOf = words.length >= 3 ? words.slice(0, -1).join(' ') : '';
    if (branchOf && this.orgs.has(branchOf) && ORG_KINDS.has(words.at(-2)!.toLowerCase()) && /^\p{Lu}\p{Ll}+$/u.test(words.at(-1)!)) return branchOf;
    // "Parks and Wildlife Service" is the "Tasmania Parks and Wildlife Service" named elsewhere: a name of three words or more, with its place before it.
    if (longer.length === 0 && name.split(/\s+/).length >= 3) longer.push(...(this.byTail.get(name) ?? []));
    let best = name;
    let count = 0;
    for (const org of longer) if (this.orgs.get(org)!.count > count) (best = org), (count = this.orgs.get(org)!.count);
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
    // "the airport operator", "the port owner": the airport or port the story names.
    if (/^(?:operator|owner)$/.test(kind) && words.length > 1 && ORG_KINDS.has(words.at(-2)!) && words.at(-2) !== kind) {
      const place = this.resolveOrgDescription(`the ${written.slice(0, -1).join(' ')}`);
      if (place) return place;
    }
    // "the emergency service" after "the regional emergency service 112 Castilla y León".
    // A bare "the company" is the latest company, not the last one described.
    const told = words.length > 1 ? this.descriptions.findLast((d) => d.words.at(-1) === kind && words.every((w) => d.words.includes(w))) : undefined;
    if (told) return told.name;
    const country = words.map((w) => countryOf(w)).find(Boolean) ?? null;
    // Where it is ("the Leeds lender", "the Leeds-based bank") says nothing of its name.
    const content = words.slice(0, -1).filter((w, i) => !countryOf(w) && !/^\p{Lu}/u.test(written[i]!) && !/-based$/.test(w) && !/^(?:north|south|east|west|private|public|state|local|national|main|same|[a-z]+'s|[a-z]+’s|[a-z]+s'|[a-z]+s’)$/.test(w));
    let best: [Organisation, number] | null = null;
    for (const org of this.orgs.values()) {
      const name = org.name.toLowerCase().split(/\s+/);
      // "the United States, the company's largest market": a country is no company.
      if (countryOf(name.join('-')) || countryOf(name.join(' '))) continue;
      const kinds = org.kinds.has(kind) || name.includes(kind) || (SAME_KIND[kind] ?? []).some((k) => org.kinds.has(k) || name.includes(k));
      // "the environmental regulator" for "Superintendency of the Environment": a word of the name, or its stem.
      if (!kinds || !content.every((w) => name.some((n) => n === w || (w.length >= 7 && n.length >= 6 && w.startsWith(n.slice(0, 6)) && n.startsWith(w.slice(0, 6)))))) continue;
      if (country && org.country && org.country !== country) continue;
      // In the same article, a body whose name's head says what it is ("Electoral Commission of Queensland", not "City Hall")
      // outranks one the text only calls so.
      const head = name[name.findIndex((w) => /^(?:of|for)$/.test(w)) - 1] ?? name.at(-1);
      const rank = this.rankOf(org) + (head === kind ? 5e8 : 0);
      if (!best || rank > best[1]) best = [org, rank];
    }
    return best?.[0].name ?? null;
  }

  private descriptions: { words: string[]; name: string }[] = [];
  /** Company names the story also writes with a legal form ("X AS", "X Ltd"). */
  private legalNames = new Set<string>();

  /** Remembers what the text called an organisation: "regional emergency service" for "112 Castilla y León". */
  noteDescription(description: string, name: string): void {
    const words = description.toLowerCase().replace(/^(?:the|a|an)\s+/, '').split(/\s+/).filter(Boolean);
    if (words.length > 0 && ORG_KINDS.has(words.at(-1)!)) this.descriptions.push({ words, name });
  }

  /** The one known organisation of this kind ("agency" takes an authority too) that a sentence names, else null. */
  namedIn(sentence: string, kind: string): string | null {
    if (!ORG_KINDS.has(kind)) return null;
    // The names the sentence may hold, found by their first word.
    const words = new Set(sentence.match(/\p{Lu}[\p{L}\d&’'.-]*/gu) ?? []);
    const fits = [...words].flatMap((w) => [...(this.byFirst.get(w) ?? [])]).map((name) => this.orgs.get(name)!)
      .filter((org) => sentence.includes(org.name) && this.mayBe(org.name, kind) && (org.kinds.size > 0 || org.name.toLowerCase().split(/\s+/).some((w) => ORG_KINDS.has(w))));
    const names = [...new Set(fits.map((org) => org.name))].filter((n, _, all) => !all.some((m) => m !== n && m.includes(n)));
    return names.length === 1 ? names[0]! : null;
  }

  /** The organisations a sentence names by name, a name inside a longer one left out. */
  orgsIn(sentence: string): string[] {
    const words = new Set(sentence.match(/\p{Lu}[\p{L}\d&’'.-]*/gu) ?? []);
    const names = [...words].flatMap((w) => [...(this.byFirst.get(w) ?? [])]).filter((name) => sentence.includes(name));
    return [...new Set(names)].filter((n, _, all) => !all.some((m) => m !== n && m.includes(n)));
  }

  /** The one organisation whose name holds this word ("city" -> "City of Windhoek"), a name inside a longer one left out; else null. */
  onlyNamedWith(word: string): string | null {
    const w = word.toLowerCase();
    const fits = [...this.orgs.keys()].filter((name) => name.toLowerCase().split(/[\s-]+/).includes(w));
    const whole = fits.filter((n) => !fits.some((m) => m !== n && m.includes(n)));
    return whole.length === 1 ? whole[0]! : null;
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

  /**
   * The one police force or prosecution office the story names, for "police said", "prosecutors said": one body, not a
   * second source beside its name. Null when the story names none or several.
   */
  soleBody(kind: 'police' | 'prosecutors'): string | null {
    // Asked for every "police said": read the names again only when new ones came in, so a big story stays linear.
    const cached = this.soleBodies.get(kind);
    if (cached && cached.size === this.orgs.size) return cached.name;
    const re = kind === 'police' ? /\s(?:Police(?: Service| Department| Force)?|Constabulary)$|^(?:Sûreté|Surete|Gendarmerie|Guardia Civil|Policía|Polícia|Polizia|Carabinieri)(?!\p{L})/u : /\bProsecut(?:ion|or(?:[’']s)?|ors?[’'])\b/;
    const fits = [...this.orgs.keys()].filter((name) => re.test(name));
    // "Prosecution Office" cut from "Economic Crimes Prosecution Office": one body under two names.
    const whole = fits.filter((n) => !fits.some((m) => m !== n && m.endsWith(` ${n}`)));
    const name = whole.length === 1 ? whole[0]! : null;
    this.soleBodies.set(kind, { size: this.orgs.size, name });
    return name;
  }

  private soleBodies = new Map<string, { size: number; name: string | null }>();

  /** Was this name met as an organisation ("the utility Cambrian Water", "owned by X")? Then it is no person. */
  isOrg(name: string): boolean {
    return (this.orgs.get(name)?.described ?? false) || this.legalNames.has(name);
  }
}
