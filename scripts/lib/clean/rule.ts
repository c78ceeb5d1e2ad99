import type { CleanArticle } from '../types.ts';

/**
 * A cleaning rule looks at the article's remaining paragraphs and names the ones
 * to drop (by index); it may also rewrite paragraphs or record metadata.
 */
export type CleanRule = (article: CleanArticle) => {
  rule: string;
  drop: Set<number>;
  /** Replacement text for paragraphs it trims rather than drops. */
  replace?: Map<number, string>;
  patch?: Partial<Pick<CleanArticle, 'headline' | 'masthead' | 'dateline' | 'datelineOutlet' | 'textDate' | 'author'>>;
};

/** Words in a paragraph. */
export const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** Ends like a sentence (allowing closing quotes and brackets). */
export const endsLikeSentence = (text: string): boolean => /[.!?…:;]["'”’)\]]*$/.test(text.trim());
