/** `npm run check`: verifies the content tree; exits 1 when any check reports an error. */
import { annotation, formatProblem, runChecks } from './lib/check/index.ts';
import { reportError } from './lib/report-error.ts';

try {
  const problems = await runChecks(process.cwd());
  for (const p of problems) console.error(formatProblem(p));
  if (process.env['GITHUB_ACTIONS']) for (const p of problems) console.log(annotation(p));
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  console.log(errors ? `check: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}` : `check: content OK${warnings ? ` (${warnings} warning${warnings === 1 ? '' : 's'})` : ''}`);
  process.exitCode = errors ? 1 : 0;
} catch (error) {
  process.exitCode = reportError(error);
}
