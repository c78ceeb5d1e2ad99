/** Prints an error for people (and a GitHub annotation in Actions); returns the exit code. */
import { FactsheetError } from './errors.ts';

export function reportError(error: unknown): number {
  if (error instanceof FactsheetError) {
    console.error(`error ${error.message}`);
    if (process.env['GITHUB_ACTIONS']) {
      console.error(`::error file=${error.file}${error.line ? `,line=${error.line}` : ''},title=${error.ruleId}::${error.reason}. Fix: ${error.fix}`);
    }
    return 1;
  }
  console.error(error);
  return 2;
}
