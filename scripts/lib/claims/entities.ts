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
import { findPeople, PeopleRegistry, ROLE_WORDS, splitName, surname } from './people.ts';

type Kind = Entity['kind'];

const ORG_HEADS = new Set(
  `ministry council agency service services house department office embassy union authority commission committee inspectorate
  police cross institute university college hospital hospitals health group company corporation corp bank court parliament assembly
  congress senate party association foundation center centre forces army navy government administration bureau board network
  federation organization organisation nations chamber commerce fund directorate command guard brigade coalition alliance partnership trust society club
  airlines airways railways press times news post inc ltd llc plc gmbh co`.split(/\s+/),
);
const PLACE_HEADS = new Set(
  `county province region river sea ocean island islands city town village street avenue square bridge port harbour harbor valley lake
  bay strait district oblast peninsula mountains mountain coast east west north south highway road`.split(/\s+/),
);
/** Lower-case nouns after a name that make it a facility's or a firm's name: "Santa Ana hospital". */
const FACILITY = /^\s+(?:hospital|clinic|school|university|college|mine|port|terminal|airport|station|church|mosque|market|stadium|prison|plant|factory|refinery|company|group|bank|line|ferry|shipyard|hotel|building|tower|centre|center)\b/;
/** Lower-case words written right before an organisation's name: "the company Rio X", "ransomware group Y". */
const ORG_CUE = /\b(?:company|firm|operator|group|union|agency|ministry|council|organi[sz]ation|network|charity|insurer|bank|carrier|contractor|manufacturer|maker|startup|broadcaster|party|gang)\s+$/;
const PLACE_CUE = /(?:^|[^\w’'])(?:[Ii]n|[Tt]o|[Ff]rom|[Nn]ear|[Ii]nto|[Aa]cross|[Oo]utside|[Tt]owards?|[Vv]ia|[Ii]nside|(?:city|town|village|port|province|region|county|capital) of)\s+(?:the\s+)?$/;
/** Titles of people: cut off the ends of an organisation's or a place's name. */
const TITLES = new Set(
  `secretary minister director adviser advisor spokesman spokeswoman spokesperson president chief head general coordinator dictator
  secretary-general ambassador commander governor mayor senator representative dr mr mrs ms prof professor premier chancellor king
  queen prince leader official officials deputy acting colonel lieutenant captain major sergeant judge justice chairman chairwoman chair
  ceo commissioner inspector engineer nurse researcher executive officer manager founder owner lawyer attorney prosecutor special agent
  supervisory assistant senior retired vice economist expert scientist doctor surgeon pilot skipper analyst communications strategic
  spokesmen spokeswomen gen sen rep gov col lt sgt capt maj charge`.split(/\s+/),
);
const NOT_NAMES = new Set(
  `january february march april may june july august september october november december monday tuesday wednesday thursday friday
  saturday sunday i we he she they it this that these those but and the a an if in on as after also according however meanwhile
  although while when where what who why how there here then earlier later today yesterday breaking update`.split(/\s+/),
);
/** Acronyms that are not names. */
const NOT_ACRONYMS = new Set(['CEO', 'CFO', 'TV', 'ID', 'AM', 'PM', 'OK', 'GDP', 'PDF', 'FAQ', 'UTC', 'GMT', 'USD', 'EUR', 'DC', 'AI', 'IT', 'VPN', 'ICU', 'ER', 'URL', 'PIN', 'SMS', 'GPS', 'ATM', 'CCTV', 'USB', 'PR', 'HR', 'FAQ', 'CEO', 'COO', 'CTO']);
const CONNECTORS = new Set(['of', 'for', 'de', 'do', 'da', 'dos', 'das', 'del', 'di', 'du', 'la', 'le', 'van', 'von', 'al', 'bin']);

const WORD = /\p{L}[\p{L}\p{N}_’'&.-]*|\S/gu;
const NUMBER_WORDS = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|several|many|some|all|both|most|few)$/i;
const COMPASS = /^(?:Eastern|Western|Northern|Southern|Central|Northeastern|Northwestern|Southeastern|Southwestern)\s+/;
const isAcronym = (w: string): boolean => /^(?:[A-Z]\.){2,}$|^[A-Z]{2,5}$/.test(w) && !NOT_ACRONYMS.has(w.replace(/\./g, ''));
const isCap = (w: string): boolean => (/^\p{Lu}[\p{L}\p{N}_’'&-]*$/u.test(w) && !/^[A-Z]$/.test(w)) || isAcronym(w) || /^(?:St|Mt|Ft)\.$/.test(w);
/** An initial inside a name: "Lloyd J. Austin". */
const isInitial = (w: string): boolean => /^[A-Z]\.$/.test(w);
const bareWord = (w: string): string => w.replace(/[’'](?:s|re|ll|ve|d)$/, '');

interface Run {
  text: string;
  index: number;
  end: number;
}

/**
 * Capitalised runs of a text ("Ministry of Defense", "Cais do Sodré", "Lloyd J. Austin"), joined across
 * lower-case name connectors; a run ends at punctuation, a possessive or a date word. A sentence's
 * capitalised first word is a run too; callers drop common nouns.
 * @example capitalRuns('Officials in Port Elm met the Board of Trade.').map((r) => r.text) // ['Officials', 'Port Elm', 'Board of Trade']
 */
export function capitalRuns(text: string): Run[] {
  const words = [...text.matchAll(WORD)].map((m) => {
    const raw = m[0];
    const dot = /\.$/.test(raw) && !isInitial(raw) && !/^(?:[A-Z]\.){2,}$/.test(raw) && !/^(?:St|Mt|Ft)\.$/.test(raw);
    const w = bareWord(dot ? raw.slice(0, -1) : raw);
    return { w, i: m.index ?? 0, stop: dot || w !== (dot ? raw.slice(0, -1) : raw) };
  });
  const runs: Run[] = [];
  const nameWord = (k: number) => (isCap(words[k]!.w) || (isInitial(words[k]!.w) && k > 0)) && !NOT_NAMES.has(words[k]!.w.toLowerCase());
  let k = 0;
  while (k < words.length) {
    if (!nameWord(k)) { k++; continue; }
    let j = k;
    while (j < words.length && nameWord(j)) {
      if (words[j]!.stop) { j++; break; }
      if (j + 2 < words.length && CONNECTORS.has(words[j + 1]!.w) && nameWord(j + 2)) j += 2;
      else j++;
    }
    const first = words[k]!;
    const last = words[j - 1]!;
    const name = text.slice(first.i, last.i + last.w.length);
    if (name.length > 1) runs.push({ text: name, index: first.i, end: first.i + name.length });
    k = j;
  }
  return runs;
}

/** Title words dropped from the front of a name: "Secretary Austin" -> "Austin", "Dr. Ana Fontes" -> "Ana Fontes". */
export function dropTitles(name: string): string {
  const words = name.split(/\s+/);
  let i = 0;
  while (i < words.length - 1 && (ROLE_WORDS.has(words[i]!.toLowerCase()) || /^[A-Z][a-z]{0,3}\.$/.test(words[i]!))) i++;
  return words.slice(i).join(' ');
}

/** A run without the people in it and the titles around them: "County Commissioner Ann Lee" -> ["County"]. */
function withoutPeople(run: Run, people: readonly string[]): Run[] {
  let parts: Run[] = [run];
  for (const p of people) {
    parts = parts.flatMap((r) => {
      const at = r.text.indexOf(p);
      if (at < 0 || (at > 0 && /\w/.test(r.text[at - 1]!)) || /\w/.test(r.text[at + p.length] ?? '')) return [r];
      return [{ text: r.text.slice(0, at), index: r.index, end: r.index + at }, { text: r.text.slice(at + p.length), index: r.index + at + p.length, end: r.end }];
    });
  }
  return parts.map(trimRun).filter((r): r is Run => r !== null);
}

/** Role words and connectors off both ends of a run ("Chief Executive Officer of X" -> "X", "X Director" -> "X"). */
function trimRun(run: Run): Run | null {
  const words = run.text.trim().split(/\s+/).filter(Boolean);
  const role = (w: string) => TITLES.has(w.toLowerCase()) || CONNECTORS.has(w) || /^[A-Z][a-z]{0,3}\.$/.test(w) || isInitial(w);
  let a = 0;
  let b = words.length;
  while (a < b && role(words[a]!)) a++;
  while (b > a && role(words[b - 1]!)) b--;
  if (a >= b) return null;
  const text = words.slice(a, b).join(' ');
  const index = run.index + run.text.indexOf(text);
  return run.text.includes(text) ? { text, index, end: index + text.length } : null;
}

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

/** Person key: surname plus first initial, so "Lloyd Austin" and "Lloyd J. Austin" meet; surname alone joins the only match. */
function personKey(name: string, people: readonly string[]): string {
  const words = name.split(/\s+/);
  const last = surname(name).toLowerCase();
  if (words.length === 1) {
    const full = people.filter((p) => surname(p).toLowerCase() === last);
    if (full.length >= 1) return personKey(full.sort((a, b) => b.length - a.length || a.localeCompare(b))[0]!, []);
  }
  return `p:${last}`;
}

/**
 * @example buildEntities(claims, people, ['Reuters']) // [{ id: 'e-…', name: 'Ana Lima', kind: 'person', aliases: ['Lima'], claims: ['c-…'] }, …]
 */
export function buildEntities(claims: readonly Claim[], people: PeopleRegistry, outlets: readonly string[] = []): Entity[] {
  const textsOf = (c: Claim): string[] => [c.statement, ...c.citations.map((x) => x.quote)];
  const allTexts = claims.flatMap(textsOf);
  const joined = ` ${allTexts.join(' \n ')} `;
  const outletNames = outlets.map((o) => o.toLowerCase());
  const isOutlet = (name: string): boolean => outletNames.some((o) => o === name.toLowerCase() || o.split(/[\s-]+/).includes(name.toLowerCase()));
  /** A single word also written in lower case is a common noun: "Police", "Officials", "Two". */
  const common = (word: string): boolean => NUMBER_WORDS.test(word) || new RegExp(String.raw`[^\w’'-]${word.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^\w’'-]`).test(joined);
  const speakers = claims.flatMap((c) => c.citations.map((x) => x.attribution.speaker?.replace(/\s+itself$/, '') ?? '')).filter((s) => s && s !== 'unnamed sources');

  // People: a name with a title, or one that speaks, unless it is written as an organisation's or a facility's name.
  const personNames = new Set<string>();
  const notAPerson = (name: string): boolean => {
    const first = name.split(/\s+/)[0]!;
    if (NOT_NAMES.has(first.toLowerCase()) || NUMBER_WORDS.test(first) || TITLES.has(first.toLowerCase().replace(/s$/, ''))) return true;
    if (outletNames.some((o) => mentions(o, name.toLowerCase()))) return true;
    const at = new RegExp(String.raw`(?<![\p{L}’'])${escape(name)}(?![\p{L}])`, 'gu');
    for (const m of joined.matchAll(at)) {
      const before = joined.slice(Math.max(0, (m.index ?? 0) - 40), m.index);
      const after = joined.slice((m.index ?? 0) + name.length, (m.index ?? 0) + name.length + 30);
      if (ORG_CUE.test(before) || FACILITY.test(after) || /^\s+\p{Lu}\p{L}+\s+(?:said|says|denied|announced|confirmed)\b/u.test(after) && ORG_CUE.test(before)) return true;
      if (/^(?:,\s+)?(?:S\.A\.|Inc\.?|Ltd\.?|LLC|PLC|GmbH|AG)\b/.test(after.trimStart()) || /^\s+\p{Lu}\p{L}*\s+(?:Ltd|Inc|S\.A\.)/u.test(after)) return true;
    }
    return false;
  };
  const speakerPeople = new Set(speakers.map(dropTitles).map((s) => people.resolveName(s)?.name).filter((n): n is string => !!n));
  for (const t of [...allTexts, ...speakers]) {
    for (const p of findPeople(t)) {
      const name = dropTitles(p.name);
      if ((p.role || speakerPeople.has(p.name) || speakers.includes(p.name)) && !notAPerson(name)) personNames.add(name);
    }
  }
  for (const n of speakerPeople) if (splitName(n) && !notAPerson(dropTitles(n))) personNames.add(dropTitles(n));
  // "Dr. Ann Lee of Bay University": a titled name before "of".
  for (const t of allTexts) {
    for (const run of capitalRuns(t)) {
      const of = /^(.+?)\s+of\s+/.exec(run.text);
      if (!of) continue;
      const person = splitName(of[1]!);
      const titled = /^(?:Dr|Mr|Mrs|Ms|Prof)\.\s/.test(of[1]!) || /\b(?:Dr|Mr|Mrs|Ms|Prof)\.\s*$/.test(t.slice(0, run.index)) || new RegExp(String.raw`\b(?:${[...TITLES].join('|')})\s+$`, 'i').test(t.slice(0, run.index));
      if (person && titled && !notAPerson(dropTitles(person.name))) personNames.add(dropTitles(person.name));
    }
  }

  const found = new Found();
  const placeCues = new Map<string, number>();
  const fullNames = () => [...personNames].filter((n) => n.split(/\s+/).length > 1);
  const nameParts = new Set([...personNames].flatMap((n) => n.split(/\s+/)));

  for (const t of allTexts) {
    for (const whole of capitalRuns(t)) {
      for (const run of withoutPeople(whole, fullNames())) {
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
        if (strong || weak || (PLACE_HEADS.has(last) && words.length > 1) || isPlaceBefore(before, after, allTexts)) {
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
    if (!bare || isOutlet(bare) || personNames.has(bare) || speakerPeople.has(people.resolveName(bare)?.name ?? '') || nameParts.has(bare)) continue;
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
  for (const [key, e] of [...found.byKey]) {
    const word = [...e.forms.keys()][0]!;
    if (e.kind === 'person' || /\s/.test(word) || isAcronym(word)) continue;
    const acts = new RegExp(String.raw`(?<![\p{L}])${escape(word)}(?:[’']s\s+(?:${[...TITLES].join('|')})\b|(?:,[^.,]{0,60},)?\s+(?:said|says|told|announced|confirmed|denied|stated)\b)`, 'u').test(joined);
    const longer = longerName(word);
    if (!acts || longer === word || !found.byKey.has(orgKey(longer))) continue;
    const org = found.byKey.get(orgKey(longer))!;
    for (const [f, n] of e.forms) org.forms.set(f, (org.forms.get(f) ?? 0) + n);
    found.byKey.delete(key);
  }
  const full = fullNames();
  for (const name of personNames) {
    // A "person" that is part of an organisation's name ("Rio Azul" of "Rio Azul Lines") is not one.
    if ([...found.byKey.values()].some((e) => e.kind === 'organization' && [...e.forms.keys()].some((f) => f !== name && mentions(f, name)))) continue;
    found.add('person', personKey(name, full), name);
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

  const entities: Entity[] = [];
  for (const [, e] of found.byKey) {
    const forms = [...e.forms].sort((a, b) => (e.kind === 'person' ? b[0].split(/\s+/).length - a[0].split(/\s+/).length : 0) || b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0])).map(([f]) => f);
    const name = forms[0]!;
    const aliases = [...new Set([...forms.slice(1), ...(e.kind === 'person' ? [surname(name)] : [])])].filter((a) => a !== name);
    const names = [name, ...aliases];
    const mentioned = claims.filter((c) => textsOf(c).some((t) => names.some((n) => mentions(t, n))) || c.citations.some((x) => names.some((n) => x.attribution.speaker && mentions(x.attribution.speaker, n))));
    if (mentioned.length === 0) continue;
    entities.push({ id: `e-${shortHash(`${e.kind}:${name}`, 6)}`, name, kind: e.kind, aliases, claims: mentioned.map((c) => c.id) });
  }
  return entities.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/** "Rome, Italy": the name before the comma is a place named elsewhere after a place cue. */
function isPlaceBefore(before: string, after: string, texts: readonly string[]): boolean {
  if (!/^(?:[^\w\s]|\s*$|\s+(?:and|or|on|in|where|which|by)\b)/.test(after)) return false;
  const prev = /([A-Z][a-z]+),\s+$/.exec(before)?.[1];
  if (!prev) return false;
  return texts.some((t) => new RegExp(String.raw`(?:\b[Ii]n|\b[Tt]o|\b[Ff]rom|\b[Nn]ear)\s+(?:the\s+)?${prev}\b`).test(t));
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Does the text name `name` as a whole word (case-sensitive)? */
function mentions(text: string, name: string): boolean {
  return new RegExp(String.raw`(?<![\p{L}\p{N}’'])${escape(name)}(?![\p{L}\p{N}])`, 'u').test(text);
}
