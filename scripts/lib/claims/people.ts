/**
 * Names in text: people ("Lloyd J. Austin", "Cho Tae-yong") with the titles around them,
 * and a registry that resolves later mentions ("Kirby", "the secretary", "he") to them.
 */

const ROLE_WORDS = new Set(
  `secretary minister director adviser advisor spokesman spokeswoman spokesperson president chief head general gen gen. coordinator
  communications defense defence national security council house white foreign ministry intelligence service dictator
  secretary-general ambassador commander governor mayor senator representative rep sen dr mr mrs ms prof professor premier
  chancellor king queen prince leader official officials analyst analysts deputy acting press office department agency
  military army navy police fire colonel lieutenant captain major sergeant judge justice chairman chairwoman chair ceo
  the of for and state states united kingdom republic federal army's sources nato un u.n. us u.s. eu dpa-afx afp ap reuters`.split(/\s+/),
);

export interface Person {
  name: string;
  /** Title or organisation written next to the name. */
  role: string | null;
}

const CAP = String.raw`(?:[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?|[A-Z]\.|[A-Z][a-z]*[A-Z][a-z]+)`;
const CAP_RUN = new RegExp(String.raw`${CAP}(?:\s+(?:of\s+|for\s+)?${CAP})*`, 'g');

/** Is this capitalised run (or its tail) a person's name? Returns the name part and the title part. */
export function splitName(run: string): Person | null {
  const words = run.split(/\s+/);
  let i = words.length;
  while (i > 0 && !ROLE_WORDS.has(words[i - 1]!.toLowerCase()) && !/^(?:of|for)$/.test(words[i - 1]!)) i--;
  const name = words.slice(i);
  if (name.length < 2 || name.length > 4) return null;
  if (name.some((w) => /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(w))) return null;
  const role = words.slice(0, i).join(' ').replace(/^(?:The|the)\s+/, '').trim();
  return { name: name.join(' '), role: role || null };
}

/** People named in a sentence, with titles written before the name or in an appositive after it. */
export function findPeople(sentence: string): Person[] {
  const people: Person[] = [];
  for (const match of sentence.matchAll(CAP_RUN)) {
    const person = splitName(match[0].replace(/’s$|'s$/, ''));
    if (!person) continue;
    const after = sentence.slice((match.index ?? 0) + match[0].length);
    const appositive = /^,\s+((?:the|a)\s+[^,]{3,90}?)(?:,|\.$)/.exec(after);
    if (appositive && !person.role) person.role = appositive[1]!.replace(/^(?:the|a)\s+/, '');
    people.push(person);
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
      if (!known.role && person.role) known.role = person.role;
      return known;
    }
    const copy = { ...person };
    this.byName.set(person.name, copy);
    return copy;
  }

  /** "Kirby" or "John Kirby" -> the registered person. */
  resolveName(text: string): Person | null {
    const exact = this.byName.get(text);
    if (exact) return exact;
    const last = surname(text).replace(/[’']s$/, '');
    for (const person of this.byName.values()) if (surname(person.name) === last) return person;
    return null;
  }

  /** "the secretary", "the head of Ukrainian military intelligence" -> the person whose role shares the head noun. */
  resolveDescription(text: string): Person | null {
    const words = text.toLowerCase().replace(/^(?:the|a|an)\s+/, '').split(/[\s-]+/);
    const heads = words.filter((w) => ROLE_WORDS.has(w) && !/^(?:the|of|for|and|us|u\.s\.|official|officials)$/.test(w));
    if (heads.length === 0) return null;
    let best: Person | null = null;
    let bestScore = 0;
    for (const person of this.byName.values()) {
      const role = (person.role ?? '').toLowerCase();
      const score = heads.filter((h) => role.includes(h)).length;
      if (score > bestScore) (best = person), (bestScore = score);
    }
    return best;
  }
}
