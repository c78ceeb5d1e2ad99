/** Stage 2: LoadedArticle -> CleanArticle, by rules applied in order, each one a file. */
import type { CleanArticle, LoadedArticle } from '../types.ts';
import { appeal } from './appeal.ts';
import { authorBio } from './author-bio.ts';
import { byline } from './byline.ts';
import { caption } from './caption.ts';
import { creditLine } from './credit-line.ts';
import { dateLine } from './date-line.ts';
import { dateline } from './dateline.ts';
import { heading } from './heading.ts';
import { languageSwitcher } from './language-switcher.ts';
import { masthead } from './masthead.ts';
import { relatedList } from './related-list.ts';
import { serviceNotice } from './service-notice.ts';
import type { CleanRule } from './rule.ts';

/** Order matters: lists and appeals go before headings, so a list of headlines is not read as crossheads. */
export const CLEAN_RULES: readonly CleanRule[] = [languageSwitcher, byline, masthead, dateLine, appeal, relatedList, serviceNotice, creditLine, authorBio, caption, heading, dateline];

export function clean(article: LoadedArticle, rules: readonly CleanRule[] = CLEAN_RULES): CleanArticle {
  let current: CleanArticle = {
    ...article,
    paragraphs: article.blocks,
    headline: article.given.title ?? null,
    masthead: null,
    dateline: null,
    datelineOutlet: null,
    textDate: null,
    author: null,
    dropped: [],
  };
  for (const rule of rules) {
    const result = rule(current);
    const dropped = [...result.drop].sort((a, b) => a - b).map((i) => ({ rule: result.rule, line: current.paragraphs[i]!.line, text: current.paragraphs[i]!.text }));
    const paragraphs = current.paragraphs
      .map((block, i) => (result.replace?.has(i) ? { ...block, text: result.replace.get(i)! } : block))
      .filter((_, i) => !result.drop.has(i));
    current = { ...current, ...result.patch, paragraphs, dropped: [...current.dropped, ...dropped] };
  }
  return current;
}
