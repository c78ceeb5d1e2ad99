/** Errors for people: the file, the line, what is wrong, how to fix it. */
export class FactsheetError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly reason: string,
    readonly fix: string,
    readonly ruleId = 'factsheet',
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${reason}\n  fix: ${fix}`);
    this.name = 'FactsheetError';
  }
}
