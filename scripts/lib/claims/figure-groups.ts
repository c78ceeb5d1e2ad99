/**
 * Figures across sources -> groups about one quantity. A quantity is keyed by what is counted
 * (soldiers, troops and fighters are one; a measure counts its dimension and "of X" material), what
 * happened to it (killed, evacuated, destroyed, leaked…) and its basis (a plain count, "per day",
 * "since 2022"). A figure that leaves out the material or what happened joins the one group that
 * says it. A group whose values disagree is a conflict; an increment ("an additional 500") never is.
 */
import type { FigureGroup, FigureValue } from '../../../src/schema.ts';
import type { Article, Candidate } from '../types.ts';
import { hasConflict, shareQualifiers } from './figure-values.ts';
import { classOf, HUMAN } from './figure-words.ts';
import { findFigures, type Figure } from './figures.ts';
import { findShares } from './shares.ts';
import { stem } from './tokens.ts';

interface Found {
  figure: Figure;
  value: FigureValue;
  key: string;
  /** For things and measures (not people, not money): the parts of the key a figure may leave out. */
  parts: Parts | null;
}

/** A key of things or measures in parts: what is counted or measured, its material (stemmed), what happened, and the basis. */
interface Parts {
  noun: string;
  material: string;
  predicate: string;
  basis: string;
}

function partsOf(f: Figure, key: string): Parts | null {
  if (f.noun.startsWith('money:') || (!f.dimension && HUMAN.has(f.noun))) return null;
  return { noun: f.noun, material: f.material && stem(f.material), predicate: f.predicate, basis: key.split('|')[1] ?? '' };
}

/**
 * Materials one phrase names twice ("the fungicide metaxolan"), each also a material on its own
 * elsewhere in the story ("3 tonnes of a fungicide", "8 tonnes of metaxolan"): one material.
 * Returns the material each material stands for (the first in alphabetical order).
 */
function materialAliases(figures: readonly Figure[]): (material: string) => string {
  // How many figures name each material as their head: an alias must be a head elsewhere too.
  const heads = new Map<string, number>();
  for (const f of figures) if (f.material) heads.set(stem(f.material), (heads.get(stem(f.material)) ?? 0) + 1);
  const parent = new Map<string, string>();
  const find = (m: string): string => {
    const p = parent.get(m);
    return p === undefined || p === m ? m : find(p);
  };
  for (const f of figures) {
    if (!f.material || (heads.get(stem(f.material)) ?? 0) < 2) continue;
    for (const other of f.materialAlso.map((w) => stem(w)).filter((w) => heads.has(w))) {
      const [a, b] = [find(stem(f.material)), find(other)].sort();
      if (a !== b) parent.set(b!, a!);
    }
  }
  return (material) => {
    const to = find(stem(material));
    return figures.find((f) => f.material && stem(f.material) === to)?.material ?? material;
  };
}

/** Nouns for people in general: "people" on its own joins the one specific group of people it most likely counts. */
const GENERIC = 'people';

/** Each article's sentences by anchor (the first sentence with an anchor, as a search would find), with the sentence before it. */
const sentencesByAnchor = new WeakMap<Article, Map<string, { text: string; previous: string }>>();
function sentenceAt(article: Article, anchor: string): { text: string; previous: string } | undefined {
  let byAnchor = sentencesByAnchor.get(article);
  if (!byAnchor) {
    byAnchor = new Map();
    article.sentences.forEach((s, i) => {
      if (!byAnchor!.has(s.anchor)) byAnchor!.set(s.anchor, { text: s.text, previous: article.sentences[i - 1]?.text ?? '' });
    });
    sentencesByAnchor.set(article, byAnchor);
  }
  return byAnchor.get(anchor);
}

/** Figures inside a candidate's quote, read in the whole sentence (and the one before) so that words outside the quote still describe them. */
function figuresOf(c: Candidate, article: Article | undefined): Figure[] {
  const found = article && sentenceAt(article, c.anchor);
  const sentence = found?.text ?? c.quote;
  const at = sentence.indexOf(c.quote);
  const published = article?.metadata.published ?? null;
  if (at < 0) return [...findFigures(c.quote), ...findShares(c.quote, published)];
  return [...findFigures(sentence, found?.previous ?? ''), ...findShares(sentence, published)].filter((f) => f.start >= at && f.end <= at + c.quote.length);
}

