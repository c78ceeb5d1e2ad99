/** Small claims for the claim-intelligence tests: one citation per quote, made-up sources. */
import type { Claim } from '../../src/schema.ts';
import type { Article } from '../../scripts/lib/types.ts';

let n = 0;
export function makeClaim(statement: string, opts: { speaker?: string | null; quotes?: string[]; outlets?: number; denies?: string[]; id?: string; source?: string } = {}): Claim {
  const id = opts.id ?? `c-${(++n).toString(36).padStart(4, '0')}`;
  const quotes = opts.quotes ?? [statement];
  return {
    id, statement, status: 'single-source', statusReason: '', section: null, date: null,
    outlets: opts.outlets ?? 1, primarySources: opts.speaker ? [opts.speaker] : [], disputedBy: [], denies: opts.denies ?? [],
    reviewed: false, rejected: false, notes: '', merged: [], splitFrom: null, edited: [], machine: null,
    citations: quotes.map((quote, i) => ({ source: opts.source ?? `story/src-${i}`, quote, anchor: 's-aaaa', attribution: { speaker: opts.speaker ?? null, affiliation: null, verb: opts.speaker ? 'said' : null }, origin: 'machine' as const })),
  };
}

/** A made-up article, one sentence per paragraph, as the claim stages read it. */
export function articleOf(id: string, sentences: readonly string[], metadata: Partial<Article['metadata']> = {}): Article {
  return {
    id, dropped: [], metadata: { published: '2026-02-10', outlet: 'Tarn Post', author: null, ...metadata },
    sentences: sentences.map((text, i) => ({ source: id, anchor: `s-${i}`, text, paragraph: i, index: i, line: i + 1 })),
  } as unknown as Article;
}
