/**
 * People met so far in a story, on top of the organisations: resolves later mentions ("Kirby",
 * "the secretary", "he") to them.
 */
import { ROLE_WORDS, surname, type Person } from './names.ts';
import { Organisations } from './organisations.ts';

/**
 * The names a person is called by alone: the last word, and for a name of three words or more the one before it too,
 * as Spanish and Portuguese papers write "Mamani" for "Javier Mamani Condori"; the first of a Chinese or Korean name.
 */
function surnameKeys(name: string): string[] {
  const words = name.split(/\s+/);
  const paternal = words.length >= 3 && /^\p{Lu}\p{Ll}/u.test(words.at(-2)!) ? [words.at(-2)!] : [];
  // "Ooi Kah Seng", "Lim Swee Hoon": a Chinese name gives the family name first, and papers call him "Ooi".
  // "Lee Jun-ho", "Park Ji-hye": a Korean name too, its given name hyphenated.
  const family = (words.length === 3 && words.every((w) => /^\p{Lu}\p{Ll}{1,4}$/u.test(w))) || (words.length === 2 && /^\p{Lu}\p{Ll}{1,4}$/u.test(words[0]!) && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(words[1]!)) ? [words[0]!] : [];
  return [surname(name), ...paternal, ...family];
}

const TWO_WORDS = /^(\p{Lu}\p{Ll}+) \p{Lu}\p{Ll}+$/u;

/** People met so far in a story; resolves surnames and role descriptions to full names. */
export class PeopleRegistry extends Organisations {
  private byName = new Map<string, Person>();
  /** The same people by surname, each list in `byName` order, so a surname resolves without a scan. */
  private bySurname = new Map<string, Person[]>();

  /** Two-word names ("Hayashi Emiko") by their first word. */
  private byFirstWordOf = new Map<string, Person[]>();

  private register(person: Person): void {
    this.byName.set(person.name, person);
    const first = TWO_WORDS.exec(person.name)?.[1];
    if (first) this.byFirstWordOf.set(first, [...(this.byFirstWordOf.get(first) ?? []), person]);
    for (const key of surnameKeys(person.name)) {
      const list = this.bySurname.get(key);
      if (list) list.push(person);
      else this.bySurname.set(key, [person]);
    }
  }

  private unregister(person: Person): void {
    this.byName.delete(person.name);
    const first = TWO_WORDS.exec(person.name)?.[1];
    if (first) this.byFirstWordOf.set(first, this.byFirstWordOf.get(first)!.filter((p) => p !== person));
    for (const key of surnameKeys(person.name)) {
      const list = this.bySurname.get(key)!;
      list.splice(list.indexOf(person), 1);
    }
  }

  add(person: Person): Person {
    const known = this.resolveName(person.name);
    if (known) {
      // The longer title is the role; a shorter one still says who "the alderman" is.
      const [longer, shorter] = (person.role ?? '').length > (known.role ?? '').length ? [person.role, known.role] : [known.role, person.role];
      known.role = longer;
      if (shorter && !longer!.toLowerCase().includes(shorter.toLowerCase()) && !(known.titles ?? []).includes(shorter)) known.titles = [...(known.titles ?? []), shorter];
      known.honorific ??= person.honorific;
      if (person.name.length > known.name.length && surname(person.name) === surname(known.name)) {
        this.unregister(known);
        known.name = person.name;
        this.register(known);
      }
      return known;
    }
    const copy: Person = { name: person.name, role: person.role, ...(person.honorific ? { honorific: person.honorific } : {}) };
    this.register(copy);
    return copy;
  }

  all(): Person[] {
    return [...this.byName.values()];
  }

  /** Does any known person's role end in this noun ("chemist" for "cantonal chemist of Basel")? */
  hasRoleNoun(noun: string): boolean {
    // "the parks service" is no person whose role is "the service's incident controller": an owner is no role.
    const word = new RegExp(String.raw`\b${noun.replace(/[^\p{L}-]/gu, '')}\b(?![’']s)`, 'iu');
    return noun.length > 3 && this.all().some((p) => word.test(p.role ?? ''));
  }

  /** The known person a text mentions last by title and surname: "Cr Tulloch asked for a recount". */
  lastMentioned(text: string): Person | null {
    let found: Person | null = null;
    for (const m of text.matchAll(/\b(?:Dr|Mr|Mrs|Ms|Miss|Prof|Cr|Cllr|Sen|Rep|Gov|Gen|Col|Capt|Sgt|Det|Insp|Supt|Rev)\.?\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)/gu)) found = this.bySurname.get(m[1]!)?.[0] ?? found;
    // "Guðmundsdóttir was more cautious.": a known surname as the sentence's subject.
    const subject = /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+(?:was|is|had|has|went|remained|seemed|sounded|struck|took)\b/u.exec(text.trim())?.[1];
    return found ?? (subject ? this.bySurname.get(subject)?.[0] ?? null : null);
  }

  /** "Kirby" or "John Kirby" -> the registered person. */
  resolveName(text: string): Person | null {
    const exact = this.byName.get(text);
    if (exact) return exact;
    const last = surname(text).replace(/[’']s$/, '');
    return this.bySurname.get(last)?.[0] ?? this.byFirstWord(last);
  }

  /** "Hayashi" for "Hayashi Emiko", a name written family name first: the one two-word name that opens with the word. */
  private byFirstWord(word: string): Person | null {
    // "Nordavia" opens "Nordavia Therapeutics", a body, whatever else was read as a person.
    if (this.opensOrgName(word)) return null;
    const fits = this.byFirstWordOf.get(word) ?? [];
    return fits.length === 1 ? fits[0]! : null;
  }

  /** "the secretary", "the head of Ukrainian military intelligence" -> the person whose role shares the most title words. */
  resolveDescription(text: string, prefer: readonly Person[] = []): Person | null {
    const words = text.toLowerCase().replace(/^(?:the|a|an)\s+/, '').split(/[\s-]+/).map((w) => w.replace(/[’']s$/, ''));
    // The head noun counts even when no list knows it: "the cantonal chemist" -> the person whose role says "chemist".
    const heads = words.filter((w, i) => (ROLE_WORDS.has(w) || i === words.length - 1 && w.length > 3) && !/^(?:the|of|for|and|us|u\.s\.|official|officials|state|states|united)$/.test(w));
    if (heads.length === 0) return null;
    let best: Person | null = null;
    let bestScore = 0;
    // A head word as a word of the role, never an owner ("the service's incident controller" is no "service").
    const patterns = heads.map((h) => new RegExp(String.raw`(?<![\p{L}])${h.replace(/[^\p{L}.-]/gu, '')}(?![’']s)`, 'u'));
    const order = [...prefer, ...this.byName.values()];
    for (const person of order) {
      const role = (person.titles ? [person.role ?? '', ...person.titles].join(' ; ') : person.role ?? '').toLowerCase();
      // "the prime minister" is the Prime Minister before a health minister: the whole title counts for more than a word of it.
      const whole = words.length > 1 && role.includes(words.join(' ')) ? 0.5 : 0;
      // "the doctor" is the person written as "Dr. X", whatever their post.
      const titled = person.honorific && heads.includes(person.honorific) ? 1 : 0;
      const score = patterns.filter((re) => re.test(role)).length + whole + titled;
      if (score > bestScore) (best = person), (bestScore = score);
    }
    return best;
  }
}
