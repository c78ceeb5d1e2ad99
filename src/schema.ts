/**
 * The content model: one module, used by the ingest writer (before it writes),
 * by `npm run check` and by Astro's content collections.
 */
import { z } from 'zod';

/** Lower-case slug: letters, digits and single dashes. */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and dashes');

/** A calendar date `YYYY-MM-DD`, or null when unknown. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD');

/** Who made a value: the pipeline or a person. */
export const origin = z.enum(['machine', 'editor']);

/** The primary source behind a citation: who said it, for whom, and how. */
export const attribution = z.object({
  /** Person or body that made the statement, e.g. "John Kirby"; "unnamed sources"; null when the outlet states it. */
  speaker: z.string().nullable().default(null),
  /** Their role or organisation, e.g. "White House National Security Council". */
  affiliation: z.string().nullable().default(null),
  /** Reporting verb as written: said, assessed, confirmed, denied, refused to confirm… */
  verb: z.string().nullable().default(null),
});

/** One place a claim is stated: a verbatim quote from one source's article. */
export const citation = z.object({
  /** Source id (see the sources collection). */
  source: z.string().min(1),
  /** Verbatim text from the source's article; `npm run check` verifies it. */
  quote: z.string().min(1),
  /** Id of the sentence that holds the quote, e.g. "s-4f2a9c". */
  anchor: z.string().regex(/^s-[a-z0-9-]+$/, 'anchors look like s-4f2a9c'),
  attribution: attribution.default({ speaker: null, affiliation: null, verb: null }),
  /** "editor" for a citation a person added; the pipeline never removes those. */
  origin: origin.default('machine'),
});

export const claimStatus = z.enum(['corroborated', 'reported', 'single-source', 'disputed']);

/** What the pipeline last proposed for a claim; a field that differs from it was edited by a person. */
export const machineSnapshot = z.object({
  statement: z.string(),
  status: claimStatus,
  section: z.string().nullable().default(null),
  /** The sentences the pipeline cited ("source#anchor"): one an editor deleted from `citations` stays deleted. */
  citations: z.array(z.string()).default([]),
});

export const claim = z.object({
  /** Stable id, derived from content when first assigned and never changed after. */
  id: z.string().regex(/^c-[a-z0-9]+$/, 'claim ids look like c-1a2b3c4d'),
  /** Neutral, self-contained sentence. Editors may rewrite it. */
  statement: z.string().min(1),
  status: claimStatus,
  /** Why the status holds, in words. */
  statusReason: z.string().default(''),
  /** Id of the section (topic) the claim is listed under. */
  section: z.string().nullable().default(null),
  /** Date of the event the claim reports, when known. */
  date: z
    .object({ start: isoDate, end: isoDate.nullable().default(null), text: z.string() })
    .nullable()
    .default(null),
  /** Distinct outlets that carry it, and distinct primary sources behind it. */
  outlets: z.number().int().nonnegative().default(0),
  primarySources: z.array(z.string()).default([]),
  /** Ids of claims that dispute this one (denials, conflicting figures). */
  disputedBy: z.array(z.string()).default([]),
  /** Ids of claims this one denies. */
  denies: z.array(z.string()).default([]),
  reviewed: z.boolean().default(false),
  /** A rejected claim is kept (so the pipeline never brings it back) but not published. */
  rejected: z.boolean().default(false),
  notes: z.string().default(''),
  /** Machine ids folded into this claim by an editor's merge; their citations land here. */
  merged: z.array(z.string()).default([]),
  /** Set on the parts of a split: the id of the claim they replace. */
  splitFrom: z.string().nullable().default(null),
  /** Fields a person changed, derived from `machine`; shown to editors. */
  edited: z.array(z.string()).default([]),
  machine: machineSnapshot.nullable().default(null),
  citations: z.array(citation),
});

export const figureValue = z.object({
  value: z.number(),
  /** The number as written, e.g. "3,000". */
  text: z.string(),
  /** "at least", "about", "more than", "additional", "by December"… or "". */
  qualifier: z.string().default(''),
  source: z.string(),
  anchor: z.string(),
  speaker: z.string().nullable().default(null),
  date: isoDate.nullable().default(null),
  claim: z.string().nullable().default(null),
});

/** Figures about one quantity, across sources. */
export const figureGroup = z.object({
  id: z.string(),
  /** What is counted, e.g. "soldiers". */
  quantity: z.string(),
  /** True when the sources give different values. */
  conflicting: z.boolean().default(false),
  values: z.array(figureValue),
});

export const timelineEvent = z.object({
  start: isoDate,
  end: isoDate.nullable().default(null),
  /** The date as written, e.g. "Wednesday", "early to mid-October". */
  text: z.string(),
  claim: z.string(),
});

export const entity = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['person', 'organization', 'place']),
  aliases: z.array(z.string()).default([]),
  claims: z.array(z.string()).default([]),
});

export const section = z.object({
  id: z.string(),
  title: z.string(),
  origin: origin.default('machine'),
});

export const factsheet = z.object({
  id: slug,
  title: z.string().min(1),
  summary: z.string().default(''),
  /** "machine" when title and summary were derived, "editor" when given in story.yaml or edited. */
  summaryOrigin: origin.default('machine'),
  language: z.string().default('en'),
  sections: z.array(section).default([]),
  claims: z.array(claim),
  figures: z.array(figureGroup).default([]),
  timeline: z.array(timelineEvent).default([]),
  entities: z.array(entity).default([]),
});

export const source = z.object({
  /** "<story>/<file stem>", e.g. "nk-troops-russia-2024/000-a865fe005eb4e1ea"; also its URL path. */
  id: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, "source ids look like story-slug/file-stem"),
  /** Fact sheet (story) the source belongs to. */
  story: slug,
  /** Input path, relative to the repository root; the archived original. */
  file: z.string(),
  /** sha256 of the raw file, hex. */
  hash: z.string().regex(/^[a-f0-9]{64}$/),
  title: z.string(),
  outlet: z.string(),
  published: isoDate.nullable().default(null),
  url: z.string().nullable().default(null),
  author: z.string().nullable().default(null),
  language: z.string().default('en'),
  /** Dateline kept as metadata, e.g. "PYONGYANG (dpa-AFX)". */
  dateline: z.string().nullable().default(null),
  /** Where each metadata field came from: given (by the user), text (found in it) or default. */
  metadataFrom: z.record(z.string(), z.enum(['given', 'text', 'default'])).default({}),
  /** Syndication: id of the source whose text this one copies. */
  copyOf: z.string().nullable().default(null),
});

export type Attribution = z.infer<typeof attribution>;
export type Citation = z.infer<typeof citation>;
export type ClaimStatus = z.infer<typeof claimStatus>;
export type Claim = z.infer<typeof claim>;
export type FigureValue = z.infer<typeof figureValue>;
export type FigureGroup = z.infer<typeof figureGroup>;
export type TimelineEvent = z.infer<typeof timelineEvent>;
export type Entity = z.infer<typeof entity>;
export type Section = z.infer<typeof section>;
export type Factsheet = z.infer<typeof factsheet>;
export type Source = z.infer<typeof source>;
