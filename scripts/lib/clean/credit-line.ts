/**
 * Drops production lines that are about the article, not the event: syndication and
 * copyright notices, bylines, reporting/editing credits, and "we will update this post" promises.
 */
import type { CleanRule } from './rule.ts';

const CREDIT: RegExp[] = [
  /^\s*(?:©|\(c\)|copyright\b)/i,
  /\ball rights reserved\b/i,
  /\bthis (?:article|story|report|post|piece|item) (?:was|is|has been) (?:syndicated|adapted|republished|reprinted|reproduced|originally published|first published|translated|distributed|provided)\b/i,
  /\b(?:has|have) not been (?:edited|reviewed|verified) by\b/i,
  // "This article is published under licence from AFP. The Ledger is not responsible for the content of syndicated material."
  /\b(?:published|reproduced|republished|distributed) under (?:a )?licen[cs]e (?:from|with)\b/i,
  /\bis not responsible for the content of\b/i,
  // "This story is from The Associated Press.", "This article comes courtesy of Reuters."
  /^\s*[Tt]his (?:article|story|report|piece|item|content) (?:is|was|comes?|came) (?:courtesy of|from|by|provided by)\s+(?:[Tt]he\s+)?\p{Lu}[^.,;]{0,60}\.?\s*$/u,
  /^\s*\(?(?:additional )?(?:reporting|writing|editing|compiled|translated) by\b[^.]{0,120}(?:;|$|\)\s*$)/i,
  /\bwe (?:will|'ll) (?:keep|continue to|be) (?:following|updating|monitoring|tracking)\b[^.]*\b(?:post|story|page|article|blog|thread)\b/i,
  /\bthis (?:post|story|page|article) (?:will be|is being|has been) updated\b/i,
  // A release's sign-off: "MCA will continue to provide updates as new information becomes available."
  /^[^.]{0,60}\bwill (?:continue to )?(?:provide|issue|share|publish) (?:further |more |regular )?updates? (?:as|when)\b[^.]*\.?$/i,
  // A byline: "By Rachel Ahmaogak, Anchorage Daily Courier." ("By Tuesday, …" has no second name).
  /^\s*[*_]*[Bb]y\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{L}'’-]+(?:\s+(?:and|&)\s+\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}'’-]+)?\s*(?:[,|—–.-]|$)/u,
];

export const creditLine: CleanRule = (article) => {
  const drop = new Set<number>();
  article.paragraphs.forEach((block, i) => {
    if (block.text.length < 300 && CREDIT.some((re) => re.test(block.text))) drop.add(i);
  });
  return { drop, rule: 'credit-line' };
};
