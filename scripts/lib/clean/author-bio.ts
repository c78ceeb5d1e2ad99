/**
 * Drops the writer's note about the writer at the foot of an article: "Owen Pritchard is Tertiary Sector
 * Weekly's Asia-Pacific correspondent. He is based in Auckland." It is about the article, not the event.
 */
import type { CleanRule } from './rule.ts';

/** A journalist's trade, as a bio line names it. */
const TRADE = String.raw`(?:correspondent|reporter|editor|writer|journalist|columnist|contributor|producer|photographer|presenter|anchor|bureau\s+chief)`;
/** "X is the Post's health reporter", "X is a freelance journalist based in Lyon", "X covers transport for the Post". */
const BIO = new RegExp(String.raw`^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s+(?:is|was)\s+(?:(?:a|an|the)\s+|\p{Lu}[\p{L}\s'’&.-]{1,60}?[’']s\s+)(?:[\p{L}'’-]+\s+){0,5}${TRADE}\b`, 'u');
/** The bio's next sentence: "She is based in Auckland.", "He can be reached at …". */
const MORE = /^(?:(?:He|She|They)\s+(?:is|are|was)\s+based\s+in\b|(?:He|She|They)\s+can\s+be\s+reached\b|Follow\s+(?:him|her|them)\b)/;

export const authorBio: CleanRule = (article) => {
  const drop = new Set<number>();
  const n = article.paragraphs.length;
  // Only near the foot, and only for the byline's writer when the article names one.
  const author = article.author ?? article.given.author ?? null;
  article.paragraphs.forEach((block, i) => {
    if (i < n - 6 || block.text.length > 300) return;
    const bio = BIO.exec(block.text);
    if (!bio || (author && !author.includes(bio[1]!.split(/\s+/).at(-1)!))) return;
    const rest = block.text.slice(block.text.search(/[.!?]\s+/) + 1).trim();
    if (rest && !MORE.test(rest) && rest.split(/[.!?]\s+/).length > 1) return;
    drop.add(i);
  });
  return { drop, rule: 'author-bio' };
};
