/**
 * People, organisations and places named in the claims, with aliases and the claims that name
 * them (in the statement, a quote or as the speaker). Found with general cues only:
 * - people: names with their titles dropped ("Secretary Austin" is "Austin"), merged by surname;
 * - organisations: capitalised names with an organisation head ("… Ministry", "… Council"),
 *   a lower-case organisation word before them ("the company X"), acronyms, and named speakers
 *   that are not people;
 * - places: capitalised names after "in", "to", "from", "near"… or with a place head ("… County").
 */
import { shortHash } from '../../../src/lib/anchor.ts';
import type { Claim, Entity } from '../../../src/schema.ts';
import { capitalRuns, COMPASS, CONNECTORS, dropTitles, FACILITY, isAcronym, isCap, NOT_NAMES, NUMBER_WORDS, ORG_CUE, ORG_HEADS, PLACE_CUE, PLACE_HEADS, TITLES, trimRun, withoutPeople } from './entity-names.ts';
import { escapeRegExp } from './escape-regexp.ts';
import { findPeople, splitName, surname, type Person } from './names.ts';
import type { PeopleRegistry } from './people.ts';
import { insidePair, memo, WholeName, WordIndex } from './word-index.ts';

type Kind = Entity['kind'];

class Found {
  /** Canonical key -> entity under construction. */
  readonly byKey = new Map<string, { kind: Kind; forms: Map<string, number> }>();

  add(kind: Kind, key: string, form: string): void {
    const e = this.byKey.get(key) ?? { kind, forms: new Map<string, number>() };
    if (rank(kind) < rank(e.kind)) e.kind = kind;
    e.forms.set(form, (e.forms.get(form) ?? 0) + 1);
    this.byKey.set(key, e);
  }
}
/** Person beats organisation beats place when one name is found as several. */
const rank = (k: Kind): number => (k === 'person' ? 0 : k === 'organization' ? 1 : 2);
const orgKey = (name: string): string => `o:${name.toLowerCase().replace(/\./g, '').replace(/^the\s+/, '')}`;

/**
 * Person key: the surname, so "Lloyd Austin", "Lloyd J. Austin" and "Austin" meet (a surname alone
 * would join the longest full name with that surname, whose key is the same surname).
 */
const personKey = (name: string): string => `p:${surname(name).toLowerCase()}`;

