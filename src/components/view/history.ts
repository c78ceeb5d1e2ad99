/**
 * What a fact sheet page shows about its history: "Last updated" lines and
 * "Edit this claim" links. Pure; src/lib/history.ts gathers the data from git.
 */

/** One claim's history. */
export interface ClaimHistory {
  /** Date (`YYYY-MM-DD`) of the last commit that touched the claim; null when unknown. */
  updated: string | null;
  /** Link to the claim's first line on the repository host; null when edit links are off. */
  editUrl: string | null;
}

/** A fact sheet's history. */
export interface SheetHistory {
  /** Whether the file is in a git work tree (so a missing date means "not committed yet"). */
  inRepository: boolean;
  /** Date (`YYYY-MM-DD`) of the last commit that touched the file; null when unknown. */
  updated: string | null;
  /** Link that opens the file in the host's editor; null when edit links are off. */
  editUrl: string | null;
  /** By claim id. */
  claims: Map<string, ClaimHistory>;
}

/** The page header's line: a date to show in `<time>`, or a note, or nothing. */
export type UpdatedLine = { kind: 'date'; date: string } | { kind: 'note'; text: string } | null;

/**
 * The fact sheet's "Last updated" line. Outside git there is nothing to say; in git, a file
 * without a commit is new.
 * @example sheetUpdatedLine({ inRepository: true, updated: null }) // { kind: 'note', text: 'Not committed yet' }
 */
export function sheetUpdatedLine(history: Pick<SheetHistory, 'inRepository' | 'updated'>): UpdatedLine {
  if (history.updated && isDate(history.updated)) return { kind: 'date', date: history.updated };
  return history.inRepository ? { kind: 'note', text: 'Not committed yet' } : null;
}

/**
 * A claim's "Last updated" date, or null when there is none to show (uncommitted, or outside git).
 * @example claimUpdated({ updated: '2025-05-12', editUrl: null }) // '2025-05-12'
 */
export function claimUpdated(history: ClaimHistory | undefined): string | null {
  return history?.updated && isDate(history.updated) ? history.updated : null;
}

/**
 * Per claim id, the link to its `- id:` line (from `claimLineRanges`); claims not found in the
 * file and links that `lineUrl` turns off are left out.
 * @example claimLinks(new Map([['c-a', { start: 12, end: 30 }]]), ['c-a'], (n) => `f#L${n}`) // Map { 'c-a' => 'f#L12' }
 */
export function claimLinks(
  ranges: ReadonlyMap<string, { start: number }>,
  claimIds: readonly string[],
  lineUrl: (line: number) => string | null,
): Map<string, string> {
  const links = new Map<string, string>();
  for (const id of claimIds) {
    const range = ranges.get(id);
    const url = range ? lineUrl(range.start) : null;
    if (url) links.set(id, url);
  }
  return links;
}

const isDate = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text);
