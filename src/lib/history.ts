/**
 * A fact sheet's history for its page: when the file and each claim were last committed,
 * and links to the claims' lines on the repository host. Reads git at build time; outside
 * a git repository every date is null and nothing fails.
 */
import { execFile } from 'node:child_process';
import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { claimLastUpdated, claimLineRanges, lastUpdated } from '../../scripts/lib/git-dates.ts';
import { claimLinks, type ClaimHistory, type SheetHistory } from '../components/view/history.ts';
import { editUrl, lineUrl } from './site-config.ts';

const run = promisify(execFile);

/** Where a content file is: on disk, and in the repository that holds it. */
export interface ContentLocation {
  /** Root of the git work tree that holds the file; null outside git. */
  gitRoot: string | null;
  /** Path from the repository root, with `/`: the git pathspec and the path in host links. */
  repoPath: string;
}

/**
 * Locates `file` (absolute, or relative to the project root). Outside git, `repoPath` is the
 * path from the project root, or `content/…` for a content tree elsewhere (a test fixture).
 * @example await locate('content/factsheets/nk.md') // { gitRoot: '/work/site', repoPath: 'content/factsheets/nk.md' }
 */
export async function locate(file: string): Promise<ContentLocation> {
  // Real paths on both sides: git prints its root resolved (e.g. /private/tmp on macOS).
  const real = await realpath(path.resolve(file)).catch(() => path.resolve(file));
  const gitRoot = await run('git', ['-C', path.dirname(real), 'rev-parse', '--show-toplevel']).then(
    ({ stdout }) => stdout.trim() || null,
    () => null,
  );
  const posix = (p: string) => p.split(path.sep).join('/');
  if (gitRoot) return { gitRoot, repoPath: posix(path.relative(gitRoot, real)) };
  const fromProject = path.relative(await realpath(process.cwd()).catch(() => process.cwd()), real);
  if (!fromProject.startsWith('..') && !path.isAbsolute(fromProject)) return { gitRoot: null, repoPath: posix(fromProject) };
  const parts = posix(real).split('/');
  const factsheets = parts.lastIndexOf('factsheets');
  return { gitRoot: null, repoPath: ['content', ...parts.slice(factsheets >= 0 ? factsheets : -1)].join('/') };
}

/**
 * Dates and links for the fact sheet stored in `file` (Astro's `entry.filePath`) and its shown claims.
 * @example const history = await factsheetHistory(entry.filePath, claims.map((c) => c.id));
 */
export async function factsheetHistory(file: string, claimIds: readonly string[]): Promise<SheetHistory> {
  const { gitRoot, repoPath } = await locate(file);
  const text = await readFile(path.resolve(file), 'utf8').catch(() => '');
  const links = claimLinks(claimLineRanges(text), claimIds, (line) => lineUrl(repoPath, line));
  const claims = new Map<string, ClaimHistory>();
  for (const id of claimIds) {
    const updated = gitRoot ? await claimLastUpdated(gitRoot, repoPath, id) : null;
    claims.set(id, { updated, editUrl: links.get(id) ?? null });
  }
  return {
    inRepository: gitRoot !== null,
    updated: gitRoot ? await lastUpdated(gitRoot, repoPath) : null,
    editUrl: editUrl(repoPath),
    claims,
  };
}
