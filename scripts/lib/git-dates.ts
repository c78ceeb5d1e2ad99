/**
 * "Last updated" dates from git history: for a file, the date of the last commit that
 * touched it; for a claim, the date of the last commit that touched any of its lines
 * (one `git blame` per file, cached, so a few hundred claims cost one git call).
 * Outside a git repository, for untracked files and where git is missing, dates are null.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';

const run = promisify(execFile);

/** A calendar date `YYYY-MM-DD` (UTC). */
export type DateString = string;

async function git(root: string, args: readonly string[]): Promise<string | null> {
  try {
    const { stdout } = await run('git', ['-C', root, ...args], { maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch {
    return null;
  }
}

const fileDates = new Map<string, Promise<DateString | null>>();
const blames = new Map<string, Promise<(DateString | null)[] | null>>();
const claimRanges = new Map<string, Promise<Map<string, { start: number; end: number }>>>();

function ranges(root: string, file: string): Promise<Map<string, { start: number; end: number }>> {
  const key = `${path.resolve(root)}\0${file}`;
  if (!claimRanges.has(key)) claimRanges.set(key, readFile(path.join(root, file), 'utf8').then(claimLineRanges, () => new Map()));
  return claimRanges.get(key)!;
}

/**
 * Date of the last commit that touched `file` (relative to `root`), or null.
 * @example await lastUpdated(process.cwd(), 'content/factsheets/nk-troops-russia-2024.md') // '2024-11-02'
 */
export function lastUpdated(root: string, file: string): Promise<DateString | null> {
  const key = `${path.resolve(root)}\0${file}`;
  if (!fileDates.has(key)) {
    fileDates.set(key, git(root, ['log', '-1', '--format=%ct', '--', file]).then((out) => toDate(out?.trim() ?? '')));
  }
  return fileDates.get(key)!;
}

/**
 * Date of the last commit that touched any line of claim `claimId` in the fact sheet `file`;
 * null when the claim is not there, not committed yet, or git is not available.
 * @example await claimLastUpdated(process.cwd(), 'content/factsheets/nk-troops-russia-2024.md', 'c-bfbc6138')
 */
export async function claimLastUpdated(root: string, file: string, claimId: string): Promise<DateString | null> {
  const lineDates = await blame(root, file);
  if (!lineDates) return null;
  const range = (await ranges(root, file)).get(claimId);
  if (!range) return null;
  let latest: DateString | null = null;
  for (let line = range.start; line <= range.end; line++) {
    const date = lineDates[line - 1] ?? null;
    if (date && (!latest || date > latest)) latest = date;
  }
  return latest;
}

/** Per line of `file` (index = line - 1), the date of the commit that last changed it. */
function blame(root: string, file: string): Promise<(DateString | null)[] | null> {
  const key = `${path.resolve(root)}\0${file}`;
  if (!blames.has(key)) blames.set(key, git(root, ['blame', '--porcelain', '--', file]).then((out) => (out === null ? null : parseBlame(out))));
  return blames.get(key)!;
}

/** Parses `git blame --porcelain`; uncommitted lines get null. */
export function parseBlame(porcelain: string): (DateString | null)[] {
  const times = new Map<string, string>();
  const lines: (DateString | null)[] = [];
  let sha = '';
  let final = 0;
  for (const row of porcelain.split('\n')) {
    const header = /^([0-9a-f]{40}) \d+ (\d+)/.exec(row);
    if (header) {
      sha = header[1]!;
      final = Number(header[2]);
    } else if (row.startsWith('committer-time ')) {
      times.set(sha, row.slice('committer-time '.length));
    } else if (row.startsWith('\t')) {
      lines[final - 1] = /^0+$/.test(sha) ? null : toDate(times.get(sha) ?? '');
    }
  }
  return lines;
}

/** Lines (1-based, in the file) that each claim's YAML occupies, by claim id. */
export function claimLineRanges(text: string): Map<string, { start: number; end: number }> {
  const ranges = new Map<string, { start: number; end: number }>();
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match) return ranges;
  const lineCounter = new LineCounter();
  const doc = parseDocument(match[1]!, { lineCounter });
  const claims = isMap(doc.contents) ? doc.contents.get('claims', true) : null;
  if (!isSeq(claims)) return ranges;
  for (const item of claims.items) {
    if (!isMap(item) || !item.range) continue;
    const id = item.get('id');
    if (typeof id !== 'string' || ranges.has(id)) continue;
    // +1: the frontmatter starts after the opening `---` line. The end offset sits after the last line break.
    const start = lineCounter.linePos(item.range[0]).line + 1;
    const endOffset = Math.max(item.range[0], item.range[1] - 1);
    const end = Math.max(start, lineCounter.linePos(endOffset).line + 1);
    ranges.set(id, { start, end });
  }
  return ranges;
}

function toDate(unixSeconds: string): DateString | null {
  const seconds = Number(unixSeconds);
  if (!unixSeconds || !Number.isFinite(seconds)) return null;
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

/** Forgets cached dates (for long-running processes such as a dev server). */
export function clearGitDateCache(): void {
  fileDates.clear();
  blames.clear();
  claimRanges.clear();
}
