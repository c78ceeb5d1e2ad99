/** Drops language-switcher lines such as "ua en ru", "EN | FR | DE" or "Norsk | English" near the top. */
import type { CleanRule } from './rule.ts';

const CODE = /^(?:[a-z]{2}|[A-Z]{2}|[A-Z][a-z])(?:-[A-Za-z]{2})?$/;
/** Languages as their own speakers name them. */
export const LANGUAGE = /^(?:english|te reo māori|te reo maori|māori|maori|gaeilge|cymraeg|gàidhlig|norsk|dansk|svenska|suomi|deutsch|français|francais|español|espanol|português|portugues|italiano|polski|nederlands|català|galego|euskara|íslenska|davvisámegiella|sámegiella|русский|українська|čeština|slovenščina|hrvatski|magyar|română|ελληνικά|türkçe|日本語|中文|한국어|العربية)$/i;

const isLanguage = (t: string): boolean => CODE.test(t) || LANGUAGE.test(t);

export const languageSwitcher: CleanRule = (article) => {
  const drop = new Set<number>();
  let site: string | null = null;
  article.paragraphs.slice(0, 5).forEach((block, i) => {
    const tokens = block.text.split(/[\s|/·•,]+/).filter(Boolean);
    const names = block.text.split(/\s*[|/·•,]\s*/).filter(Boolean);
    if (tokens.length >= 2 && tokens.length <= 12 && tokens.every((t) => CODE.test(t)) || names.length >= 2 && names.every((t) => LANGUAGE.test(t))) drop.add(i);
    // "BPB English | LT | EN | RU": the site's name, in the language of this edition, then the other editions.
    // "Radio Aotearoa | Te Reo Māori | English": the site's name, then its editions (two at least, one a language's name).
    const words = names[0]!.split(/\s+/);
    const edition = words.length > 1 && LANGUAGE.test(words.at(-1)!);
    const named = names.length >= 3 && names.slice(1).every(isLanguage) && (edition || names.slice(1).some((t) => LANGUAGE.test(t)));
    if (named && words.length <= 4 && words.every((w) => /^\p{Lu}/u.test(w))) (drop.add(i), (site ??= edition ? words.slice(0, -1).join(' ') : names[0]!));
  });
  return { drop, rule: 'language-switcher', ...(site && !article.masthead ? { patch: { masthead: site } } : {}) };
};
