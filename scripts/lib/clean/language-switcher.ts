/** Drops language-switcher lines such as "ua en ru" or "EN | FR | DE" near the top. */
import type { CleanRule } from './rule.ts';

const CODE = /^(?:[a-z]{2}|[A-Z]{2}|[A-Z][a-z])(?:-[A-Za-z]{2})?$/;

export const languageSwitcher: CleanRule = (article) => {
  const drop = new Set<number>();
  article.paragraphs.slice(0, 5).forEach((block, i) => {
    const tokens = block.text.split(/[\s|/·•,]+/).filter(Boolean);
    if (tokens.length >= 2 && tokens.length <= 12 && tokens.every((t) => CODE.test(t))) drop.add(i);
  });
  return { drop, rule: 'language-switcher' };
};
