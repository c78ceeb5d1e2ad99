/**
 * Drops "Related:" / "Read more" link lists and trailing runs of headlines: lines that
 * look like titles (no closing punctuation, few words) stacked together. A list under a
 * "Summary" or "Key points" heading is the story's own points and stays.
 */
import { endsLikeSentence, wordCount, type CleanRule } from './rule.ts';

const LIST_HEADING = /^(?:related(?: (?:articles|stories|news|coverage|content|reading))?|read (?:more|also|next)|also read|see also|more (?:on|about|from) [^:]{1,40}|recommended|you may also like|more stories|latest news|trending|most read|popular|further reading)\s*:?$/i;
/** Headings of a list of the story's own points: "Summary", "Key points", "What we know". */
const SUMMARY_HEADING = /^(?:summary|key points|key facts|at a glance|in brief|in short|the latest|latest|what we know(?: so far)?|the essentials|highlights)\s*:?$/i;
/** A link's call to click after its headline: ". Check the rules", ". Read more", ". See the list". */
const CALL_TO_CLICK = /[.!?]\s+(?:check|see|find out|read|learn|watch|listen|get|click)\b[^.!?]{0,30}[.!?]?$/i;
export const BULLET = /^(?:[-*•–—▪►>]|\d+[.)])\s+/;

/** Looks like a headline: short, with no sentence end at its end or inside it. */
export function isHeadlineLike(text: string): boolean {
  const bare = text.replace(BULLET, '');
  const words = wordCount(bare);
  return words >= 2 && words <= 25 && !endsLikeSentence(bare) && !/[a-z0-9)][.!?]["”’]?\s+["“‘]?[A-Z<]/.test(bare);
}

export const relatedList: CleanRule = (article) => {
  const drop = new Set<number>();
  const paras = article.paragraphs;
  for (let i = 0; i < paras.length; i++) {
    const text = paras[i]!.text;
    if (!LIST_HEADING.test(text.replace(BULLET, ''))) continue;
    drop.add(i);
    // "Free public transport during smog alert. Check the rules": a headline with its call to click is a link too.
    for (let j = i + 1; j < paras.length && (BULLET.test(paras[j]!.text) || isHeadlineLike(paras[j]!.text.replace(CALL_TO_CLICK, ''))); j++) drop.add(j);
  }
  // Runs of 3+ bullet or headline lines at the end of the text are link lists too.
  let end = paras.length - 1;
  while (end >= 0 && drop.has(end)) end--;
  let start = end;
  // A bullet that ends like a sentence ("- All schools are closed.") is a point of the story, not a link.
  while (start >= 0 && isHeadlineLike(paras[start]!.text)) start--;
  if (end - start >= 3) for (let j = start + 1; j <= end; j++) drop.add(j);
  // A run of 3+ bullets that are each headline-like, anywhere, is a link list, unless a heading calls it a summary.
  for (let i = 0; i < paras.length; ) {
    let j = i;
    while (j < paras.length && BULLET.test(paras[j]!.text) && isHeadlineLike(paras[j]!.text)) j++;
    if (j - i >= 3 && !SUMMARY_HEADING.test(paras[i - 1]?.text ?? '')) for (let k = i; k < j; k++) drop.add(k);
    i = j > i ? j : i + 1;
  }
  return { drop, rule: 'related-list' };
};
