/**
 * Machine output + existing content -> content that keeps every human edit (issue #4).
 *
 * Rules, in the order they apply:
 * - Identity. A machine claim lands on an existing claim when (1) an existing claim lists
 *   its id in `merged`, (2) an existing claim has its id, or (3) they share cited sentences
 *   (source + anchor); the claim sharing most wins, then the earlier one in the file. A
 *   claim that was split (other claims have `splitFrom: <its id>`) hands its machine claims
 *   to the part whose citations, then words, match best. A new claim keeps the machine id.
 * - Untouched claims (no field differs from the `machine` snapshot, not reviewed, rejected,
 *   merged or split, no notes, no editor citations) follow the machine: each is replaced by
 *   the one machine claim that matches it best, keeping its id; one the machine no longer
 *   proposes is dropped.
 * - Touched claims are kept. A field still equal to the old snapshot takes the machine's new
 *   value (a reviewed claim keeps its statement); an edited field keeps the editor's value.
 *   Citations are never removed; a newly cited sentence is added unless another live
 *   touched claim already cites it, or an editor deleted it (the snapshot lists what the
 *   machine cited, so a deletion is an edit). Rejected claims absorb what matches them, so
 *   they never come back.
 * - A quote that no longer occurs in its cited sentence was changed by a person (the machine
 *   only writes verbatim quotes): its claim counts as touched, so the change is kept and
 *   `npm run check` reports it instead of the next ingest quietly undoing it.
 * - Order: existing claims keep their order; new claims go after the claim that precedes
 *   them in the machine's order. Unchanged input therefore gives unchanged output.
 */
import type { Citation, Claim, Factsheet, Section } from '../../src/schema.ts';

const SNAPSHOT_FIELDS = ['statement', 'status', 'section'] as const;

/** Identity of a citation: the cited sentence. */
export const citationKey = (c: { source: string; anchor: string }): string => `${c.source}#${c.anchor}`;

/**
 * Fields a person changed, for the `edited` list shown to editors.
 * @example editedFields({ ...claim, statement: 'New wording' }) // ['statement']
 */
export function editedFields(claim: Claim): string[] {
  const edited: string[] = [];
  for (const field of SNAPSHOT_FIELDS) {
    if (claim.machine ? claim[field] !== claim.machine[field] : field !== 'section' || claim.section !== null) edited.push(field);
  }
  if (claim.notes) edited.push('notes');
  if (claim.reviewed) edited.push('reviewed');
  if (claim.rejected) edited.push('rejected');
  if (claim.merged.length > 0) edited.push('merged');
  if (claim.splitFrom) edited.push('splitFrom');
  if (claim.citations.some((c) => c.origin === 'editor') || removedCitations(claim).size > 0) edited.push('citations');
  return edited;
}

/** Sentences the machine cited for a claim that an editor has since deleted from it. */
export function removedCitations(claim: Claim): Set<string> {
  const have = new Set(claim.citations.map(citationKey));
  return new Set((claim.machine?.citations ?? []).filter((key) => !have.has(key)));
}

const words = (text: string): Set<string> => new Set(text.toLowerCase().match(/[a-z0-9]{3,}/g) ?? []);
function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.max(1, Math.min(a.size, b.size));
}

const uniq = <T>(items: readonly T[]): T[] => [...new Set(items)];

/** What reconcile may ask about the articles. */
export interface ReconcileContext {
  /** Does the citation's quote still occur in the sentence it cites? */
  quoteHolds(citation: Citation): boolean;
}

const TRUST_QUOTES: ReconcileContext = { quoteHolds: () => true };

