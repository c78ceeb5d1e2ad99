import { createHash } from 'node:crypto';

/** Whitespace-folded text, the form anchors and matching are computed on. */
export function foldSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Anchor ids for a source's sentences: derived from each sentence's text, so they
 * stay stable when cleaning rules change what comes before; repeats get a suffix.
 * @example sentenceAnchors(['A.', 'B.', 'A.']) // ['s-xxxxxx', 's-yyyyyy', 's-xxxxxx-2']
 */
export function sentenceAnchors(sentences: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return sentences.map((text) => {
    const base = 's-' + createHash('sha1').update(foldSpace(text)).digest('hex').slice(0, 6);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  });
}

/** Short stable hash of any text, hex. */
export function shortHash(text: string, length = 8): string {
  return createHash('sha1').update(text).digest('hex').slice(0, length);
}
