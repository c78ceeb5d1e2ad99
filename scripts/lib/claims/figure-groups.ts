/**
 * Figures across sources -> groups about one quantity. A quantity is keyed by what is counted
 * (soldiers, troops and fighters are one), what happened to it (killed, injured, evacuated…) and its
 * basis (a plain count, "per day", "since 2022"). A group whose values disagree is a conflict.
 */
import type { FigureGroup, FigureValue } from '../../../src/schema.ts';
import type { Article, Candidate } from '../types.ts';
import { findFigures, HUMAN, type Figure } from './figures.ts';

interface Found {
  figure: Figure;
  value: FigureValue;
  key: string;
}

/** Nouns for people in general: "people" on its own joins the one specific group of people it most likely counts. */
const GENERIC = 'people';

/** Figures inside a candidate's quote, read in the whole sentence so that words outside the quote still describe them. */
function figuresOf(c: Candidate, article: Article | undefined): Figure[] {
  const sentence = article?.sentences.find((s) => s.anchor === c.anchor)?.text ?? c.quote;
  const at = sentence.indexOf(c.quote);
  if (at < 0) return findFigures(c.quote);
  return findFigures(sentence).filter((f) => f.start >= at && f.end <= at + c.quote.length);
}

/** The quantity a figure counts, e.g. "troops", "injured", "casualties|per day", "money:$:demand"; "" when unknown. */
export function quantityKey(f: Figure, publishedYear: string | null): string {
  const basis = f.basis.startsWith('since') ? 'since' : f.basis === `in ${publishedYear}` ? '' : f.basis;
  let key: string;
  if (f.noun.startsWith('money:')) key = `${f.noun}:${f.verb}`;
  else if (HUMAN.has(f.noun)) key = f.predicate || f.noun;
  else key = f.predicate ? `${f.noun}:${f.predicate}` : f.noun;
  return key ? [key, basis].filter(Boolean).join('|') : '';
}

/** A readable name for a group: the commonest counted word, what happened to it, and the basis. */
function label(key: string, found: readonly Found[]): string {
  const [quantity = '', basis = ''] = key.split('|');
  const heads = new Map<string, number>();
  for (const f of found) heads.set(f.figure.head, (heads.get(f.figure.head) ?? 0) + 1);
  const head = [...heads].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
  const f = found[0]!.figure;
  let name: string;
  if (quantity.startsWith('money:')) name = `amount ${f.verbWord || 'stated'} (${f.noun.slice(6)})`;
  else if (f.predicate === 'casualties') name = 'casualties';
  else name = [head || 'people', f.predicate].filter(Boolean).join(' ');
  const scope = basis === 'since' ? found.map((x) => x.figure.basis).find((b) => b.startsWith('since')) : basis;
  return scope ? `${name} (${scope})` : name;
}

/** Qualifiers that make a value an increment ("an additional 1,500") rather than a total. */
const INCREMENT = /^(?:an additional|additional|another|a further|more|other|further|extra)\b/;
const stampOf = (v: FigureValue): string => /\bby [^,]+/.exec(v.qualifier)?.[0] ?? '';

/** Two values of one quantity disagree: different totals at the same time stamp. */
export function disagree(a: FigureValue, b: FigureValue): boolean {
  return a.value !== b.value && !INCREMENT.test(a.qualifier) && !INCREMENT.test(b.qualifier) && stampOf(a) === stampOf(b);
}

/** "people" figures join the specific group of people with the most values, near in size; otherwise they stay apart. */
function mergeGeneric(groups: Map<string, Found[]>): void {
  for (const [key, found] of [...groups]) {
    const [quantity, basis = ''] = key.split('|');
    if (quantity !== GENERIC) continue;
    const kept: Found[] = [];
    for (const f of found) {
      const target = [...groups]
        .filter(([k, g]) => {
          const [q, b = ''] = k.split('|');
          return q !== GENERIC && q !== 'troops' && HUMAN.has(q!) && !g[0]!.figure.predicate && b === basis && g.some((x) => x.value.value <= f.value.value * 4 && x.value.value * 4 >= f.value.value);
        })
        .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))[0];
      if (target) target[1].push(f);
      else kept.push(f);
    }
    if (kept.length) groups.set(key, kept);
    else groups.delete(key);
  }
}

/** Values of one key that differ by more than this factor count different things ("2 patients waited" vs "1.2 million patients' data"). */
const SAME_SCALE = 20;

