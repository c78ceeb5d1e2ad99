/**
 * Counts independence honestly: outlets that carry a claim, and the primary sources
 * behind it. Five outlets quoting one briefing are one primary source; a syndicated
 * copy is the outlet it copies.
 */
import type { Attribution, ClaimStatus } from '../../src/schema.ts';
import { surname } from './claims/people.ts';
import { UNKNOWN_OUTLET } from './metadata.ts';

export interface CitedSource {
  source: string;
  outlet: string;
  copyOf: string | null;
  attribution: Attribution;
}

/** One label per independent voice: a named speaker (by surname), else the outlet itself. */
export function primarySourceOf(cited: CitedSource, originalOutlet: (id: string) => string): string {
  const speaker = cited.attribution.speaker;
  if (speaker && speaker !== 'unnamed sources') return speaker;
  const outlet = cited.copyOf ? originalOutlet(cited.copyOf) : cited.outlet;
  return speaker === 'unnamed sources' ? `unnamed sources (${outlet})` : outlet;
}

export interface Corroboration {
  outlets: number;
  primarySources: string[];
  status: ClaimStatus;
  statusReason: string;
}

/** Outlet identity of a source: unknown outlets are told apart by source, copies count as their original. */
function outletKey(cited: CitedSource, originalOutlet: (id: string) => string): string {
  if (cited.copyOf) return outletKey({ ...cited, source: cited.copyOf, outlet: originalOutlet(cited.copyOf), copyOf: null }, originalOutlet);
  return cited.outlet === UNKNOWN_OUTLET ? `${UNKNOWN_OUTLET}:${cited.source}` : cited.outlet;
}

export function corroborate(cited: readonly CitedSource[], disputes: readonly string[], originalOutlet: (id: string) => string): Corroboration {
  const outlets = new Set(cited.map((c) => outletKey(c, originalOutlet))).size;
  const bySurname = new Map<string, string>();
  for (const c of cited) {
    const label = primarySourceOf(c, originalOutlet);
    const key = c.attribution.speaker && c.attribution.speaker !== 'unnamed sources' ? surname(label).toLowerCase() : label.toLowerCase();
    if (!bySurname.has(key) || label.length > bySurname.get(key)!.length) bySurname.set(key, label);
  }
  const primarySources = [...bySurname.values()].sort();
  const n = primarySources.length;
  const outletsText = `${outlets} outlet${outlets === 1 ? '' : 's'}`;
  const sourcesText = `${n} primary source${n === 1 ? '' : 's'}`;
  if (disputes.length > 0) return { outlets, primarySources, status: 'disputed', statusReason: `${disputes.join('; ')}` };
  if (n >= 2) return { outlets, primarySources, status: 'corroborated', statusReason: `${sourcesText} independently: ${primarySources.join('; ')}` };
  if (outlets >= 2) return { outlets, primarySources, status: 'reported', statusReason: `${outletsText}, all relying on ${primarySources[0]}` };
  return { outlets, primarySources, status: 'single-source', statusReason: `only ${primarySources[0] ?? 'one source'} states this` };
}
