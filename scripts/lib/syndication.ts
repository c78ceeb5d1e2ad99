/** Marks syndicated copies: an article whose sentences mostly repeat an earlier one's word for word. */
import { foldSpace } from '../../src/lib/anchor.ts';
import type { Sentence } from './types.ts';

export interface SyndicationInput {
  id: string;
  published: string | null;
  sentences: readonly Sentence[];
  /** The outlet, and the agency its dateline credits ("GEORGE TOWN, June 22 (APW) —"): a copy credits another outlet. */
  outlet?: string | null;
  agency?: string | null;
}

/** "AAP" is "Australian Associated Press": the agency named by its initials, or its name. */
function isOutlet(agency: string, outlet: string): boolean {
  const initials = outlet.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  return agency.toLowerCase() === outlet.toLowerCase() || agency === initials || outlet.toLowerCase().includes(agency.toLowerCase());
}

/**
 * Who wrote the text first, among articles of one day: the agency under its own dateline (0), an article without one
 * (1), an outlet carrying another agency's dateline, a copy (2).
 */
const authorship = (a: SyndicationInput): number => (!a.agency || !a.outlet ? 1 : isOutlet(a.agency, a.outlet) ? 0 : 2);

const key = (s: Sentence): string => foldSpace(s.text).toLowerCase();

/**
 * Source id -> id of the article it copies: the first earlier article (by date, then the agency's own article before
 * one that credits the agency in its dateline, then id),
 * not itself a copy, holding `threshold` of its sentences word for word. An index from
 * sentence to articles means only articles that share a sentence are ever compared.
 */
export function findCopies(articles: readonly SyndicationInput[], threshold = 0.6): Map<string, string> {
  const order = [...articles].sort((x, y) => (x.published ?? '9999').localeCompare(y.published ?? '9999') || authorship(x) - authorship(y) || x.id.localeCompare(y.id));
  const holders = new Map<string, number[]>();
  const copies = new Map<string, string>();
  order.forEach((article, i) => {
    const shared = new Map<number, number>();
    for (const sentence of article.sentences) {
      for (const j of holders.get(key(sentence)) ?? []) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    const original = [...shared]
      .filter(([j, n]) => !copies.has(order[j]!.id) && n / article.sentences.length >= threshold)
      .sort(([a], [b]) => a - b)[0];
    if (original) copies.set(article.id, order[original[0]]!.id);
    for (const k of new Set(article.sentences.map(key))) (holders.get(k) ?? holders.set(k, []).get(k)!).push(i);
  });
  return copies;
}
