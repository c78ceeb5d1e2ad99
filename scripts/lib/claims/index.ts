/**
 * Articles of one story -> the machine's draft fact sheet: merged claims with citations,
 * corroboration and status, figure groups, denials, timeline, entities and sections.
 */
import { shortHash } from '../../../src/lib/anchor.ts';
import type { Claim, Factsheet } from '../../../src/schema.ts';
import { corroborate, type CitedSource } from '../corroborate.ts';
import type { Article } from '../types.ts';
import { linkDenials } from './denials.ts';
import { buildEntities } from './entities.ts';
import { groupFigures } from './figure-groups.ts';
import { assignSections } from './sections.ts';
import { pickHeadline, rankBySupport, summarize } from './story-summary.ts';
import { buildTimeline } from './timeline.ts';
import { extractCandidates, type ClaimCandidate } from './extract.ts';
import { matchCandidates } from './match.ts';
import { PeopleRegistry } from './people.ts';

export interface StoryMeta {
  slug: string;
  title?: string;
  summary?: string;
  language?: string;
}

/** The representative of a group: the candidate from the source that says it most plainly (shortest quote). */
function representative(group: readonly ClaimCandidate[]): ClaimCandidate {
  return [...group].sort((a, b) => a.quote.length - b.quote.length || a.source.localeCompare(b.source))[0]!;
}

export function draftFactsheet(meta: StoryMeta, articles: readonly Article[]): Factsheet {
  const people = new PeopleRegistry();
  const byId = new Map(articles.map((a) => [a.id, a]));
  const candidates = articles.flatMap((a) => extractCandidates(a, people));
  const groups = matchCandidates(candidates).map((g) => g.map((i) => candidates[i]!));
  const outletOf = (id: string): string => byId.get(id)?.metadata.outlet ?? 'Unknown outlet';

  // Claim ids come from the first citation's place, so re-running on the same input gives the same ids.
  const drafts = groups.map((group) => {
    const rep = representative(group);
    const first = [...group].sort((a, b) => a.source.localeCompare(b.source) || a.anchor.localeCompare(b.anchor))[0]!;
    return { id: `c-${shortHash(`${first.source}#${first.anchor}`)}`, group, rep };
  });

  const { disputedBy, denies } = linkDenials(drafts);

  const figures = groupFigures(drafts.flatMap((d) => d.group.map((c) => ({ c, claim: d.id }))), byId);
  const conflictClaims = new Map<string, string[]>();
  for (const g of figures.filter((f) => f.conflicting)) {
    for (const v of g.values) if (v.claim) conflictClaims.set(v.claim, [...(conflictClaims.get(v.claim) ?? []), g.id]);
  }

  const claims: Claim[] = drafts.map(({ id, group, rep }) => {
    const cited: CitedSource[] = group.map((c) => ({ source: c.source, outlet: outletOf(c.source), copyOf: byId.get(c.source)?.copyOf ?? null, attribution: c.attribution }));
    const reasons = [
      ...(disputedBy.get(id) ?? []).map((d) => `denied: ${drafts.find((x) => x.id === d)!.rep.quote}`),
      ...(conflictClaims.get(id) ?? []).map((g) => `figures conflict (see ${g})`),
    ];
    const c = corroborate(cited, reasons, outletOf);
    const dated = group.find((g) => g.date);
    return {
      id,
      statement: rep.statement,
      status: c.status,
      statusReason: c.statusReason,
      section: null,
      date: dated?.date ?? null,
      outlets: c.outlets,
      primarySources: c.primarySources,
      disputedBy: disputedBy.get(id) ?? [],
      denies: denies.get(id) ?? [],
      reviewed: false,
      rejected: false,
      notes: '',
      merged: [],
      splitFrom: null,
      edited: [],
      machine: null,
      citations: [...group]
        .sort((a, b) => a.source.localeCompare(b.source))
        .map((cand) => ({ source: cand.source, quote: cand.quote, anchor: cand.anchor, attribution: cand.attribution, origin: 'machine' as const })),
    };
  });

  const sections = assignSections(claims);
  for (const claim of claims) claim.machine = { statement: claim.statement, status: claim.status, section: claim.section };
  const ranked = rankBySupport(claims);
  const headlines = articles.map((a) => a.metadata.title).filter(Boolean);
  return {
    id: meta.slug,
    title: meta.title ?? pickHeadline(headlines, ranked) ?? meta.slug,
    summary: meta.summary ?? summarize(ranked),
    summaryOrigin: meta.title || meta.summary ? 'editor' : 'machine',
    language: meta.language ?? 'en',
    sections,
    claims,
    figures,
    timeline: buildTimeline(claims),
    entities: buildEntities(claims, people),
  };
}
