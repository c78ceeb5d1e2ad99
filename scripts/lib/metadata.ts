/** Stage 3: the article's title, outlet, date and language. Given metadata always wins. */
import { splitParagraph } from './sentences.ts';
import type { ArticleMetadata, CleanArticle } from './types.ts';

export const UNKNOWN_OUTLET = 'Unknown outlet';

/** An outlet that names itself in the text: "RBC-Ukraine sources", "told CNN", "(Reuters) -". */
const SELF_NAMED = /\b([A-Z][A-Za-z0-9]*(?:[- ][A-Z][A-Za-z0-9]*){0,3})(?= (?:sources|correspondents?|journalists?|reporters?) (?:have |has )?(?:reported|learned|told|said|found))/;

export function inferOutlet(article: CleanArticle): string | null {
  // A newspaper printing a wire story names itself in its masthead; the dateline names the agency.
  if (article.masthead) return article.masthead;
  // A press release is published by its issuer: "SOURCE Gateway Regional Health", "About Solvista Cruises" above its boilerplate.
  const lines = [...article.paragraphs, ...article.dropped].map((b) => b.text.trim());
  const issuer = lines.map((t) => /^SOURCE\s+([A-Z][\w&.’'/-]*(?:\s+[A-Z][\w&.’'/-]*){0,5})$/.exec(t)?.[1]).find(Boolean)
    ?? lines.map((t) => /^About\s+(?:the\s+)?(\p{Lu}[\p{L}\d_&.’'/-]*(?:\s+\p{Lu}[\p{L}\d_&.’'/-]*){0,5})$/u.exec(t)?.[1]).find(Boolean);
  if (issuer) return issuer;
  if (article.datelineOutlet) return article.datelineOutlet;
  for (const block of article.paragraphs) {
    const match = SELF_NAMED.exec(block.text);
    if (match && !/^(?:Intelligence|Military|Government|Local|Western|Russian|Ukrainian|American|US|U\.S\.)$/.test(match[1]!)) return match[1]!;
  }
  return null;
}

/** First words of the first sentence, when the article has no headline. */
function titleFromText(article: CleanArticle): string {
  const first = article.paragraphs[0]?.text ?? article.id;
  const sentence = splitParagraph(first)[0] ?? first;
  const words = sentence.split(/\s+/);
  return words.length <= 14 ? sentence.replace(/[.!?]$/, '') : words.slice(0, 12).join(' ') + ' …';
}

export function resolveMetadata(article: CleanArticle, storyLanguage = 'en'): ArticleMetadata {
  const from: ArticleMetadata['metadataFrom'] = {};
  const pick = <T>(key: string, given: T | undefined, text: T | null | undefined, fallback: T): T => {
    if (given !== undefined) return (from[key] = 'given'), given;
    if (text !== null && text !== undefined) return (from[key] = 'text'), text;
    return (from[key] = 'default'), fallback;
  };
  const g = article.given;
  return {
    title: pick('title', g.title, article.headline ?? titleFromText(article), ''),
    outlet: pick('outlet', g.outlet, inferOutlet(article), UNKNOWN_OUTLET),
    published: pick<string | null>('published', g.published, article.textDate, null),
    url: g.url ?? null,
    // Recorded only when the text names one, so sources without a byline read as before.
    author: g.author ?? (article.author ? ((from.author = 'text'), article.author) : null),
    language: pick('language', g.language, null, storyLanguage),
    metadataFrom: from,
  };
}
