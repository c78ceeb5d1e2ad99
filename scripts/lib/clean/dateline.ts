/**
 * Removes a dateline such as "PYONGYANG (dpa-AFX) -" or "LISBON, March 3 (AP) —" from the
 * start of the first paragraphs, keeping it (and the agency it names) as metadata.
 */
import type { CleanRule } from './rule.ts';

const PLACE = String.raw`[A-Z][A-Z.'’ -]{1,40}[A-Z.]`;
/** ", Switzerland", ", Peru" after the place, then ", June 10", ", 16 September" or ", June 10, 2025". */
const REGION = String.raw`(?:,\s*[A-Z][A-Za-z.'’-]+(?:\s[A-Z][A-Za-z.'’-]+)?(?=,|\s*\(|\s*[-–—]))?`;
const DATE = String.raw`${REGION}(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s*\d{4})?)?`;
const AGENCY = String.raw`(?:\s*\(([^()]{2,40})\))?`;
const DATELINE = new RegExp(String.raw`^(${PLACE}${DATE}${AGENCY})\s*(?:[-–—]+|:)\s+(?=\S)`);

export const dateline: CleanRule = (article) => {
  if (article.dateline) return { drop: new Set(), rule: 'dateline' };
  const replace = new Map<number, string>();
  for (const [i, block] of article.paragraphs.slice(0, 4).entries()) {
    const match = DATELINE.exec(block.text);
    if (!match) continue;
    replace.set(i, block.text.slice(match[0].length));
    return {
      drop: new Set(),
      replace,
      rule: 'dateline',
      patch: { dateline: match[1]!.trim(), datelineOutlet: match[2]?.trim() ?? null },
    };
  }
  return { drop: new Set(), rule: 'dateline' };
};