/** Splits a group where consecutive values (in order) jump by more than SAME_SCALE. */
function byScale(found: readonly Found[]): Found[][] {
  const sorted = [...found].sort((a, b) => a.value.value - b.value.value);
  const parts: Found[][] = [];
  for (const f of sorted) {
    const last = parts.at(-1);
    if (last && f.value.value <= last.at(-1)!.value.value * SAME_SCALE) last.push(f);
    else parts.push([f]);
  }
  return parts;
}

/**
 * A source that gives a number bare ("3,000 soldiers") reports the same figure as the sources that
 * qualify it ("at least 3,000 soldiers"): it takes the qualifier most of them give.
 */
function shareQualifiers(values: FigureValue[]): FigureValue[] {
  return values.map((v) => {
    if (v.qualifier) return v;
    const counts = new Map<string, number>();
    for (const o of values) if (o.value === v.value && o.qualifier) counts.set(o.qualifier, (counts.get(o.qualifier) ?? 0) + 1);
    const best = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    return best ? { ...v, qualifier: best[0] } : v;
  });
}

const slugOf = (key: string): string => key.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase() || 'figure';

/**
 * @example groupFigures([{ c, claim: 'c-1' }, { c: other, claim: 'c-2' }], byId) // [{ id: 'f-troops', quantity: 'soldiers', conflicting: true, values: […] }]
 */
export function groupFigures(items: readonly { c: Candidate; claim: string }[], byId: ReadonlyMap<string, Article>): FigureGroup[] {
  const groups = new Map<string, Found[]>();
  for (const { c, claim } of items) {
    const article = byId.get(c.source);
    const published = article?.metadata.published ?? null;
    for (const figure of figuresOf(c, article)) {
      const key = quantityKey(figure, published?.slice(0, 4) ?? null);
      if (!key) continue;
      const found = groups.get(key) ?? [];
      if (found.some((f) => f.value.source === c.source && f.value.anchor === c.anchor && f.value.value === figure.value)) continue;
      const value: FigureValue = { value: figure.value, text: figure.text, qualifier: figure.qualifier, source: c.source, anchor: c.anchor, speaker: c.attribution.speaker, date: c.date?.start ?? published, claim };
      groups.set(key, [...found, { figure, value, key }]);
    }
  }
  mergeGeneric(groups);
  return [...groups]
    .flatMap(([key, found]) => byScale(found).map((part, i) => ({ key, id: `f-${slugOf(key)}${i ? `-${i + 1}` : ''}`, found: part })))
    .filter(({ found }) => found.length >= 2)
    .map(({ key, id, found }): FigureGroup => {
      const values = shareQualifiers(found.map((f) => f.value)).sort((a, b) => a.value - b.value || a.source.localeCompare(b.source) || a.anchor.localeCompare(b.anchor));
      return { id, quantity: label(key, found), conflicting: values.some((a) => values.some((b) => disagree(a, b))), values };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** Why a claim's figure is disputed: its value and the values that disagree with it, each with who gives it. */
export interface FigureDispute {
  values: { text: string; who: string }[];
  /** Ids of the claims that give the other values. */
  by: string[];
}

/**
 * For each claim holding a value of a conflicting group: the values that disagree with it.
 * `who` names the source of a value without a speaker (its outlet).
 * @example figureDisputes(groups, outletOf).get('c-1') // [{ values: [{ text: '3,000', who: 'John Kirby' }, { text: '10,000', who: 'unnamed sources' }], by: ['c-2'] }]
 */
export function figureDisputes(groups: readonly FigureGroup[], who: (source: string) => string): Map<string, FigureDispute[]> {
  const out = new Map<string, FigureDispute[]>();
  const name = (v: FigureValue): string => v.speaker ?? who(v.source);
  for (const g of groups.filter((x) => x.conflicting)) {
    for (const v of g.values) {
      if (!v.claim) continue;
      const others = g.values.filter((o) => disagree(v, o));
      if (!others.length) continue;
      const distinct = new Map<number, FigureValue>([[v.value, v]]);
      for (const o of others) if (!distinct.has(o.value)) distinct.set(o.value, o);
      const values = [...distinct.values()].slice(0, 4).map((x) => ({ text: x.text, who: name(x) }));
      const by = [...new Set(others.map((o) => o.claim).filter((c): c is string => !!c && c !== v.claim))].sort();
      const list = out.get(v.claim) ?? [];
      if (!list.some((d) => d.values[0]!.text === values[0]!.text && d.by.join() === by.join())) list.push({ values, by });
      out.set(v.claim, list);
    }
  }
  return out;
}
