/** The passage of a source most like a quote, to suggest when the quote is not found. */
import type { BodySentence } from '../../../src/lib/source-body.ts';

function trigrams(text: string): Map<string, number> {
  const t = ` ${text.toLowerCase().replace(/\s+/g, ' ')} `;
  const grams = new Map<string, number>();
  for (let i = 0; i + 3 <= t.length; i++) grams.set(t.slice(i, i + 3), (grams.get(t.slice(i, i + 3)) ?? 0) + 1);
  return grams;
}

/**
 * Dice similarity of character trigrams, 0..1.
 * @example similarity('North Korea sent troops', 'North Korea sent soldiers') // ≈ 0.7
 */
export function similarity(a: string, b: string): number {
  const ga = trigrams(a);
  const gb = trigrams(b);
  let shared = 0;
  let total = 0;
  for (const [g, n] of ga) {
    shared += Math.min(n, gb.get(g) ?? 0);
    total += n;
  }
  for (const n of gb.values()) total += n;
  return total ? (2 * shared) / total : 0;
}

export interface Passage {
  text: string;
  /** The first sentence of the passage. */
  sentence: BodySentence;
  score: number;
}

/** Best single sentence or pair of neighbouring sentences; the earlier one wins ties. */
export function closestPassage(quote: string, sentences: readonly BodySentence[]): Passage | null {
  let best: Passage | null = null;
  sentences.forEach((sentence, i) => {
    const next = sentences[i + 1];
    const options = next ? [sentence.text, `${sentence.text} ${next.text}`] : [sentence.text];
    for (const text of options) {
      const score = similarity(quote, text);
      if (!best || score > best.score) best = { text, sentence, score };
    }
  });
  return best;
}
