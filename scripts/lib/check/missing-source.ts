/** Rule "citation/missing-source": every citation names a source that exists. */
import type { Check, Problem } from './types.ts';

export const missingSourceCheck: Check = (content) => {
  const problems: Problem[] = [];
  const known = [...content.sources.keys()];
  for (const { file, parsed, sheet } of content.factsheets) {
    sheet?.claims.forEach((claim, i) =>
      claim.citations.forEach((cit, j) => {
        if (content.sources.has(cit.source)) return;
        const near = known.filter((id) => id.startsWith(`${sheet.id}/`));
        problems.push({
          file,
          line: parsed.lineOf(['claims', i, 'citations', j, 'source']),
          rule: 'citation/missing-source',
          message: `claim ${claim.id} cites source "${cit.source}", which does not exist`,
          fix: `use the id of a file in content/sources/${near.length ? ` (e.g. ${near[0]})` : ''}, or add the article to content/articles/ and run \`npm run ingest\``,
          severity: 'error',
        });
      }),
    );
  }
  return problems;
};
