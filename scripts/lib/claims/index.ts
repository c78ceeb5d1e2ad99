/**
 * Articles of one story -> the machine's draft fact sheet: merged claims with citations,
 * corroboration and status, figure groups, denials, timeline, entities and sections.
 */
import { shortHash } from '../../../src/lib/anchor.ts';
import type { Claim, Factsheet } from '../../../src/schema.ts';
import { corroborate, type CitedSource, type Dispute } from '../corroborate.ts';
import type { Article } from '../types.ts';
import { linkDenials } from './denials.ts';
import { buildEntities } from './entities.ts';
import { figureDisputes } from './figure-disputes.ts';
import { groupFigures } from './figure-groups.ts';
import { assignSections } from './sections.ts';
import { pickHeadline, rankBySupport, summarize } from './story-summary.ts';
import { buildTimeline } from './timeline.ts';
import { extractCandidates, type ClaimCandidate } from './extract.ts';
import { matchCandidates, supportingCandidates } from './match.ts';
import { PeopleRegistry } from './people.ts';
import { maskQuotes } from './quotes.ts';

export interface StoryMeta {
  slug: string;
  title?: string;
  summary?: string;
  language?: string;
}

/** A statement that leans on the sentence before it ("He received 30 months"): not self-contained. */
const LEANS = /^(?:He|She|They|It|This|That|These|Those)\b/;

/** The representative of a group: the candidate from the source that says it most plainly (shortest quote), self-contained first. */
function representative(group: readonly ClaimCandidate[]): ClaimCandidate {
  return [...group].sort((a, b) => Number(LEANS.test(a.statement)) - Number(LEANS.test(b.statement)) || a.quote.length - b.quote.length || a.source.localeCompare(b.source))[0]!;
}

export function draftFactsheet(meta: StoryMeta, articles: readonly Article[]): Factsheet {
  const people = new PeopleRegistry();
  const texts = articles.flatMap((a) => a.sentences.map((s) => maskQuotes(s.text)));
  for (const text of texts) (people.noteOrgs(text, true), people.noteAcronyms(text));
  people.linkAcronyms(texts);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const candidates = articles.flatMap((a) => extractCandidates(a, people));
  const matched = matchCandidates(candidates);
  // Sentences of other articles that state a group's fact too: cited, but never its representative or id.
  const support = supportingCandidates(candidates, matched);
  const outletOf = (id: string): string => byId.get(id)?.metadata.outlet ?? 'Unknown outlet';

  // Claim ids come from the first citation's place, so re-running on the same input gives the same ids.
  const drafts = matched.map((ids, k) => {
    const own = ids.map((i) => candidates[i]!);
    const group = [...own, ...support[k]!.map((i) => candidates[i]!)];
    const rep = representative(own);
    const first = [...own].sort((a, b) => a.source.localeCompare(b.source) || a.anchor.localeCompare(b.anchor) || a.quote.localeCompare(b.quote))[0]!;
    return { id: `c-${shortHash(`${first.source}#${first.anchor}`)}`, first, own, group, rep };
  });
  // Parts of one sentence can found two claims: the second takes its quote into its id.
  const taken = new Set<string>();
  for (const draft of [...drafts].sort((a, b) => a.id.localeCompare(b.id) || a.first.quote.localeCompare(b.first.quote))) {
    if (taken.has(draft.id)) draft.id = `c-${shortHash(`${draft.first.source}#${draft.first.anchor}#${draft.first.quote}`)}`;
    taken.add(draft.id);
  }

  // A figure belongs to the claim of the sentence part that states it, not to every claim that part supports.
  const figures = groupFigures(drafts.flatMap((d) => d.own.map((c) => ({ c, claim: d.id }))), byId);
  const { disputedBy, denies, denials } = linkDenials(drafts, byId, figures);
  const conflicts = figureDisputes(figures, outletOf);

  const claims: Claim[] = drafts.map(({ id, group, rep }) => {
    const cited: CitedSource[] = group.map((c) => ({ source: c.source, outlet: outletOf(c.source), copyOf: byId.get(c.source)?.copyOf ?? null, attribution: c.attribution }));
    const disputes: Dispute[] = [
      ...(disputedBy.get(id) ?? []).map((d): Dispute => ({ kind: 'denial', ...denials.get(d)! })),
      ...(conflicts.get(id) ?? []).map((f): Dispute => ({ kind: 'figures', values: f.values })),
    ];
    const c = corroborate(cited, disputes, outletOf);
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
      disputedBy: [...new Set([...(disputedBy.get(id) ?? []), ...(conflicts.get(id) ?? []).flatMap((f) => f.by)])].sort(),
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

  const entities = buildEntities(claims, people, articles.map((a) => a.metadata.outlet));
  const sections = assignSections(claims, entities);
  for (const claim of claims) claim.machine = { statement: claim.statement, status: claim.status, section: claim.section, citations: claim.citations.map((c) => `${c.source}#${c.anchor}`) };
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
    timeline: buildTimeline(claims, (id) => byId.get(id)?.metadata.published ?? null),
    entities,
  };
}