/**
 * The quantity a figure counts, e.g. "troops", "injured", "casualties|per day", "money:$:demand",
 * "buildings:destroyed", "measure:mass:fungicid:released"; "" when unknown.
 */
export function quantityKey(f: Figure, publishedYear: string | null): string {
  const basis = f.basis.startsWith('since') ? 'since' : f.basis === `in ${publishedYear}` ? '' : f.basis;
  let key: string;
  if (f.noun.startsWith('money:')) key = `${f.noun}:${f.verb}`;
  else if (f.dimension) key = `${f.noun}:${f.material && stem(f.material)}:${f.predicate}`;
  // Killed or injured people are one toll whoever they were; the sick are counted by who they are (passengers, crew).
  // "230 people stand to lose their jobs" is a count of the jobs cut, as "145 roles" is.
  else if (HUMAN.has(f.noun) && f.predicate === 'laid off') key = 'jobs:cut';
  // "31 confirmed cases" are people made ill, whoever they were.
  else if (HUMAN.has(f.noun)) key = f.predicate === 'ill' ? `${f.noun && f.noun !== 'ill' ? f.noun : 'people'}:${f.predicate}` : f.predicate || f.noun;
  else key = f.predicate ? `${f.noun}:${f.predicate}` : f.noun;
  return key ? [key, basis].filter(Boolean).join('|') : '';
}

/** The commonest of some words (ties: the first in alphabetical order); "" for none. */
function commonest(list: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const w of list) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
}

/** What a measure without a material is called in a label. */
const DIMENSION_NAME: Record<string, string> = { mass: 'amount', area: 'area', volume: 'volume', length: 'distance', speed: 'speed', data: 'data' };

/** A readable name for a group: the commonest counted word, what happened to it, and the basis. */
function label(key: string, found: readonly Found[]): string {
  const [quantity = '', basis = ''] = key.split('|');
  const head = commonest(found.map((x) => x.figure.head));
  const f = found[0]!.figure;
  let name: string;
  // What a sum costs, loses or amounts to is "amount"; a sum demanded, paid or fined says so.
  if (quantity.startsWith('money:')) name = quantity.endsWith(':cost') ? `amount (${f.noun.slice(6)})` : quantity.endsWith(':demand') ? `amount demanded (${f.noun.slice(6)})` : `amount ${f.verbWord || 'stated'} (${f.noun.slice(6)})`;
  else if (f.dimension) {
    const what = commonest(found.map((x) => x.figure.material).filter(Boolean)) || DIMENSION_NAME[f.dimension] || f.dimension;
    name = `${[what, commonest(found.map((x) => x.figure.predicateWord).filter(Boolean))].filter(Boolean).join(' ')} (${head})`;
  }
  else if (quantity.startsWith('share:')) name = `${head} (%)`;
  else if (f.predicate === 'casualties') name = 'casualties';
  else if (quantity === 'jobs:cut') name = 'jobs cut';
  // "cases", "deaths": a head that names what happened needs no predicate after it.
  // "four in hospital", "six admitted to hospital": said so, the count is of people in hospital, not of the injured.
  else if (f.predicate === 'injured' && found.every((x) => /^hospital/.test(x.figure.predicateWord))) name = `${head || 'people'} in hospital`;
  else name = classOf(head) === f.predicate ? head : [head || 'people', f.predicate].filter(Boolean).join(' ');
  const scope = basis === 'since' ? found.map((x) => x.figure.basis).find((b) => b.startsWith('since')) : basis;
  return scope ? `${name} (${scope})` : name;
}

/** A value as a table shows it: "Three" opened its sentence, and is "three" beside other values. */
const asWritten = (text: string): string => text.replace(/^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Thirty|Forty|Fifty|Hundreds|Thousands|Dozens)\b/, (w) => w.toLowerCase());

