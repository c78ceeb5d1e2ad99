/**
 * Site settings for "Edit this claim" links. Off unless a repository URL is given, in
 * `FACTSHEET_REPO_URL` or in package.json `"factsheet": { "repository": "https://github.com/owner/repo", "branch": "main" }`.
 * `FACTSHEET_REPO_BRANCH` overrides the branch (default "main"). A `FACTSHEET_REPO_URL` that is not an
 * http(s) URL, such as "off", turns the links off even when package.json names a repository.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

interface PackageSettings {
  repository?: string;
  branch?: string;
}

function packageSettings(): PackageSettings {
  try {
    const pkg = JSON.parse(readFileSync(path.join(process.cwd(), 'package.json'), 'utf8')) as { factsheet?: PackageSettings };
    return pkg.factsheet ?? {};
  } catch {
    return {};
  }
}

const settings = packageSettings();
const repo = (process.env['FACTSHEET_REPO_URL'] || settings.repository || '').trim().replace(/\.git$/, '').replace(/\/+$/, '');

/** Repository web URL, e.g. "https://github.com/owner/repo"; null when not configured. */
export const repositoryUrl: string | null = /^https?:\/\//.test(repo) ? repo : null;

/** Branch the links point at. */
export const branch: string = process.env['FACTSHEET_REPO_BRANCH'] || settings.branch || 'main';

/**
 * Prefix of edit links (GitHub and GitLab forms), or null when edit links are off.
 * @example editBaseUrl // 'https://github.com/owner/repo/edit/main/'
 */
export const editBaseUrl: string | null = repositoryUrl ? `${repositoryUrl}${/gitlab/.test(repositoryUrl) ? '/-' : ''}/edit/${branch}/` : null;

/**
 * Link that opens `file` (relative to the repository root) in the host's editor; null when off.
 * @example editUrl('content/factsheets/nk.md') // 'https://github.com/owner/repo/edit/main/content/factsheets/nk.md'
 */
export function editUrl(file: string): string | null {
  return editBaseUrl ? editBaseUrl + file.split('/').map(encodeURIComponent).join('/') : null;
}

/**
 * Link to `file` at a line on the host (to show an editor where a claim is); null when off.
 * @example lineUrl('content/factsheets/nk.md', 42) // 'https://github.com/owner/repo/blob/main/content/factsheets/nk.md#L42'
 */
export function lineUrl(file: string, line: number): string | null {
  return repositoryUrl ? `${repositoryUrl}${/gitlab/.test(repositoryUrl) ? '/-' : ''}/blob/${branch}/${file.split('/').map(encodeURIComponent).join('/')}#L${line}` : null;
}
