/**
 * Drops the page chrome above a saved article: the masthead (the site's name, kept as the
 * outlet), breadcrumb and navigation lines ("Home / News / World", "NEWS > HEALTH",
 * "LIVE TV | Watch at 9") and label lines ("PRESS RELEASE").
 */
import { parseAbsoluteDate } from '../dates.ts';
import { OUTLET } from './byline.ts';
import { wordCount, type CleanRule } from './rule.ts';

const NAVIGATION = /\s(?:\/|>|»|›|\||·|–)\s/;
const LABEL = /^(?:(?:skip|jump) to (?:main |the )?(?:content|latest(?: update)?|navigation)|press release|for immediate release|breaking(?: news)?|live|update[d]?|exclusive|opinion|analysis|news release|media release|media statement|press statement|statement|communiqu[ée]|press office|advertisement|sponsored)(?:\s+no\.?\s*[\w/-]+)?\s*(?:\([^)]{1,40}\))?\s*:?$/i;

/** "RheinAlarm – Blog", "RTN Notícias | English": the site's name with its section or edition. */
const SITE_SECTION = /^(.+?)\s+[–|-]\s+(?:blog|news|newsroom|online|press|(?:press|media|news) release|english(?: edition)?|international(?: edition)?|en)$/i;

/** "Home / News / World": every segment is a short label. */
export function isNavigation(text: string): boolean {
  if (!NAVIGATION.test(text)) return false;
  const segments = text.split(/\s(?:\/|>|»|›|\||·|–)\s/);
  // "LIVE: Ferry aground off Vannøya – rescue centre raises count": a dash joins a headline's two halves; a menu has short items.
  const dashOnly = !/\s(?:\/|>|»|›|\||·)\s/.test(text);
  if (dashOnly && !SITE_SECTION.test(text) && (segments.length < 3 || /:\s/.test(text))) return false;
  return segments.length >= 2 && segments.every((s) => wordCount(s) <= 6 && !/[.!?]$/.test(s.trim()));
}

/** Sections a breadcrumb may open with, which name no site: "Home > News > World". */
const SECTION = /^(?:home|news|world|local|business|sport|sports|politics|europe|opinion|tech|technology|health|science|culture|uk|us|blog|incidents)$/i;

/** A company's legal form ends in a point that ends no sentence: "Andean Sky Rail S.A.C.", "Tarn Ferries Ltd.". */
const LEGAL_FORM_END = /(?:\b\p{L}\.){2,}$|\b(?:Inc|Ltd|Co|Corp|Pty|Bhd|Plc|Ltda|hf|ehf|ohf)\.$/u;

