/**
 * Takes the headline (a first line that is not a sentence) as metadata and drops
 * crossheads: short title-like lines between paragraphs. Neither states a sourced fact.
 */
import { BULLET, isHeadlineLike } from './related-list.ts';
import { wordCount, type CleanRule } from './rule.ts';

export const heading: CleanRule = (article) => {
  const drop = new Set<number>();
  let headline = article.headline;
  article.paragraphs.forEach((block, i) => {
    // A list item the related-list rule kept ("- The regulator now says 14 children fell ill") is a point, not a crosshead.
    if (!isHeadlineLike(block.text) || BULLET.test(block.text) && wordCount(block.text) >= 6) return;
    if (i === 0 && !headline) headline = block.text;
    drop.add(i);
  });
  // Later lines that repeat the headline (often with a caption glued on) go too; a short "headline" may be only a name
  // ("Corwen Pharmaceuticals plc"), and the release's first sentence opens with it.
  if (headline && wordCount(headline) >= 5) {
    article.paragraphs.forEach((block, i) => {
      if (i > 0 && block.text.startsWith(headline!)) drop.add(i);
    });
  }
  return { drop, rule: 'heading', patch: { headline } };
};
