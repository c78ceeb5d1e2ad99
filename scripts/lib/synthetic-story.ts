/**
 * A generated story for `npm run bench`: articles about one flood from 60 outlets, with shared
 * facts in several wordings, conflicting figures and vocabulary of their own. Deterministic.
 */
/** A small seeded generator (mulberry32): the same seed gives the same story on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const SYLLABLES = 'ka lo mi ra ven tor sa de lin mar bo ru pel an is ko vi dra nes ul ta gor fe hal ri mo zen ber cas nu'.split(' ');
const capital = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
/** The n-th made-up word: a bijection from numbers to syllable strings, so vocabulary grows with the story. */
function word(n: number, min = 2): string {
  let w = '';
  let k = n;
  for (let i = 0; i < min || k > 0; i++) {
    w += SYLLABLES[k % SYLLABLES.length]!;
    k = Math.floor(k / SYLLABLES.length);
  }
  return w;
}
const person = (n: number): string => `${capital(word(n * 7 + 3))} ${capital(word(n * 13 + 5, 3))}`;
const place = (n: number): string => capital(word(n * 11 + 1));

const TITLES = ['Mayor', 'Interior Minister', 'Police Chief', 'Governor', 'Red Cross spokeswoman', 'Health Minister'];
const ORGS = ['Red Cross', 'Interior Ministry', 'National Weather Service', 'Regional Council', 'Health Ministry', 'Fire Brigade', 'Civil Protection Agency'];
const THINGS = ['bridge', 'dam', 'school', 'hospital', 'power line', 'rail line', 'port', 'highway', 'water plant', 'market'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const NOUNS = ['residents', 'families', 'farmers', 'volunteers', 'engineers', 'shopkeepers', 'students', 'nurses'];
const VERBS = ['described', 'recalled', 'complained about', 'pointed to', 'worried about', 'photographed', 'cleared'];

/** One fact of the story, told by several outlets in their own words. */
interface Fact {
  kind: number;
  speaker: string;
  title: string;
  org: string;
  place: string;
  thing: string;
  day: string;
  /** The figure most outlets give; some give another (conflicting numbers). */
  value: number;
}

function fact(n: number): Fact {
  const r = random(1000 + n);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  return { kind: n % 6, speaker: person(Math.floor(r() * 40)), title: pick(TITLES), org: pick(ORGS), place: place(Math.floor(r() * 60)), thing: pick(THINGS), day: pick(DAYS), value: 10 + Math.floor(r() * 900) };
}

/** A fact in one of a few wordings; `value` may differ from the fact's (a conflicting report). */
function tell(f: Fact, variant: number, value: number): string {
  const who = `${f.title} ${f.speaker}`;
  switch (f.kind) {
    case 0:
      return [
        `At least ${value} people were killed in ${f.place} after the river burst its banks on ${f.day}, ${who} said.`,
        `${who} said at least ${value} people had died in ${f.place} since the flooding began on ${f.day}.`,
        `The death toll in ${f.place} rose to ${value}, according to ${who}.`,
      ][variant % 3]!;
    case 1:
      return [
        `The ${f.org} evacuated ${value} residents from ${f.place} on ${f.day}.`,
        `More than ${value} residents of ${f.place} were evacuated by the ${f.org} on ${f.day}, officials said.`,
        `"We moved ${value} people out of ${f.place} overnight," ${f.speaker} of the ${f.org} told reporters.`,
      ][variant % 3]!;
    case 2:
      return [
        `The ${f.thing} near ${f.place} was closed on ${f.day} after engineers found cracks, ${who} said.`,
        `Engineers closed the ${f.thing} near ${f.place} on ${f.day}, ${who} told reporters.`,
      ][variant % 2]!;
    case 3:
      return [
        `"We are doing everything we can to reach the villages cut off by the water," said ${f.speaker}, the mayor of ${f.place}.`,
        `${f.speaker}, the mayor of ${f.place}, said crews were doing everything they could to reach villages cut off by the water.`,
      ][variant % 2]!;
    case 4:
      return [
        `${value} homes were damaged in ${f.place}, according to the ${f.org}.`,
        `The ${f.org} said ${value} homes in ${f.place} had been damaged by the floods.`,
      ][variant % 2]!;
    default:
      return [
        `The ${f.org} pledged $${value} million in emergency aid for ${f.place} on ${f.day}.`,
        `${who} announced $${value} million in emergency aid for ${f.place}.`,
      ][variant % 2]!;
  }
}

/** Sentences only this article has: local people and words that no other article uses. */
function local(i: number, k: number, r: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const name = person(1000 + i * 5 + k);
  const w1 = word(5000 + i * 17 + k * 3);
  const w2 = word(90000 + i * 29 + k * 7);
  return [
    `${name}, a ${w1} seller in ${place(Math.floor(r() * 60))}, ${pick(VERBS)} the ${w2} near her house, ${name.split(' ')[1]} said.`,
    `Local ${pick(NOUNS)} ${pick(VERBS)} the ${w1} ${w2} on ${pick(DAYS)}, ${name} said.`,
    `"The ${w1} is gone and nobody came to help with the ${w2}," said ${name}, who lives in ${place(Math.floor(r() * 60))}.`,
  ][k % 3]!;
}

const OUTLETS = Array.from({ length: 60 }, (_, n) => `The ${capital(word(n * 3 + 200))} ${['Herald', 'Times', 'Post', 'Daily', 'Gazette'][n % 5]}`);

/**
 * A made-up article about one flood: facts drawn from a pool shared by all outlets (the pool grows
 * as the story goes on, like real coverage), some figures reported differently by some outlets,
 * and sentences of its own with vocabulary no other article uses. Deterministic in `i` and `total`.
 * @example syntheticArticle(7, 1000) // '---\ntitle: "Floods in …"\noutlet: …\n---\n\nThe death toll in … rose to 412, …'
 */
export function syntheticArticle(i: number, total: number): string {
  const r = random(i + 1);
  const pool = 20 + Math.floor(total / 20);
  const at = Math.floor((i / total) * pool);
  const facts = Array.from({ length: 3 + Math.floor(r() * 4) }, () => Math.max(0, Math.min(pool - 1, at + Math.floor((r() - 0.6) * 16))));
  const outlet = i % OUTLETS.length;
  const lines = [...new Set(facts)].map((n) => {
    const f = fact(n);
    // Two outlets in ten give another figure: a conflict the fact sheet should show.
    const value = outlet % 10 === 3 ? f.value + 2 : outlet % 10 === 7 ? f.value - 1 : f.value;
    return tell(f, outlet + n, value);
  });
  for (let k = 0; k < 1 + Math.floor(r() * 3); k++) lines.splice(Math.floor(r() * (lines.length + 1)), 0, local(i, k, r));
  const day = String(1 + Math.floor((i / total) * 20)).padStart(2, '0');
  const title = `Floods in ${place(at % 60)}: ${capital(word(7000 + i))} ${['toll rises', 'residents evacuated', 'aid pledged', 'roads closed'][i % 4]}`;
  const front = { title, outlet: OUTLETS[outlet], published: `2025-03-${day}`, author: person(3000 + i) };
  const yaml = Object.entries(front).map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  return `---\n${yaml.join('\n')}\n---\n\n${lines.join('\n\n')}\n`;
}