export function reconcile(existing: Factsheet | null, draft: Factsheet, context: ReconcileContext = TRUST_QUOTES): Factsheet {
  const machineClaims = uniqueIds(draft.claims);
  if (!existing) return finish({ ...draft, claims: machineClaims }, new Map(machineClaims.map((c) => [c.id, c.id])));

  const old = existing.claims;
  const position = new Map(old.map((c, i) => [c, i]));
  const byId = new Map<string, Claim>();
  const mergedInto = new Map<string, Claim>();
  const splitParts = new Map<string, Claim[]>();
  for (const c of old) {
    if (!byId.has(c.id)) byId.set(c.id, c);
    for (const m of c.merged) if (!mergedInto.has(m)) mergedInto.set(m, c);
    if (c.splitFrom) splitParts.set(c.splitFrom, [...(splitParts.get(c.splitFrom) ?? []), c]);
  }
  const touched = new Set(old.filter((c) => editedFields(c).length > 0 || splitParts.has(c.id) || c.citations.some((cit) => !context.quoteHolds(cit))));
  const holders = new Map<string, Claim[]>();
  for (const c of old) for (const cit of c.citations) holders.set(citationKey(cit), [...(holders.get(citationKey(cit)) ?? []), c]);

  /** Follows merge and split decisions from a claim an editor folded away. */
  const redirect = (m: Claim, target: Claim): Claim => {
    const merged = mergedInto.get(target.id);
    const t = merged && merged !== target ? merged : target;
    const parts = splitParts.get(t.id);
    return parts ? bestPart(m, parts) : t;
  };

  // Pass 1: by merge decision, id or split decision.
  const targetOf = new Map<Claim, Claim>();
  const taken = new Set<Claim>();
  for (const m of machineClaims) {
    const direct = mergedInto.get(m.id) ?? byId.get(m.id);
    const parts = direct ? null : splitParts.get(m.id);
    const target = direct ? redirect(m, direct) : parts ? bestPart(m, parts) : null;
    if (!target || (!touched.has(target) && taken.has(target))) continue;
    targetOf.set(m, target);
    taken.add(target);
  }
  // Pass 2: by shared cited sentences, best pairs first. Untouched claims take one machine claim.
  const pairs: { m: Claim; e: Claim; mi: number; score: number }[] = [];
  machineClaims.forEach((m, mi) => {
    if (targetOf.has(m)) return;
    const shared = new Map<Claim, number>();
    for (const cit of m.citations) for (const e of holders.get(citationKey(cit)) ?? []) shared.set(e, (shared.get(e) ?? 0) + 1);
    for (const [e, score] of shared) pairs.push({ m, e, mi, score });
  });
  pairs.sort((a, b) => b.score - a.score || a.mi - b.mi || position.get(a.e)! - position.get(b.e)!);
  for (const { m, e } of pairs) {
    if (targetOf.has(m)) continue;
    const target = redirect(m, e);
    if (!touched.has(target) && taken.has(target)) continue;
    targetOf.set(m, target);
    taken.add(target);
  }

  const incoming = new Map<Claim, Claim[]>();
  for (const m of machineClaims) {
    const t = targetOf.get(m);
    if (t) incoming.set(t, [...(incoming.get(t) ?? []), m]);
  }
  /** A sentence already cited by another live touched claim stays there. */
  const citedElsewhere = (key: string, self: Claim): boolean => (holders.get(key) ?? []).some((h) => h !== self && touched.has(h) && !h.rejected);

  const out: Claim[] = [];
  const idOf = new Map<string, string>();
  for (const e of old) {
    const ms = incoming.get(e) ?? [];
    if (!touched.has(e)) {
      if (ms[0]) out.push({ ...ms[0], id: e.id });
      continue;
    }
    out.push(ms.length > 0 ? keep(e, ms, citedElsewhere) : { ...e });
  }
  for (const m of machineClaims) {
    const t = targetOf.get(m);
    if (t) idOf.set(m.id, t.id);
  }

  // New claims: after the claim that precedes them in the machine's order.
  const used = new Set(out.map((c) => c.id));
  let previous: string | null = null;
  for (const m of machineClaims) {
    const t = targetOf.get(m);
    if (t) {
      previous = t.id;
      continue;
    }
    let id = m.id;
    for (let n = 2; used.has(id); n++) id = `${m.id}${n}`;
    used.add(id);
    idOf.set(m.id, id);
    const at = previous === null ? 0 : out.findIndex((c) => c.id === previous) + 1;
    out.splice(at, 0, { ...m, id });
    previous = id;
  }

  const sections: Section[] = [...draft.sections];
  for (const s of existing.sections) {
    const i = sections.findIndex((d) => d.id === s.id);
    if (s.origin === 'editor') {
      if (i >= 0) sections[i] = s;
      else sections.push(s);
    } else if (i < 0 && out.some((c) => c.section === s.id)) sections.push(s);
  }
  const keepHeader = draft.summaryOrigin !== 'editor' && existing.summaryOrigin === 'editor';
  return finish(
    {
      ...draft,
      title: keepHeader ? existing.title : draft.title,
      summary: keepHeader ? existing.summary : draft.summary,
      summaryOrigin: keepHeader ? 'editor' : draft.summaryOrigin,
      sections,
      claims: out,
    },
    idOf,
  );
}