/** A title word right before a name: "minister Ann Lee of …". */
const TITLE_BEFORE = new RegExp(String.raw`\b(?:${[...TITLES].join('|')})\s+$`, 'i');
/** A single word that acts: "Acme said", "Acme's chief executive"; `(?<![\p{L}])` and the word come before it. */
const ACTS = String.raw`(?:[’']s\s+(?:${[...TITLES].join('|')})\b|(?:,[^.,]{0,60},)?\s+(?:said|says|told|announced|confirmed|denied|stated)\b)`;
/** Words of `joined` as `common` reads them: runs of ASCII word characters, apostrophes and hyphens. */
const PLAIN_WORD = /[\w’'-]+/g;

/**
 * Full names in a text, in list order: those of `names` that occur in it. A name occurs only where its
 * first word ends a whitespace-separated chunk of the text, so chunks' endings find the few to check.
 */
function namesIn(names: readonly string[]): (text: string) => string[] {
  const byFirstWord = new Map<string, number[]>();
  const always: number[] = [];
  names.forEach((n, i) => {
    const first = n.split(/\s+/)[0]!;
    if (!first) always.push(i);
    else if (byFirstWord.has(first)) byFirstWord.get(first)!.push(i);
    else byFirstWord.set(first, [i]);
  });
  return (text) => {
    const found = new Set(always);
    for (const chunk of text.split(/\s+/)) for (let j = 0; j < chunk.length; j++) for (const i of byFirstWord.get(chunk.slice(j)) ?? []) found.add(i);
    return [...found].sort((a, b) => a - b).map((i) => names[i]!).filter((n) => text.includes(n));
  };
}

/**
 * @example buildEntities(claims, people, ['Reuters']) // [{ id: 'e-…', name: 'Ana Lima', kind: 'person', aliases: ['Lima'], claims: ['c-…'] }, …]
 */
export function buildEntities(claims: readonly Claim[], people: PeopleRegistry, outlets: readonly string[] = []): Entity[] {
  const textsOf = (c: Claim): string[] => [c.statement, ...c.citations.map((x) => x.quote)];
  const allTexts = claims.flatMap(textsOf);
  const joined = ` ${allTexts.join(' \n ')} `;
  /** Where each text starts in `joined`. */
  const starts: number[] = [];
  for (let k = 0, at = 1; k < allTexts.length; at += allTexts[k]!.length + 3, k++) starts.push(at);
  const byLetters = new WordIndex(allTexts);
  const outletNames = [...new Set(outlets.map((o) => o.toLowerCase()))];
  const outletWords = new Set(outletNames.flatMap((o) => o.split(/[\s-]+/)));
  const outletSet = new Set(outletNames);
  const outletIndex = new WordIndex(outletNames);
  const isOutlet = (name: string): boolean => outletSet.has(name.toLowerCase()) || outletWords.has(name.toLowerCase());
  const plainWords = new Set(joined.match(PLAIN_WORD) ?? []);
  /** A single word also written in lower case is a common noun: "Police", "Officials", "Two". */
  const common = memo((word: string): boolean => {
    if (NUMBER_WORDS.test(word)) return true;
    const lower = word.toLowerCase();
    // `joined` is padded with spaces, so a word of plain characters between two others is one of its plain words.
    if (/^[\w’'-]+$/.test(lower)) return plainWords.has(lower);
    return new RegExp(String.raw`[^\w’'-]${escapeRegExp(lower)}[^\w’'-]`).test(joined);
  });
  const resolveName = memo((name: string): Person | null => people.resolveName(name));
  const speakers = claims.flatMap((c) => c.citations.map((x) => x.attribution.speaker?.replace(/\s+itself$/, '') ?? '')).filter((s) => s && s !== 'unnamed sources');
  const speakerSet = new Set(speakers);
  /**
   * Visits, in order and without overlaps (like `matchAll`), the places in `joined` where `word` is
   * written and `matchAt` accepts it; stops when `visit` returns true. A match starting with a letter,
   * preceded and followed by non-letters, holds the word's letter runs whole and stays in one text
   * (no line break), so only the texts of the word index that have them are read.
   */
  const matchesOf = (word: string, matchAt: (index: number) => boolean, visit: (index: number) => boolean): boolean => {
    const scan = (text: string, offset: number): boolean => {
      for (let i = text.indexOf(word); i >= 0; ) {
        if (!matchAt(offset + i)) i = text.indexOf(word, i + 1);
        else if (visit(offset + i)) return true;
        else i = text.indexOf(word, i + word.length);
      }
      return false;
    };
    if (!/^\p{L}/u.test(word) || word.includes('\n')) return scan(joined, 0);
    return (byLetters.candidates(word) ?? []).some((k) => scan(allTexts[k]!, starts[k]!));
  };

  // People: a name with a title, or one that speaks, unless it is written as an organisation's or a facility's name.
  const personNames = new Set<string>();
  const notAPerson = memo((name: string): boolean => {
    const first = name.split(/\s+/)[0]!;
    if (NOT_NAMES.has(first.toLowerCase()) || NUMBER_WORDS.test(first) || TITLES.has(first.toLowerCase().replace(/s$/, ''))) return true;
    if (outletIndex.some(name.toLowerCase(), (o) => mentions(o, name.toLowerCase()))) return true;
    return matchesOf(name, (i) => WRITTEN.at(joined, i, name), (index) => {
      const before = joined.slice(Math.max(0, index - 40), index);
      const after = joined.slice(index + name.length, index + name.length + 30);
      if (ORG_CUE.test(before) || FACILITY.test(after) || /^\s+\p{Lu}\p{L}+\s+(?:said|says|denied|announced|confirmed)\b/u.test(after) && ORG_CUE.test(before)) return true;
      return /^(?:,\s+)?(?:S\.A\.|Inc\.?|Ltd\.?|LLC|PLC|GmbH|AG)\b/.test(after.trimStart()) || /^\s+\p{Lu}\p{L}*\s+(?:Ltd|Inc|S\.A\.)/u.test(after);
    });
  });
  const speakerPeople = new Set(speakers.map(dropTitles).map((s) => resolveName(s)?.name).filter((n): n is string => !!n));
  for (const t of [...allTexts, ...speakers]) {
    for (const p of findPeople(t)) {
      const name = dropTitles(p.name);
      if ((p.role || speakerPeople.has(p.name) || speakerSet.has(p.name)) && !notAPerson(name)) personNames.add(name);
    }
  }
  for (const n of speakerPeople) if (splitName(n) && !notAPerson(dropTitles(n))) personNames.add(dropTitles(n));
  // "Dr. Ann Lee of Bay University": a titled name before "of".
  for (const t of allTexts) {
    for (const run of capitalRuns(t)) {
      const of = /^(.+?)\s+of\s+/.exec(run.text);
      if (!of) continue;
      const person = splitName(of[1]!);
      const titled = /^(?:Dr|Mr|Mrs|Ms|Prof)\.\s/.test(of[1]!) || /\b(?:Dr|Mr|Mrs|Ms|Prof)\.\s*$/.test(t.slice(0, run.index)) || TITLE_BEFORE.test(t.slice(0, run.index));
      if (person && titled && !notAPerson(dropTitles(person.name))) personNames.add(dropTitles(person.name));
    }
  }

  const found = new Found();
  const placeCues = new Map<string, number>();
  const full = [...personNames].filter((n) => n.split(/\s+/).length > 1);
  const fullNamesIn = namesIn(full);
  const nameParts = new Set([...personNames].flatMap((n) => n.split(/\s+/)));
  const byAscii = new WordIndex(allTexts, /\w+/g);
  /** "Rome, Italy": is `name` (one capitalised word) written after a place cue in some text? */
  const afterPlaceCue = memo((name: string): boolean => byAscii.some(name, (t) => new RegExp(String.raw`(?:\b[Ii]n|\b[Tt]o|\b[Ff]rom|\b[Nn]ear)\s+(?:the\s+)?${name}\b`).test(t)));

  for (const t of allTexts) {
    for (const whole of capitalRuns(t)) {
      for (const run of withoutPeople(whole, fullNamesIn(whole.text))) {
        const text = run.text.replace(COMPASS, '');
        const words = text.split(/\s+/);
        const last = words.at(-1)!.toLowerCase();
        const before = t.slice(0, run.index);
        const after = t.slice(run.end);
        if (isOutlet(text) || (words.length === 1 && (nameParts.has(text) || (!isAcronym(text) && common(text))))) continue;
        if (words.length === 1 && ORG_HEADS.has(text.toLowerCase())) continue; // "the Embassy": a head without a name
        if (words.length === 1 && isAcronym(text)) {
          if (/,\s*$/.test(before) && /^(?:[A-Z]\.){2}$/.test(text)) continue; // "Acme, S.A."
          if (/\b(?:a|an)\s+$/i.test(before) || /\b[A-Z]{2,}\W*$/.test(before) || /^\W*[A-Z]{2,}\b/.test(after)) continue; // "a VPN account", an all-caps line
        }
        const orgLike = words.some((w) => ORG_HEADS.has(w.toLowerCase())) || ORG_CUE.test(before) || /^,?\s+(?:S\.A\.|Inc\.?|Ltd\.?|LLC|PLC|GmbH|AG)\b/.test(after);
        if (orgLike) {
          found.add('organization', orgKey(text), text);
          continue;
        }
        const cue = PLACE_CUE.exec(before);
        const demonym = /(?:an|ian|ean|ese|ish|i)$/.test(last) && /^\s+[a-z]/.test(after);
        const strong = !!cue && !/\b(?:according|referring|belong\w*|due|thanks|compared|related|similar|close|told|said)\s+to\s+(?:the\s+)?$/i.test(before) && !/[Tt]o\s+(?:the\s+)?$/.test(before);
        const weak = !!cue && !strong && !/\b(?:according|referring|belong\w*|due|thanks|compared|related|similar|close|told|said)\s+to\s+(?:the\s+)?$/i.test(before);
        if (demonym) continue;
        if (strong || weak || (PLACE_HEADS.has(last) && words.length > 1) || isPlaceBefore(before, after, afterPlaceCue)) {
          found.add('place', orgKey(text), text);
          if (strong || PLACE_HEADS.has(last)) placeCues.set(orgKey(text), (placeCues.get(orgKey(text)) ?? 0) + 1);
        } else if (isAcronym(text)) {
          found.add('organization', orgKey(text), text);
        }
      }
    }
  }
  /** The most frequent organisation named with `word` as its first word, else `word`. */
  const longerName = (word: string): string => {
    let best = word;
    let count = 0;
    for (const e of found.byKey.values()) {
      if (e.kind !== 'organization') continue;
      for (const [f, n] of e.forms) if (f.startsWith(`${word} `) && (n > count || (n === count && f < best))) (best = f), (count = n);
    }
    return best === word ? people.resolveOrg(word) : best;
  };
  // Named speakers that are not people or outlets are organisations ("Pentagon"; "Gateway" -> "Gateway Regional Health"),
  // unless they are places that act ("Seoul said…"): found after "in", "from", "near"…
  for (const sp of speakers) {
    const bare = trimRun({ text: sp, index: 0, end: 0 })?.text ?? '';
    if (!bare || isOutlet(bare) || personNames.has(bare) || speakerPeople.has(resolveName(bare)?.name ?? '') || nameParts.has(bare)) continue;
    const words = bare.split(/\s+/);
    if (!words.every((w) => isCap(w) || CONNECTORS.has(w))) continue; // "Kenyan authorities", "unnamed officials"
    if (words.length === 1 && !isAcronym(bare) && common(bare)) continue;
    // A short name for a longer one ("Gateway" for "Gateway Regional Health") is an alias of it.
    const name = isAcronym(bare) || words.length > 1 ? bare : longerName(bare);
    if (name !== bare) {
      const place = found.byKey.get(orgKey(bare));
      found.byKey.delete(orgKey(bare));
      found.add('organization', orgKey(name), name);
      found.add('organization', orgKey(name), bare);
      for (const [f, n] of place?.forms ?? []) found.byKey.get(orgKey(name))!.forms.set(f, (found.byKey.get(orgKey(name))!.forms.get(f) ?? 0) + n);
      continue;
    }
    if ((placeCues.get(orgKey(name)) ?? 0) > 0) continue;
    found.add('organization', orgKey(name), name);
  }
  // A single word that acts ("Acme said…", "Acme's chief executive") and begins a known organisation's name is its short name.
  // The pattern is tried only where the word is written, in the texts that hold it.
  const actsIn = (word: string): boolean => {
    const acts = new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(word)}${ACTS}`, 'uy');
    return matchesOf(word, (i) => !insidePair(joined, i) && ((acts.lastIndex = i), acts.test(joined)), () => true);
  };
  for (const [key, e] of [...found.byKey]) {
    const word = [...e.forms.keys()][0]!;
    if (e.kind === 'person' || /\s/.test(word) || isAcronym(word)) continue;
    const acts = actsIn(word);
    const longer = longerName(word);
    if (!acts || longer === word || !found.byKey.has(orgKey(longer))) continue;
    const org = found.byKey.get(orgKey(longer))!;
    for (const [f, n] of e.forms) org.forms.set(f, (org.forms.get(f) ?? 0) + n);
    found.byKey.delete(key);
  }
  // Organisations do not change below: adding people only touches people's keys.
  const orgForms = new WordIndex([...found.byKey.values()].filter((e) => e.kind === 'organization').flatMap((e) => [...e.forms.keys()]));
  for (const name of personNames) {
    // A "person" that is part of an organisation's name ("Rio Azul" of "Rio Azul Lines") is not one.
    if (orgForms.some(name, (f) => f !== name && mentions(f, name))) continue;
    found.add('person', personKey(name), name);
  }

  // Acronyms that spell a longer name's initials are its aliases: "NIS" for "National Intelligence Service".
  for (const [key, e] of [...found.byKey]) {
    const form = [...e.forms.keys()][0]!;
    if (!/^(?:[A-Z]\.?){2,5}$/.test(form)) continue;
    const letters = form.replace(/\./g, '');
    for (const [other, o] of found.byKey) {
      if (other === key || o.kind === 'person') continue;
      if ([...o.forms.keys()].some((f) => f.split(/\s+/).filter((w) => !CONNECTORS.has(w)).map((w) => w[0]).join('') === letters)) {
        for (const [f, n] of e.forms) o.forms.set(f, (o.forms.get(f) ?? 0) + n);
        found.byKey.delete(key);
        break;
      }
    }
  }

  // Which claims name an entity: its names looked up in the claims' texts and speakers through word indexes.
  const textOwner = claims.flatMap((c, i) => textsOf(c).map(() => i));
  const speakerTexts: string[] = [];
  const speakerOwner: number[] = [];
  claims.forEach((c, i) => {
    for (const x of c.citations) if (x.attribution.speaker) speakerTexts.push(x.attribution.speaker), speakerOwner.push(i);
  });
  const bySpeakerLetters = new WordIndex(speakerTexts);
  const claimsNaming = memo((name: string): number[] => {
    const test = (t: string): boolean => mentions(t, name);
    return [...byLetters.where(name, test).map((k) => textOwner[k]!), ...bySpeakerLetters.where(name, test).map((k) => speakerOwner[k]!)];
  });
  const entities: Entity[] = [];
  for (const [, e] of found.byKey) {
    const forms = [...e.forms].sort((a, b) => (e.kind === 'person' ? b[0].split(/\s+/).length - a[0].split(/\s+/).length : 0) || b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0])).map(([f]) => f);
    const name = forms[0]!;
    const aliases = [...new Set([...forms.slice(1), ...(e.kind === 'person' ? [surname(name)] : [])])].filter((a) => a !== name);
    const names = [name, ...aliases];
    const mentioned = [...new Set(names.flatMap(claimsNaming))].sort((a, b) => a - b).map((i) => claims[i]!);
    if (mentioned.length === 0) continue;
    entities.push({ id: `e-${shortHash(`${e.kind}:${name}`, 6)}`, name, kind: e.kind, aliases, claims: mentioned.map((c) => c.id) });
  }
  return entities.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/** "Rome, Italy": the name before the comma is a place named elsewhere after a place cue. */
function isPlaceBefore(before: string, after: string, afterPlaceCue: (name: string) => boolean): boolean {
  if (!/^(?:[^\w\s]|\s*$|\s+(?:and|or|on|in|where|which|by)\b)/.test(after)) return false;
  const prev = /([A-Z][a-z]+),\s+$/.exec(before)?.[1];
  if (!prev) return false;
  return afterPlaceCue(prev);
}

/** A name not inside a longer word: "Lima" in "Ana Lima's", not in "Limassol". */
const WHOLE = new WholeName(String.raw`\p{L}\p{N}’'`, String.raw`\p{L}\p{N}`);
/** A name as notAPerson reads it: no letter or apostrophe before, no letter after. */
const WRITTEN = new WholeName(String.raw`\p{L}’'`, String.raw`\p{L}`);

/** Does the text name `name` as a whole word (case-sensitive)? */
function mentions(text: string, name: string): boolean {
  return WHOLE.test(text, name);
}
