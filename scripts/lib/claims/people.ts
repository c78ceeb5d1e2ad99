/**
 * Names in text: people ("Lloyd J. Austin", "Dr. Abdi Hussein", "Cho Tae-yong") with the
 * titles around them, and a registry that resolves later mentions ("Kirby", "the secretary",
 * "he") to them.
 */

/** Words of titles and roles: written before a name, they are its role, never part of it. */
export const ROLE_WORDS = new Set(
  `secretary minister director adviser advisor spokesman spokeswoman spokesperson president chief head general gen gen. coordinator
  communications defense defence national security council house white foreign ministry intelligence service dictator
  secretary-general ambassador commander governor mayor senator representative rep sen dr mr mrs ms prof professor premier
  chancellor king queen prince leader official officials analyst analysts deputy acting press office department agency
  military army navy police fire colonel lieutenant captain major sergeant judge justice chairman chairwoman chair ceo
  commissioner inspector engineer nurse researcher executive officer manager founder owner lawyer attorney prosecutor
  dr. mr. mrs. ms. prof. col. lt. sgt. capt. maj. sen. rep. gov. cabinet county state federal regional interior mining health
  company firm operator emergency rescue disaster operations charge special agent supervisory assistant senior retired vice deputy-director economist expert scientist doctor surgeon pilot skipper
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
  december the a an this that these those in on at by agence presse france reuters associated`.split(/\s+/),
);

const HONORIFIC = String.raw`(?:Dr|Mr|Mrs|Ms|Gen|Col|Lt|Sgt|Sen|Rep|Gov|Prof|Capt|Maj|Adm|Cmdr|Insp|Supt|Rev)\.`;
const CAP = String.raw`(?:${HONORIFIC}|[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?|[A-Z]\.|[A-Z][a-z]*[A-Z][a-z]+)`;
const CAP_RUN = new RegExp(String.raw`${CAP}(?:\s+(?:of\s+|for\s+|in\s+(?=Charge\b))?${CAP})*`, 'g');

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
  const name = words.slice(i);
  if (name.length < 2 || name.length > 4) return null;
  if (name.some((w) => NOT_PERSON.has(w.toLowerCase()))) return null;
  if (/^[A-Z]\.$/.test(name[0]!) || /^[A-Z]\.$/.test(name.at(-1)!)) return null;
  const role = words.slice(0, i).join(' ').replace(/^(?:The|the)\s+/, '').replace(/\b(?:Dr|Mr|Mrs|Ms)\.\s*/g, '').trim();
  return { name: name.join(' '), role: role || null };
}

/**
 * People named in a sentence, with titles written before the name or in an appositive after it.
 * @example findPeople('Port director Ana Lima, the head of the harbour, said…') // [{ name: 'Ana Lima', role: 'Port director' }]
 */
export function findPeople(sentence: string): (Person & { index: number; end: number })[] {
  const people: (Person & { index: number; end: number })[] = [];
  for (const match of sentence.matchAll(CAP_RUN)) {
    const run = match[0].replace(/’s$|'s$/, '');
    const person = splitName(run);
    if (!person) continue;
    const end = (match.index ?? 0) + match[0].length;
    const after = sentence.slice(end);
    const appositive = /^,\s+([^,;"“”_]{3,90}?)(?=,|\.$|$|\.?["”’'](?![A-Za-z])|\s+(?:said|says|told|added))/.exec(after);
    if (appositive && (/^(?:the|a|an)\s/i.test(appositive[1]!) || appositive[1]!.split(/\s+/).some((w) => ROLE_WORDS.has(w.toLowerCase()) && !/^(?:the|of|for|and|state|states|united)$/i.test(w))) && !/^(?:who|which|whose|where)\b/.test(appositive[1]!)) {
      const text = appositive[1]!.replace(/^(?:the|a|an)\s+/, '');
      person.role = person.role ? `${person.role}, ${text}` : text;
    }
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

/** People met so far in a story; resolves surnames and role descriptions to full names. */
export class PeopleRegistry {
  private byName = new Map<string, Person>();

  add(person: Person): Person {
    const known = this.resolveName(person.name);
    if (known) {
      if (person.role && (!known.role || person.role.length > known.role.length)) known.role = person.role;
      if (person.name.length > known.name.length && surname(person.name) === surname(known.name)) {
        this.byName.delete(known.name);
        known.name = person.name;
        this.byName.set(known.name, known);
      }
      return known;
    }
    const copy = { name: person.name, role: person.role };
    this.byName.set(person.name, copy);
    return copy;
  }

  private orgs = new Map<string, number>();

  /** Records capitalised names of two or more words that are not people, for resolving "Gateway" to "Gateway Regional Health". */
  noteOrgs(text: string): void {
    for (const m of text.matchAll(/\b[A-Z][\w&’'-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w&’'-]*)+/g)) {
      const name = m[0].replace(/[’']s$/, '');
      if (splitName(name) || /^(?:The|A|An|In|On|At|By|But|And|If|As)\s/.test(name)) continue;
      this.orgs.set(name, (this.orgs.get(name) ?? 0) + 1);
    }
  }

  /** "Gateway" -> the most frequent known organisation whose name begins with it; else the name itself. */
  resolveOrg(name: string): string {
    if (name.split(/\s+/).length > 1) return name;
    let best = name;
    let count = 0;
    for (const [org, n] of this.orgs) if (org.startsWith(`${name} `) && n > count) (best = org), (count = n);
    return best;
  }

  all(): Person[] {
    return [...this.byName.values()];
  }

  /** "Kirby" or "John Kirby" -> the registered person. */
  resolveName(text: string): Person | null {
    const exact = this.byName.get(text);
    if (exact) return exact;
    const last = surname(text).replace(/[’']s$/, '');
    for (const person of this.byName.values()) if (surname(person.name) === last) return person;
    return null;
  }

  /** "the secretary", "the head of Ukrainian military intelligence" -> the person whose role shares the most title words. */
  resolveDescription(text: string, prefer: readonly Person[] = []): Person | null {
    const words = text.toLowerCase().replace(/^(?:the|a|an)\s+/, '').split(/[\s-]+/).map((w) => w.replace(/[’']s$/, ''));
    const heads = words.filter((w) => ROLE_WORDS.has(w) && !/^(?:the|of|for|and|us|u\.s\.|official|officials|state|states|united)$/.test(w));
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
