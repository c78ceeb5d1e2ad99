/** What a fact sheet page shows, derived from its entry: published claims grouped by section. */
import type { Claim, Factsheet, FigureGroup, Section, TimelineEvent } from '../../schema.ts';

/** Claims an editor rejected are kept in content but never published. */
export function publishedClaims(sheet: Factsheet): Claim[] {
  return sheet.claims.filter((c) => !c.rejected);
}

/** Sections in their given order, each with its claims; claims without a known section go last, under "Other claims". */
export function claimsBySection(sheet: Factsheet): { section: Section; claims: Claim[] }[] {
  const claims = publishedClaims(sheet);
  const known = new Set(sheet.sections.map((s) => s.id));
  const groups = sheet.sections.map((section) => ({ section, claims: claims.filter((c) => c.section === section.id) }));
  const rest = claims.filter((c) => c.section === null || !known.has(c.section));
  if (rest.length) groups.push({ section: { id: 'other', title: 'Other claims', origin: 'machine' }, claims: rest });
  return groups.filter((g) => g.claims.length > 0);
}

/** Timeline events of published claims, oldest first (ties keep their order). */
export function sortedTimeline(sheet: Factsheet): TimelineEvent[] {
  const shown = new Set(publishedClaims(sheet).map((c) => c.id));
  return sheet.timeline
    .filter((e) => shown.has(e.claim))
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.start.localeCompare(b.e.start) || (a.e.end ?? a.e.start).localeCompare(b.e.end ?? b.e.start) || a.i - b.i)
    .map(({ e }) => e);
}

/** Figure groups whose sources give different values. */
export function conflictingFigures(sheet: Factsheet): FigureGroup[] {
  return sheet.figures.filter((g) => g.conflicting && g.values.length > 0);
}

/** Human label of a claim status. @example statusLabel('single-source') // 'Single source' */
export function statusLabel(status: Claim['status']): string {
  const text = status.replace(/-/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "3 outlets · 1 primary source: John Kirby" */
export function supportLine(claim: Claim): string {
  const outlets = `${claim.outlets} ${claim.outlets === 1 ? 'outlet' : 'outlets'}`;
  const n = claim.primarySources.length;
  const primary = `${n} primary ${n === 1 ? 'source' : 'sources'}`;
  return n ? `${outlets} · ${primary}: ${claim.primarySources.join(', ')}` : `${outlets} · ${primary}`;
}

/**
 * A claim's status reason split into why (denials, conflicting figures) and its support
 * ("5 outlets · 1 primary source: John Kirby (White House)"), so the page says each once.
 * @example statusParts({ ...claim, statusReason: 'Denied by X · 2 outlets · 1 primary source: Y' }) // { why: 'Denied by X', support: '2 outlets · 1 primary source: Y' }
 */
export function statusParts(claim: Claim): { why: string | null; support: string } {
  const parts = claim.statusReason.split(' · ').map((p) => p.trim()).filter(Boolean);
  const isSupport = (p: string) => /^\d+ outlets?$|^\d+ primary sources?\b/.test(p);
  const support = parts.filter(isSupport);
  const why = parts.filter((p) => !isSupport(p));
  return { why: why.length ? why.join(' · ') : null, support: support.length === 2 ? support.join(' · ') : supportLine(claim) };
}

/** How a source is named in tables: its outlet, or its title when the outlet is unknown. */
export function sourceLabel(source: { outlet: string; title: string } | undefined, fallback: string): string {
  if (!source) return fallback;
  return source.outlet === 'Unknown outlet' ? `${source.title} (outlet unknown)` : source.outlet;
}

/** A date range as text. @example dateRange('2024-10-01', '2024-10-20') // '2024-10-01 – 2024-10-20' */
export function dateRange(start: string, end: string | null): string {
  return end && end !== start ? `${start} – ${end}` : start;
}
