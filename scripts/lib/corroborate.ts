/**
 * Counts independence honestly: outlets that carry a claim, and the primary sources
 * behind it. Five outlets quoting one briefing are one primary source; a syndicated
 * copy is the outlet it copies; an outlet stating unattributed what a named source
 * said relays that source. The status says what the counts mean, and why, in words.
 */
import type { Attribution, ClaimStatus } from '../../src/schema.ts';
import { surname } from './claims/names.ts';
import { UNKNOWN_OUTLET } from './metadata.ts';

export interface CitedSource {
  source: string;
  outlet: string;
  copyOf: string | null;
  attribution: Attribution;
}

/** Why a claim is disputed: a denial (who, in which words) or figures that differ (each value and who gives it). */
export type Dispute = { kind: 'denial'; by: string; words: string } | { kind: 'figures'; values: { text: string; who: string }[] };

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

/** Role words and connectors trimmed from both ends of an affiliation: "… Council Communications Advisor" -> "… Council". */
const ROLE = /^(?:the|a|an|of|for|and|at|to|in|on|its|president|chief|executive|officer|director|advisor|adviser|communications|spokesman|spokeswoman|spokesperson|head|secretary|minister|commissioner|coordinator|chairman|chairwoman|chair|ceo|manager|deputy|general|senior|press|representative|analyst|official|team|member|founder|lead|leader|researcher)$/i;

/**
 * The organisation in an affiliation, without role words, or null when none is left.
 * @example shortAffiliation('White House National Security Council Communications Advisor', 'John Kirby') // 'White House National Security Council'
 */
export function shortAffiliation(affiliation: string | null, speaker: string | null): string | null {
  if (!affiliation) return null;
  // "De Smet's lawyer": someone's lawyer or relative is told by the relation, not by the name of whom they act for.
  if (/^\p{Lu}[\p{L}.' -]{1,40}[’']s\s+(?:lawyer|attorney|solicitor|counsel|agent|manager|coach|wife|husband|partner|son|daughter|brother|sister|mother|father|family)$/u.test(affiliation.trim())) return affiliation.trim();
  // "Agriculture, Water and Land Reform Minister": the ministry of those fields.
  const portfolio = /^((?:\p{Lu}\p{Ll}+,\s+)+\p{Lu}\p{Ll}+\s+and\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2})\s+Minister$/u.exec(affiliation.trim());
  if (portfolio) return `Ministry of ${portfolio[1]!}`;
  const text = speaker ? affiliation.replace(speaker, ' ') : affiliation;
  const runs = text.match(/[A-Z][\w&.’'-]*(?:\s+(?:of|for|and|the|on)?\s*[A-Z][\w&.’'-]*)*/g) ?? [];
  const trimmed = runs.map((run) => {
    // "Arktis Kystlinjer's chief executive": the owner, without its possessive.
    const words = run.replace(/[’']s$/, '').split(/\s+/);
    while (words.length && ROLE.test(words[0]!)) words.shift();
    let popped = '';
    while (words.length && ROLE.test(words.at(-1)!)) popped = words.pop()!;
    // "Slovenian Foreign Minister" works for the Slovenian Foreign Ministry, not for "Slovenian Foreign".
    if (/^Minister$/i.test(popped) && words.length && /^(?:Foreign|Interior|Home|Health|Defen[cs]e|Finance|Justice|Transport|Environment|Education|Economy|Labou?r|Agriculture|Energy|Culture)$/.test(words.at(-1)!)) words.push('Ministry');
    return words.join(' ');
  });
  const best = trimmed.filter((r) => r.split(' ').length >= 2 || /^[A-Z]{2,}$|^[A-Z][a-z]+[A-Z]/.test(r)).sort((a, b) => b.length - a.length)[0];
  if (!best || (speaker && speaker.includes(best))) return null;
  return best;
}

/** "John Kirby (White House National Security Council)": a primary source with the affiliation its citations give most. */
function describe(label: string, cited: readonly CitedSource[]): string {
  const counts = new Map<string, number>();
  for (const c of cited) {
    if (c.attribution.speaker !== label) continue;
    const a = shortAffiliation(c.attribution.affiliation, c.attribution.speaker);
    if (a) counts.set(a, (counts.get(a) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  return best ? `${label} (${best})` : label;
}

/**
 * A dispute in words.
 * @example disputeText({ kind: 'denial', by: 'the ministry', words: 'baseless' }) // 'Denied by the ministry (“baseless”)'
 */
export function disputeText(d: Dispute): string {
  if (d.kind === 'denial') return `Denied by ${d.by} (“${d.words}”)`;
  return `Figures differ: ${d.values.map((v) => `${v.text} (${v.who})`).join(' vs ')}`;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Status and its reason: disputed (denied, or figures differ), corroborated (2+ independent primary
 * sources), reported (one primary source, several outlets) or single-source.
 * @example corroborate(fiveOutletsOneBriefing, [], outletOf).statusReason // '5 outlets · 1 primary source: John Kirby (White House National Security Council)'
 */
export function corroborate(cited: readonly CitedSource[], disputes: readonly Dispute[], originalOutlet: (id: string) => string): Corroboration {
  const outlets = new Set(cited.map((c) => outletKey(c, originalOutlet))).size;
  const bySurname = new Map<string, string>();
  // An outlet that states in its own words what a named source said is presumed to relay it, not to confirm it.
  const named = cited.some((c) => c.attribution.speaker && c.attribution.speaker !== 'unnamed sources');
  for (const c of cited) {
    if (named && !c.attribution.speaker) continue;
    const label = primarySourceOf(c, originalOutlet);
    // "the commercial register" and "company filings" are one public record, not two confirmations.
    const record = /\b(?:register|registry|filings?|records)$/i.test(label);
    const key = record ? 'public records' : c.attribution.speaker && c.attribution.speaker !== 'unnamed sources' ? surname(label).toLowerCase() : label.toLowerCase();
    if (!bySurname.has(key) || label.length > bySurname.get(key)!.length) bySurname.set(key, label);
  }
  const primarySources = [...bySurname.values()].sort();
  const n = primarySources.length;
  const counts = `${plural(outlets, 'outlet')} · ${plural(n, 'primary source')}${n ? `: ${primarySources.map((p) => describe(p, cited)).join('; ')}` : ''}`;
  const seen = new Set<string>();
  const reasons = disputes.map(disputeText).filter((r) => !seen.has(r) && seen.add(r));
  if (reasons.length > 0) return { outlets, primarySources, status: 'disputed', statusReason: `${reasons.join('; ')} · ${counts}` };
  if (n >= 2) return { outlets, primarySources, status: 'corroborated', statusReason: counts };
  if (outlets >= 2) return { outlets, primarySources, status: 'reported', statusReason: counts };
  return { outlets, primarySources, status: 'single-source', statusReason: counts };
}
