/**
 * Articles of one story -> the machine's draft fact sheet: merged claims with citations,
 * corroboration and status, figure groups, denials, timeline, entities and sections.
 */
import { shortHash } from '../../../src/lib/anchor.ts';
import type { Claim, Entity, Factsheet, FigureGroup, Section, TimelineEvent } from '../../../src/schema.ts';
import { corroborate, type CitedSource } from '../corroborate.ts';
import type { Article, Candidate } from '../types.ts';
import { extractCandidates, type ClaimCandidate } from './extract.ts';
import { matchCandidates } from './match.ts';
import { PeopleRegistry, surname } from './people.ts';
import { containment } from './tokens.ts';

export interface StoryMeta {
  slug: string;
  title?: string;
  summary?: string;
  language?: string;
}

const UNIT_FAMILY: Record<string, string> = {
  soldier: 'personnel', troop: 'personnel', fighter: 'personnel', force: 'personnel', servicemen: 'personnel', personnel: 'personnel', member: 'personnel',
  death: 'deaths', dead: 'deaths', fatalit: 'deaths', killed: 'deaths', victim: 'deaths',
  injur: 'injured', wounded: 'injured', hurt: 'injured',
  peopl: 'people', person: 'people', resident: 'people',
};
const family = (unit: string): string => UNIT_FAMILY[unit] ?? Object.entries(UNIT_FAMILY).find(([k]) => unit.startsWith(k))?.[1] ?? unit;

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

  // Denials dispute the claims whose words they share most.
  const disputedBy = new Map<string, string[]>();
  const denies = new Map<string, string[]>();
  for (const denial of drafts.filter((d) => d.rep.denial)) {
    const dset = new Set(denial.group.flatMap((c) => [...c.tokens, ...c.context]));
    const targets = drafts
      .filter((d) => !d.rep.denial)
      .map((d) => ({ d, score: containment(new Set(d.group.flatMap((c) => c.tokens)), dset) }))
      .filter((x) => x.score >= 0.34)
      .sort((a, b) => b.score - a.score)
      .slice(0, 3);
    denies.set(denial.id, targets.map((t) => t.d.id));
    for (const t of targets) disputedBy.set(t.d.id, [...(disputedBy.get(t.d.id) ?? []), denial.id]);
  }

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
  const ranked = [...claims].sort((a, b) => b.outlets - a.outlets || b.citations.length - a.citations.length || a.id.localeCompare(b.id));
  const headlines = articles.map((a) => a.metadata.title).filter(Boolean);
  return {
    id: meta.slug,
    title: meta.title ?? pickHeadline(headlines, ranked) ?? meta.slug,
    summary: meta.summary ?? ranked.slice(0, 3).map((c) => c.statement).join(' '),
    summaryOrigin: meta.title || meta.summary ? 'editor' : 'machine',
    language: meta.language ?? 'en',
    sections,
    claims,
    figures,
    timeline: buildTimeline(claims),
    entities: buildEntities(claims, people),
  };
}

/** The headline that shares most words with the best-corroborated claims. */
function pickHeadline(headlines: readonly string[], ranked: readonly Claim[]): string | null {
  if (headlines.length === 0) return null;
  const top = new Set(ranked.slice(0, 5).flatMap((c) => c.statement.toLowerCase().match(/[a-z0-9]+/g) ?? []));
  const score = (h: string) => (h.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => top.has(w)).length;
  return [...headlines].sort((a, b) => score(b) - score(a) || a.localeCompare(b))[0]!;
}

function groupFigures(items: { c: Candidate; claim: string }[], byId: Map<string, Article>): FigureGroup[] {
  const groups = new Map<string, FigureGroup>();
  for (const { c, claim } of items) {
    for (const f of c.figures) {
      const key = family(f.unit);
      const group = groups.get(key) ?? { id: `f-${key}`, quantity: key, conflicting: false, values: [] };
      if (!group.values.some((v) => v.source === c.source && v.value === f.value)) {
        group.values.push({ value: f.value, text: f.text, qualifier: f.qualifier, source: c.source, anchor: c.anchor, speaker: c.attribution.speaker, date: c.date?.start ?? byId.get(c.source)?.metadata.published ?? null, claim });
      }
      groups.set(key, group);
    }
  }
  return [...groups.values()]
    .filter((g) => g.values.length >= 2)
    .map((g) => ({ ...g, conflicting: new Set(g.values.map((v) => v.value)).size > 1, values: g.values.sort((a, b) => a.value - b.value || a.source.localeCompare(b.source)) }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** Sections by main voice: each speaker with several claims gets one; denials get their own. */
function assignSections(claims: Claim[]): Section[] {
  const counts = new Map<string, number>();
  for (const c of claims) for (const p of c.primarySources.slice(0, 1)) counts.set(p, (counts.get(p) ?? 0) + 1);
  const sections: Section[] = [];
  const idFor = (title: string) => `s-${shortHash(title, 6)}`;
  for (const claim of claims) {
    const main = claim.primarySources[0];
    let title: string;
    if (claim.denies.length > 0) title = 'Denials and disputes';
    else if (main && (counts.get(main) ?? 0) >= 3) title = `What ${main} said`;
    else title = 'Other reports';
    claim.section = idFor(title);
    if (!sections.some((s) => s.id === claim.section)) sections.push({ id: claim.section, title, origin: 'machine' });
  }
  const order = (s: Section) => (s.title === 'Other reports' ? 2 : s.title === 'Denials and disputes' ? 1 : 0);
  return sections.sort((a, b) => order(a) - order(b) || a.title.localeCompare(b.title));
}

function buildTimeline(claims: readonly Claim[]): TimelineEvent[] {
  return claims
    .filter((c) => c.date)
    .map((c) => ({ start: c.date!.start, end: c.date!.end, text: c.date!.text, claim: c.id }))
    .sort((a, b) => a.start.localeCompare(b.start) || a.claim.localeCompare(b.claim));
}

function buildEntities(claims: readonly Claim[], people: PeopleRegistry): Entity[] {
  const entities = new Map<string, Entity>();
  for (const claim of claims) {
    for (const cit of claim.citations) {
      const name = cit.attribution.speaker;
      if (!name || name === 'unnamed sources') continue;
      const person = people.resolveName(name);
      const id = `e-${shortHash(name, 6)}`;
      const entity = entities.get(id) ?? { id, name, kind: person ? ('person' as const) : ('organization' as const), aliases: person ? [surname(name)] : [], claims: [] };
      if (!entity.claims.includes(claim.id)) entity.claims.push(claim.id);
      entities.set(id, entity);
    }
  }
  return [...entities.values()].sort((a, b) => a.name.localeCompare(b.name));
}
