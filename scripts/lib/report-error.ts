/** Prints an error for people (and a GitHub annotation in Actions); returns the exit code. */
import { annotation } from './check/index.ts';
import { FactsheetError } from './errors.ts';

export function reportError(error: unknown): number {
  if (error instanceof FactsheetError) {
    console.error(`error ${error.message}`);
    if (process.env['GITHUB_ACTIONS']) {
      console.error(annotation({ file: error.file, line: error.line, rule: error.ruleId, message: error.reason, fix: error.fix, severity: 'error' }));
    }
    return 1;
  }
  console.error(error);
  return 2;
}
