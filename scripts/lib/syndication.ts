/** Marks syndicated copies: an article whose sentences mostly repeat an earlier one's word for word. */
import { foldSpace } from '../../src/lib/anchor.ts';
import type { Sentence } from './types.ts';

export interface SyndicationInput {
  id: string;
  published: string | null;
  sentences: readonly Sentence[];
}

/** Share of `a`'s sentences that appear verbatim in `b`. */
function sharedShare(a: readonly Sentence[], b: ReadonlySet<string>): number {
  if (a.length === 0) return 0;
  return a.filter((s) => b.has(foldSpace(s.text).toLowerCase())).length / a.length;
}

/** Source id -> id of the article it copies (the earlier, or else the first by id). */
export function findCopies(articles: readonly SyndicationInput[], threshold = 0.6): Map<string, string> {
  const sets = new Map(articles.map((a) => [a.id, new Set(a.sentences.map((s) => foldSpace(s.text).toLowerCase()))]));
  const order = [...articles].sort((x, y) => (x.published ?? '9999').localeCompare(y.published ?? '9999') || x.id.localeCompare(y.id));
  const copies = new Map<string, string>();
  order.forEach((article, i) => {
    for (const original of order.slice(0, i)) {
      if (copies.has(original.id)) continue;
      if (sharedShare(article.sentences, sets.get(original.id)!) >= threshold) {
        copies.set(article.id, original.id);
        break;
      }
    }
  });
  return copies;
}
