/** Rule "claim/uncited": every published claim has at least one citation. */
import type { Check, Problem } from './types.ts';

export const uncitedCheck: Check = (content) => {
  const problems: Problem[] = [];
  for (const { file, parsed, sheet } of content.factsheets) {
    sheet?.claims.forEach((claim, i) => {
      if (claim.rejected || claim.citations.length > 0) return;
      problems.push({
        file,
        line: parsed.lineOf(['claims', i, 'id']),
        rule: 'claim/uncited',
        message: `claim ${claim.id} has no citation`,
        fix: 'add a citation (source, quote, anchor, origin: editor) that states it, or set `rejected: true`',
        severity: 'error',
      });
    });
  }
  return problems;
};
