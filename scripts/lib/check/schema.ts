/** Rule "schema": every fact sheet and source fits the content schema in src/schema.ts. */
import type { z } from 'zod';
import { factsheet as factsheetSchema, source as sourceSchema } from '../../../src/schema.ts';
import type { ParsedMarkdown } from '../frontmatter.ts';
import type { Check, Problem } from './types.ts';

function issues(file: string, parsed: ParsedMarkdown, schema: z.ZodType): Problem[] {
  const result = schema.safeParse(parsed.data);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const at = issue.path as (string | number)[];
    return {
      file,
      line: parsed.lineOf(at),
      rule: 'schema',
      message: `${at.length ? at.join('.') : 'frontmatter'}: ${issue.message}`,
      fix: 'correct this field; CONTRIBUTING.md lists the fields and the values they take',
      severity: 'error' as const,
    };
  });
}

export const schemaCheck: Check = (content) => [
  ...content.factsheets.flatMap((f) => issues(f.file, f.parsed, factsheetSchema)),
  ...[...content.sources.values()].flatMap((s) => issues(s.file, s.parsed, sourceSchema)),
];
