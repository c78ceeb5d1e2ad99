/**
 * Takes the headline (a first line that is not a sentence) as metadata and drops
 * crossheads: short title-like lines between paragraphs. Neither states a sourced fact.
 */
import { isHeadlineLike } from './related-list.ts';
import type { CleanRule } from './rule.ts';

export const heading: CleanRule = (article) => {
  const drop = new Set<number>();
  let headline = article.headline;
  article.paragraphs.forEach((block, i) => {
    if (!isHeadlineLike(block.text)) return;
    if (i === 0 && !headline) headline = block.text;
    drop.add(i);
  });
  // Later lines that repeat the headline (often with a caption glued on) go too.
  if (headline) {
    article.paragraphs.forEach((block, i) => {
      if (i > 0 && block.text.startsWith(headline!)) drop.add(i);
    });
  }
  return { drop, rule: 'heading', patch: { headline } };
};