/** A touched claim `e` updated with the machine claims that landed on it. */
function keep(e: Claim, ms: readonly Claim[], citedElsewhere: (key: string, self: Claim) => boolean): Claim {
  const have = new Set(e.citations.map(citationKey));
  // A sentence an editor deleted is never cited again here.
  const removed = removedCitations(e);
  const primary = [...ms].sort((a, b) => rank(b) - rank(a))[0]!;
  function rank(m: Claim): number {
    return (m.id === e.id ? 1000 : 0) + m.citations.filter((c) => have.has(citationKey(c))).length;
  }
  const snapshot = { statement: primary.statement, status: primary.status, section: primary.section, citations: uniq(ms.flatMap((m) => m.citations.map(citationKey))) };
  const follows = (field: (typeof SNAPSHOT_FIELDS)[number]): boolean => e.machine !== null && e[field] === e.machine[field] && !(field === 'statement' && e.reviewed);
  const added: Citation[] = [];
  for (const m of ms) {
    for (const cit of m.citations) {
      const key = citationKey(cit);
      if (have.has(key) || removed.has(key) || citedElsewhere(key, e)) continue;
      have.add(key);
      added.push(cit);
    }
  }
  return {
    ...e,
    statement: follows('statement') ? snapshot.statement : e.statement,
    status: follows('status') ? snapshot.status : e.status,
    section: follows('section') ? snapshot.section : e.section,
    statusReason: primary.statusReason,
    date: primary.date ?? ms.find((m) => m.date)?.date ?? e.date,
    outlets: Math.max(...ms.map((m) => m.outlets)),
    primarySources: uniq(ms.flatMap((m) => m.primarySources)).sort(),
    disputedBy: uniq(ms.flatMap((m) => m.disputedBy)),
    denies: uniq(ms.flatMap((m) => m.denies)),
    machine: snapshot,
    citations: [...e.citations, ...added],
  };
}

/** The part of a split that a machine claim belongs to: most shared citations, then most shared words. */
function bestPart(m: Claim, parts: readonly Claim[]): Claim {
  const keys = new Set(m.citations.map(citationKey));
  const text = words([m.statement, ...m.citations.map((c) => c.quote)].join(' '));
  const score = (p: Claim): number => p.citations.filter((c) => keys.has(citationKey(c))).length * 10 + overlap(text, words(p.statement));
  return parts.reduce((best, p) => (score(p) > score(best) ? p : best), parts[0]!);
}

/** Draft ids are unique in practice; if two ever collide, the later one gets a suffix. */
function uniqueIds(claims: readonly Claim[]): Claim[] {
  const seen = new Set<string>();
  return claims.map((c) => {
    let id = c.id;
    for (let n = 2; seen.has(id); n++) id = `${c.id}${n}`;
    seen.add(id);
    return id === c.id ? c : { ...c, id };
  });
}

/** Rewrites machine ids in references, drops references to claims that are gone, derives `edited`. */
function finish(sheet: Factsheet, idOf: ReadonlyMap<string, string>): Factsheet {
  const live = new Map(sheet.claims.map((c) => [c.id, c]));
  const map = (id: string): string => idOf.get(id) ?? id;
  const refs = (ids: readonly string[], self: string): string[] => uniq(ids.map(map)).filter((id) => id !== self && live.has(id));
  const claims = sheet.claims.map((c) => {
    const next = { ...c, disputedBy: refs(c.disputedBy, c.id), denies: refs(c.denies, c.id) };
    return { ...next, edited: editedFields(next) };
  });
  const shown = (id: string): boolean => live.has(id) && !live.get(id)!.rejected;
  const timeline = uniqBy(
    sheet.timeline.map((t) => ({ ...t, claim: map(t.claim) })).filter((t) => shown(t.claim)),
    (t) => `${t.claim}|${t.start}|${t.end}|${t.text}`,
  ).sort((a, b) => a.start.localeCompare(b.start) || a.claim.localeCompare(b.claim));
  return {
    ...sheet,
    claims,
    timeline,
    figures: sheet.figures.map((g) => ({ ...g, values: g.values.map((v) => ({ ...v, claim: v.claim && live.has(map(v.claim)) ? map(v.claim) : null })) })),
    entities: sheet.entities.map((e) => ({ ...e, claims: refs(e.claims, '') })),
  };
}

function uniqBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)));
}
