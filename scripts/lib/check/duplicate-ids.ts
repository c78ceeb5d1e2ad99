/** Rule "id/duplicate": claim ids and section ids are unique within a fact sheet. */
import type { ParsedMarkdown } from '../frontmatter.ts';
import type { Check, Problem } from './types.ts';

function duplicates(file: string, parsed: ParsedMarkdown, list: 'claims' | 'sections', ids: readonly string[]): Problem[] {
  const first = new Map<string, number>();
  const problems: Problem[] = [];
  ids.forEach((id, i) => {
    const seen = first.get(id);
    if (seen === undefined) return void first.set(id, i);
    const earlier = parsed.lineOf([list, seen, 'id']);
    problems.push({
      file,
      line: parsed.lineOf([list, i, 'id']),
      rule: 'id/duplicate',
      message: `${list === 'claims' ? 'claim' : 'section'} id ${id} is already used at line ${earlier}`,
      fix: list === 'claims' ? 'give one of them a new id (c- followed by lower-case letters or digits), or merge them (see CONTRIBUTING.md)' : 'give one of the sections a new id',
      severity: 'error',
    });
  });
  return problems;
}

export const duplicateIdsCheck: Check = (content) =>
  content.factsheets.flatMap(({ file, parsed, sheet }) =>
    sheet ? [...duplicates(file, parsed, 'claims', sheet.claims.map((c) => c.id)), ...duplicates(file, parsed, 'sections', sheet.sections.map((s) => s.id))] : [],
  );