/** A site name: one to four words, each capitalised or a number, no sentence punctuation. */
function isMasthead(text: string): boolean {
  const words = text.split(/\s+/);
  const endsSentence = /[!?:]$/.test(text) || (/\.$/.test(text) && !LEGAL_FORM_END.test(text));
  return words.length <= 4 && words.every((w) => /^(?:[\p{Lu}0-9][\p{L}\d_’'&./-]*|of|the|de|la|du|am|an|and|&|e?hf\.|ohf\.)$/u.test(w)) && !endsSentence;
}

/** A line in capitals: "RAILWAY SAFETY WEEKLY". */
const isCapitals = (text: string): boolean => /\p{Lu}{2}/u.test(text) && !/\p{Ll}/u.test(text);

/**
 * A masthead in capitals as a name is written: "RAILWAY SAFETY WEEKLY" -> "Railway Safety Weekly"; short words stay
 * as they are ("BBC NEWS" -> "BBC News"), as do names in mixed case.
 */
function mastheadName(text: string): string {
  if (!isCapitals(text)) return text;
  return text.split(/\s+/).map((w, i) => {
    const lower = w.toLowerCase();
    if (i > 0 && /^(?:of|the|and|for|in|on|de|la|du)$/.test(lower)) return lower;
    return w.length <= 3 && !/^(?:the)$/i.test(w) ? w : lower[0]!.toUpperCase() + lower.slice(1);
  }).join(' ');
}

/** A public body's name in capitals above its release: "MINISTRY OF FOREIGN AND EUROPEAN AFFAIRS OF THE REPUBLIC OF CROATIA". */
const BODY_IN_CAPITALS = /^(?=.*\b(?:MINISTRY|DEPARTMENT|AGENCY|OFFICE|COMMISSION|AUTHORITY|POLICE|GUARD|COUNCIL|SERVICE|GOVERNMENT|INSPECTORATE|UNION|WORKERS|ASSOCIATION|FEDERATION)\b)[A-Z][A-Z0-9 ,&'’—–-]{8,120}$/;
/** "MINISTRY OF FOREIGN AFFAIRS" -> "Ministry of Foreign Affairs". */
const titleCase = (caps: string): string =>
  caps
    .toLowerCase()
    .split(/\s+/)
    // "BOUCHES-DU-RHÔNE" -> "Bouches-du-Rhône": each part of a hyphenated name too, its particles in lower case.
    .map((w, i) => w.split('-').map((part, k) => ((i > 0 || k > 0) && /^(?:of|the|and|for|in|on|de|la|le|les|du|des|sur|en|del|van|von)$/.test(part)) || !/^\p{L}/u.test(part) ? part : part[0]!.toUpperCase() + part.slice(1)).join('-'))
    .join(' ');

export const masthead: CleanRule = (article) => {
  const drop = new Set<number>();
  const top = article.paragraphs.slice(0, 6);
  let name: string | null = null;
  let textDate = article.textDate;
  top.forEach((block, i) => {
    // "Eldborg Orka hf. | Press release" on the first line: the issuer's name and the label.
    const labelled = i === 0 && SITE_SECTION.exec(block.text.trim());
    if (!isNavigation(block.text) && !LABEL.test(block.text.trim()) && !(labelled && isMasthead(labelled[1]!))) return;
    drop.add(i);
    // "RheinAlarm – Blog" on the first line is the site's name with its section.
    const site = i === 0 ? SITE_SECTION.exec(block.text.trim()) : null;
    if (site && isMasthead(site[1]!)) name = site[1]!;
    // A byline strip often carries the date: "By Staff | Wednesday, 5 November 2025 | 8:45 pm".
    for (const segment of block.text.split(/\s(?:\/|>|»|\||·|–)\s/)) textDate ??= parseAbsoluteDate(segment);
    // "NordTV News > Troms og Finnmark": a breadcrumb that opens with the site's name.
    const opening = /^(.+?)\s(?:>|»|›)\s/.exec(block.text.trim())?.[1];
    if (!name && opening && isMasthead(opening) && !SECTION.test(opening) && (/\s|\d/.test(opening) || /\p{Lu}.*\p{Lu}/u.test(opening.slice(1)))) name = opening;
    // "CBN News | Nova Scotia", "EBN News | Europe | Live": a newsroom's name, then its sections.
    const newsroom = i === 0 ? block.text.split(/\s(?:\||·)\s/)[0]!.trim() : '';
    if (!name && OUTLET.test(newsroom) && isMasthead(newsroom)) name = newsroom;
  });
  // A letterhead: short name lines (and an address) above a "PRESS RELEASE" label are the issuer's, not the article's;
  // the body named in capitals among them issues it ("Republic of the Philippines / NATIONAL COAST GUARD / Pier 1, …").
  const label = top.findIndex((b) => LABEL.test(b.text.trim()));
  const letterhead = label >= 2 && top.slice(0, label).every((b) => wordCount(b.text) <= 8 && !/[.!?:]$/.test(b.text.trim()) && !isNavigation(b.text));
  if (letterhead) {
    for (let k = 0; k < label; k++) drop.add(k);
    const body = top.slice(0, label).map((b) => b.text.trim()).find((t) => BODY_IN_CAPITALS.test(t));
    const head = top[0]!.text.trim();
    name ??= body ? titleCase(body) : isCapitals(head) ? titleCase(head) : head;
  }
  // The first line left (after a "PRESS RELEASE" label) is the site's or issuer's name when a headline or chrome follows it,
  // never an article sentence.
  const at = top.findIndex((_, k) => !drop.has(k));
  const left = at >= 0 ? top[at] : undefined;
  // Labels and menus above it ("Home › News › World") leave it first.
  const first = at === 0 || top.slice(0, at).every((_, k) => drop.has(k)) ? left : undefined;
  const next = top.slice(at + 1).find((b, k) => !drop.has(at + 1 + k));
  if (left && BODY_IN_CAPITALS.test(left.text.trim()) && next) {
    drop.add(at);
    name ??= titleCase(left.text.trim());
  } else if (first && isMasthead(first.text) && next && (wordCount(next.text) > wordCount(first.text) || isCapitals(first.text))) {
    drop.add(at);
    name = mastheadName(first.text.replace(/\s+[–-]\s+(?:blog|news|online)$/i, ''));
  } else if (first && !drop.has(0) && drop.has(1) && isNavigation(top[1]!.text) && wordCount(first.text) <= 12 && !/[.!?]$/.test(first.text)) {
    // "quintela.sec — notes on breaches" above "Home / Blog / Incidents": a page's name sits above its menu.
    drop.add(0);
    name = first.text.split(/\s+[—–|]\s+|:\s/)[0]!.trim();
  }
  // "Muncie, Indiana" under a masthead is where the body sits, not a headline; "Minister for Parks and Environment"
  // under a minister's name is the issuer's title.
  const below = at >= 0 && drop.has(at) ? top[at + 1] : undefined;
  if (below && /^\p{Lu}[\p{L}.'’ -]{1,30},\s+\p{Lu}[\p{L}.'’ -]{1,30}$/u.test(below.text.trim()) && wordCount(below.text) <= 5) drop.add(at + 1);
  if (below && /^(?:Minister|Secretary|Commissioner|Director|Chief Executive|Chair|President|Mayor|Premier)\b[\p{L}\s,&'’-]{0,60}$/u.test(below.text.trim()) && wordCount(below.text) <= 8) drop.add(at + 1);
  // "Policy & Oversight" under a trade title's masthead, above the headline: the section, not the headline.
  const after = at >= 0 ? top[at + 2] : undefined;
  if (below && after && !drop.has(at + 1) && /^\p{Lu}[\p{L}]*(?:\s+(?:&|and|\/)?\s*\p{Lu}[\p{L}]*){0,3}$/u.test(below.text.trim()) && /&|\//.test(below.text) && wordCount(after.text) > wordCount(below.text) + 2) drop.add(at + 1);
  return { drop, rule: 'masthead', patch: { masthead: name ?? article.masthead, textDate } };
};