/** Index of the first of `sorted` (ascending) for which `ok` holds, `ok` being false then true along it. */
function firstWhere(sorted: readonly number[], ok: (x: number) => boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ok(sorted[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** "people" figures join the specific group of people with the most values, near in size; otherwise they stay apart. */
function mergeGeneric(groups: Map<string, Found[]>): void {
  // The values of the groups people figures may join, sorted, kept up to date as figures join them.
  const sortedValues = new Map<string, number[]>();
  const valuesOf = (key: string, g: readonly Found[]): number[] => {
    let sorted = sortedValues.get(key);
    if (!sorted) sortedValues.set(key, (sorted = g.map((x) => x.value.value).filter((x) => !Number.isNaN(x)).sort((a, b) => a - b)));
    return sorted;
  };
  /** Does the group have a value within a factor 4 of `value`? */
  const near = (key: string, g: readonly Found[], value: number): boolean => {
    const sorted = valuesOf(key, g);
    const i = firstWhere(sorted, (x) => x * 4 >= value);
    return i < sorted.length && sorted[i]! <= value * 4;
  };
  for (const [key, found] of [...groups]) {
    const [quantity = '', basis = ''] = key.split('|');
    if (quantity !== GENERIC && !quantity.startsWith(`${GENERIC}:`)) continue;
    // "people ill" joins "passengers ill" as "people" joins "passengers": the same thing said of specific people.
    const said = quantity.slice(GENERIC.length);
    // Groups of specific people with the same basis; joining adds values to them, never groups.
    const open = [...groups].filter(([k, g]) => {
      const [q = '', b = ''] = k.split('|');
      const who = said ? (q.endsWith(said) ? q.slice(0, -said.length) : '') : q;
      return who !== '' && who !== GENERIC && who !== 'troops' && HUMAN.has(who) && (said !== '' || !g[0]!.figure.predicate) && b === basis;
    });
    const kept: Found[] = [];
    for (const f of found) {
      let target: [string, Found[]] | undefined;
      for (const entry of open) {
        if (!near(entry[0], entry[1], f.value.value)) continue;
        if (!target || entry[1].length > target[1].length || (entry[1].length === target[1].length && entry[0].localeCompare(target[0]) < 0)) target = entry;
      }
      if (target) {
        const sorted = valuesOf(target[0], target[1]);
        target[1].push(f);
        if (!Number.isNaN(f.value.value)) sorted.splice(firstWhere(sorted, (x) => x > f.value.value), 0, f.value.value);
      } else kept.push(f);
    }
    if (kept.length) groups.set(key, kept);
    else groups.delete(key);
  }
}

/** Does some figure of `found` lie within a factor 4 of `base`? */
const nearIn = (found: readonly Found[], base: number): boolean => found.some((x) => x.figure.base * 4 >= base && x.figure.base <= base * 4);

/**
 * Things and measures that leave out their material or what happened ("8 tonnes", "12 homes") join the
 * group of the same thing that says it ("3 tonnes of fungicide leaked"), near in size: the one with the
 * most values. Groups missing one part are placed before groups missing both, so both end in one group.
 */
function mergeUnspecified(groups: Map<string, Found[]>): void {
  const told = (p: Parts): number => (p.material ? 1 : 0) + (p.predicate ? 1 : 0);
  // Groups by what they count and their basis: only those can take each other's figures.
  const byThing = new Map<string, string[]>();
  for (const [key, found] of groups) {
    const p = found[0]!.parts;
    if (!p) continue;
    const thing = `${p.noun}|${p.basis}`;
    byThing.set(thing, [...(byThing.get(thing) ?? []), key]);
  }
  for (const keys of byThing.values()) {
    if (keys.length < 2) continue;
    const order = keys.map((k) => [k, groups.get(k)![0]!.parts!] as const).sort((a, b) => told(b[1]) - told(a[1]) || a[0].localeCompare(b[0]));
    for (const [key, p] of order) {
      if (told(p) === 2) continue;
      const open = order.filter(([k, q]) => k !== key && groups.has(k) && told(q) > told(p) && (!p.material || p.material === q.material) && (!p.predicate || p.predicate === q.predicate));
      if (!open.length) continue;
      const kept: Found[] = [];
      for (const f of groups.get(key)!) {
        let target: Found[] | undefined;
        for (const [k] of open) {
          const g = groups.get(k)!;
          if (nearIn(g, f.figure.base) && (!target || g.length > target.length)) target = g;
        }
        if (target) target.push(f);
        else kept.push(f);
      }
      if (kept.length) groups.set(key, kept);
      else groups.delete(key);
    }
  }
}

/** Values of one key that differ by more than this factor count different things ("2 patients waited" vs "1.2 million patients' data"). */
const SAME_SCALE = 20;
/** A bare measure ("six metres", "84 meters"), with nothing measured or done named, is one quantity only when near in size. */
const BARE_SCALE = 3;

/** Splits a group where consecutive values (in order) jump by more than SAME_SCALE (BARE_SCALE for a bare measure). */
function byScale(found: readonly Found[], key: string): Found[][] {
  const scale = /^measure:[^:|]*::(?:\||$)/.test(key) ? BARE_SCALE : SAME_SCALE;
  const sorted = [...found].sort((a, b) => a.figure.base - b.figure.base);
  const parts: Found[][] = [];
  for (const f of sorted) {
    const last = parts.at(-1);
    if (last && f.figure.base <= last.at(-1)!.figure.base * scale) last.push(f);
    else parts.push([f]);
  }
  return parts;
}

/** Currency signs in ids, so that sums in euros and in dollars get ids of their own. */
const CURRENCY_SLUG: Record<string, string> = { '€': 'eur', '$': 'usd', '£': 'gbp', '¥': 'jpy', '₹': 'inr', '₦': 'ngn' };
const slugOf = (key: string): string => key.replace(/[€$£¥₹₦]/g, (c) => `-${CURRENCY_SLUG[c]}-`).replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase() || 'figure';

/** Ids made unique in order: a second "f-x" becomes "f-x-b". */
function uniqueIds<T extends { id: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.map((item) => {
    let id = item.id;
    for (let n = 1; seen.has(id); n++) id = `${item.id}-${String.fromCharCode(97 + n)}`;
    seen.add(id);
    return { ...item, id };
  });
}

/**
 * @example groupFigures([{ c, claim: 'c-1' }, { c: other, claim: 'c-2' }], byId) // [{ id: 'f-troops', quantity: 'soldiers', conflicting: true, values: […] }]
 */
export function groupFigures(items: readonly { c: Candidate; claim: string }[], byId: ReadonlyMap<string, Article>): FigureGroup[] {
  const groups = new Map<string, Found[]>();
  /** key, source, anchor and value of every figure kept: one sentence's figure counts once per quantity. */
  const seen = new Set<string>();
  const read = items.map(({ c, claim }) => ({ c, claim, article: byId.get(c.source), figures: figuresOf(c, byId.get(c.source)) }));
  const sameMaterial = materialAliases(read.flatMap((r) => r.figures));
  for (const { c, claim, article, figures } of read) {
    const published = article?.metadata.published ?? null;
    // "… in September 2020, when about 470 whales beached": a sentence dated in another year counts that year's event.
    const year = c.date?.start.slice(0, 4);
    const otherYear = year && published && year !== published.slice(0, 4) ? `in ${year}` : '';
    for (const read of figures) {
      const dated = otherYear && !read.basis ? { ...read, basis: otherYear } : read;
      const figure = dated.material ? { ...dated, material: sameMaterial(dated.material) } : dated;
      const key = quantityKey(figure, published?.slice(0, 4) ?? null);
      if (!key) continue;
      // NaN equals nothing, not even itself: such a figure is never a repeat.
      const id = `${JSON.stringify([key, c.source, c.anchor])}${figure.value}`;
      if (!Number.isNaN(figure.value) && seen.has(id)) continue;
      seen.add(id);
      const value: FigureValue = { value: figure.value, text: asWritten(figure.text), qualifier: figure.qualifier, source: c.source, anchor: c.anchor, speaker: c.attribution.speaker, date: c.date?.start ?? published, claim };
      const found = groups.get(key);
      const parts = partsOf(figure, key);
      if (found) found.push({ figure, value, key, parts });
      else groups.set(key, [{ figure, value, key, parts }]);
    }
  }
  mergeGeneric(groups);
  mergeUnspecified(groups);
  return uniqueIds([...groups]
    .flatMap(([key, found]) => byScale(found, key).map((part, i) => ({ key, id: `f-${slugOf(key)}${i ? `-${i + 1}` : ''}`, found: part })))
    .filter(({ found }) => found.length >= 2))
    .map(({ key, id, found }): FigureGroup => {
      const shared = shareQualifiers(found.map((f) => f.value));
      const rows = found
        .map((f, i) => ({ value: shared[i]!, figure: f.figure }))
        .sort((a, b) => a.figure.base - b.figure.base || a.value.value - b.value.value || a.value.source.localeCompare(b.value.source) || a.value.anchor.localeCompare(b.value.anchor));
      return { id, quantity: label(key, found), conflicting: hasConflict(rows), values: rows.map((r) => r.value) };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}
