/**
 * `npm run check`: the checks, in order, over the content tree. Problems come back as data
 * (see types.ts); `formatProblem` and `annotation` print them for people and for GitHub.
 */
import { duplicateIdsCheck } from './duplicate-ids.ts';
import { linksCheck } from './links.ts';
import { loadContent } from './load.ts';
import { missingSourceCheck } from './missing-source.ts';
import { quoteCheck } from './quote.ts';
import { schemaCheck } from './schema.ts';
import { staleSourceCheck } from './stale-source.ts';
import type { Check, Problem } from './types.ts';
import { uncitedCheck } from './uncited.ts';

export type { Problem } from './types.ts';

export const CHECKS: readonly Check[] = [schemaCheck, duplicateIdsCheck, missingSourceCheck, staleSourceCheck, uncitedCheck, quoteCheck, linksCheck];

/**
 * Runs every check over the content under `root`; problems sorted by file and line.
 * @example const problems = await runChecks(process.cwd())
 */
export async function runChecks(root: string): Promise<Problem[]> {
  const content = await loadContent(root);
  const problems = [...content.problems];
  for (const check of CHECKS) problems.push(...(await check(content)));
  return problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.rule.localeCompare(b.rule));
}

/** `file:line: message — fix: …` */
export function formatProblem(p: Problem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message} — fix: ${p.fix} [${p.rule}]`;
}

/** A GitHub Actions workflow command that annotates the line in the pull request. */
export function annotation(p: Problem): string {
  const esc = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => esc(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return `::${p.severity} file=${prop(p.file)}${p.line ? `,line=${p.line}` : ''},title=${prop(p.rule)}::${esc(`${p.message} — fix: ${p.fix}`)}`;
}
