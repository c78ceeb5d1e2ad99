/** A title and a short summary for a story without story.yaml, from its headlines and best-supported claims. */
import type { Claim } from '../../../src/schema.ts';

/** Claims ranked by support: most outlets, then most citations. */
export function rankBySupport(claims: readonly Claim[]): Claim[] {
  return [...claims].sort((a, b) => b.outlets - a.outlets || b.citations.length - a.citations.length || a.id.localeCompare(b.id));
}

/** The headline that shares most words with the best-corroborated claims. */
export function pickHeadline(headlines: readonly string[], ranked: readonly Claim[]): string | null {
  if (headlines.length === 0) return null;
  const top = new Set(ranked.slice(0, 5).flatMap((c) => c.statement.toLowerCase().match(/[a-z0-9]+/g) ?? []));
  const score = (h: string) => (h.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => top.has(w)).length;
  return [...headlines].sort((a, b) => score(b) - score(a) || a.localeCompare(b))[0]!;
}

export function summarize(ranked: readonly Claim[]): string {
  return ranked.slice(0, 3).map((c) => c.statement).join(' ');
}
