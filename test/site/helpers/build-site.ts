/**
 * Builds the site (astro build + scripts/postbuild.ts) from a fixture content tree
 * into a temp dir, once per fixture, options and code version: test files that ask
 * for the same build share it (a lock directory serialises concurrent workers).
 */
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const run = promisify(execFile);
export const PROJECT = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = path.join(PROJECT, 'node_modules', '.bin');

/** Files whose change must trigger a new build. */
const INPUTS = ['src', 'astro.config.mjs', 'package.json', 'scripts/postbuild.ts', 'scripts/lib/export.ts', 'scripts/lib/git-dates.ts'];

async function listFiles(p: string): Promise<string[]> {
  const s = await stat(p).catch(() => null);
  if (!s) return [];
  if (s.isFile()) return [p];
  const out: string[] = [];
  for (const name of (await readdir(p)).sort()) out.push(...(await listFiles(path.join(p, name))));
  return out;
}

async function fingerprint(fixtureDir: string, options: BuildOptions): Promise<string> {
  const hash = createHash('sha1').update(JSON.stringify(options));
  for (const file of [...(await listFiles(fixtureDir)), ...(await Promise.all(INPUTS.map((i) => listFiles(path.join(PROJECT, i))))).flat()]) {
    hash.update(path.relative(PROJECT, file)).update(await readFile(file));
  }
  return hash.digest('hex').slice(0, 12);
}

/** How to build a fixture; each set of options is a build of its own. */
export interface BuildOptions {
  /** `FACTSHEET_REPO_URL` for edit links; edit links are off without it. */
  repoUrl?: string;
  /** Commit the content tree to a new git repository first, with this date (`YYYY-MM-DD`); outside git without it. */
  commitDate?: string;
}

export interface BuiltSite {
  /** The built site, with pagefind/ and claims.json. */
  dist: string;
  /** The content tree it was built from. */
  content: string;
}

/** The environment without git's (GIT_DIR from a hook would redirect every git call) and without edit-link settings. */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GIT_') && !k.startsWith('FACTSHEET_')));
}

/** Makes `dir` a git repository with one commit of everything in it, dated `date` (UTC noon). */
async function commitAll(dir: string, date: string): Promise<void> {
  const env = { ...cleanEnv(), GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` };
  const git = (...args: string[]) => run('git', ['-C', dir, '-c', 'user.name=Editor', '-c', 'user.email=editor@example.org', '-c', 'commit.gpgsign=false', ...args], { env });
  await git('init', '-q');
  await git('add', '-A');
  await git('commit', '-q', '-m', 'fixture');
}

async function build(work: string, fixtureDir: string, options: BuildOptions): Promise<void> {
  const content = path.join(work, 'content');
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  await cp(path.join(fixtureDir, 'content'), content, { recursive: true });
  if (options.commitDate) await commitAll(work, options.commitDate);
  const env = {
    ...cleanEnv(),
    PATH: `${BIN}${path.delimiter}${process.env.PATH}`,
    FACTSHEET_CONTENT: content,
    FACTSHEET_CACHE_DIR: path.join(work, 'cache'),
    // Not an http(s) URL: edit links off, even when package.json names a repository.
    FACTSHEET_REPO_URL: options.repoUrl ?? 'off',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const dist = path.join(work, 'dist');
  // A child process: Astro's own Vite must not run inside Vitest's module runner.
  await run('astro', ['build', '--outDir', dist], { cwd: PROJECT, env, maxBuffer: 64 << 20 }).catch((err: { stdout?: string; stderr?: string }) => {
    throw new Error(`astro build failed:\n${err.stdout ?? ''}\n${err.stderr ?? ''}`);
  });
  await run('tsx', ['scripts/postbuild.ts', '--dist', dist, '--content', content], { cwd: PROJECT, env }).catch((err: { stdout?: string; stderr?: string }) => {
    throw new Error(`postbuild failed:\n${err.stdout ?? ''}\n${err.stderr ?? ''}`);
  });
  await writeFile(path.join(work, 'done'), new Date().toISOString());
}

/**
 * The built site for `test/site/fixtures/<fixture>/content` (or `<fixture>/content` for an absolute path).
 * @example const { dist } = await buildFixtureSite('nk-sample', { repoUrl: 'https://github.com/acme/facts' });
 */
export async function buildFixtureSite(fixture: string, options: BuildOptions = {}): Promise<BuiltSite> {
  const fixtureDir = path.resolve(PROJECT, 'test', 'site', 'fixtures', fixture);
  const work = path.join(os.tmpdir(), `factsheet-site-${path.basename(fixture)}-${await fingerprint(fixtureDir, options)}`);
  const result = { dist: path.join(work, 'dist'), content: path.join(work, 'content') };
  const lock = `${work}.lock`;
  for (let waited = 0; ; waited += 250) {
    if (await stat(path.join(work, 'done')).catch(() => null)) return result;
    try {
      await mkdir(lock);
    } catch {
      if (waited > 300_000) throw new Error(`gave up waiting for ${lock}; remove it if no test run is building`);
      await new Promise((r) => setTimeout(r, 250));
      continue;
    }
    try {
      if (!(await stat(path.join(work, 'done')).catch(() => null))) await build(work, fixtureDir, options);
      return result;
    } finally {
      await rm(lock, { recursive: true, force: true });
    }
  }
}
