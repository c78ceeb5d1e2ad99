/**
 * Reads the byline strip above an article and keeps its author and date as metadata:
 * "2 October 2025, 13:15 | By Sofia Amaral | ▶ Listen to this article (4 min)",
 * "Posted on 2 October 2025 by Marta Quintela · 7 min read", "By Kevin Marsh", "October 2, 2025".
 */
import { parseAbsoluteDate } from '../dates.ts';
import type { CleanRule } from './rule.ts';

const SEPARATOR = /\s+(?:[|·•]|[–—](?=\s))\s+/;
/** A person's name, as bylines write it: "Sofia Amaral", "Ana M. Lima", "Kevin Marsh and Ida Holm". */
const NAME = String.raw`\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?(?:\s+(?:de|da|van|von|di|del|le)?\s*\p{Lu}[\p{L}'’-]+){1,2}`;
const AUTHOR = new RegExp(String.raw`^(?:[Pp]osted|[Pp]ublished|[Ww]ritten)?\s*[Bb]y\s+(${NAME}(?:\s+(?:and|&)\s+${NAME})?)(?:,\s+([^,]{2,40}))?$`, 'u');
/** An outlet's name: capitalised words, one of them a newsroom's ("KNMX 7 News", "Amager Posten", "The Canadian Press"). */
export const OUTLET = /^(?!By\s)(?:The\s+)?(?:[\p{Lu}\d][\p{L}\d&.'’-]*\s+){0,3}(?:News|Press|Post|Posten|Times|Herald|Gazette|Courier|Tribune|Journal|Chronicle|Observer|Telegraph|Standard|Record|Review|Weekly|Daily|Radio|TV|Television|Broadcasting|Wire|Newswire|Media|Sentinel|Examiner|Advertiser|Mercury|Bulletin|Dispatch|Argus|Enquirer|Inquirer|Register|Monitor|Globe|Guardian|Independent|Express|Mail|Star|Echo|Leader|Reporter|Magazine|Reuters|AP|AFP|dpa)$/u;
/** "By The Scheldt Post with AP" -> "The Scheldt Post": the outlet, without the wire or agencies it credits. */
const bylineOutlet = (part: string): string => part.replace(/^[Bb]y\s+/, '').replace(/\s+(?:with|and)\s+(?:AP|Reuters|AFP|dpa|ANP|Belga|agencies|wires|wire services)$/, '');

/** "By Atlantic Newswire", "By Staff Reporters": a newsroom, not a person. */
const NEWSROOM = /\b(?:News|Newswire|Wire|Staff|Desk|Reporters?|Agency|Press|Media|Service|Team|Editors?|Correspondents?)$/;
/** "Posted on 2 October 2025 by Marta Quintela": date and author in one segment. */
const DATE_BY = /^(.*?\d{4}.*?)\s+by\s+(.+)$/;
const TIME = /^(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.))?(?:\s+[A-Z]{2,5})?$/i;
/** Segments that say nothing of the event: reading time, audio, agency credit, share buttons. */
const FURNITURE = /^(?:▶\s*)?(?:listen\b.*|\d+\s*min(?:ute)?s?(?:\s+read)?|with\s+(?:AP|AFP|Reuters|agencies|wires?|[A-Z][\w-]+)|updated\b.*|share\b.*|\d+\s+comments?|(?:local|world|national|breaking|business|sports?)\s+news)$/i;
const LABEL = /^(?:published|posted|first published|last updated|updated)\s*(?:on|at)?\s*:?\s*/i;
const TRAILING_TIME = /(?:,|\s+at)?\s+\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.))?(?:\s+[A-Z]{2,5})?$/i;

/** The date a segment gives ("Published 1 October 2025", "2 October 2025, 13:15"), and whether it is an update's. */
function dateOf(segment: string): { date: string; updated: boolean } | null {
  const updated = /^(?:last\s+)?updated\b/i.test(segment);
  // "Runcorn, 9 April 2025": a release's place line before its date.
  const bare = segment.replace(LABEL, '').replace(TRAILING_TIME, '').replace(/^\p{Lu}[\p{L}.'’ -]{1,30},\s+(?=\d|\p{Lu}\p{Ll}+ \d)/u, '');
  // The date must be all there is: "On Tuesday 18 November 2025, the rocket lifted off" is a sentence.
  if (bare.split(/\s+/).length > 5) return null;
  const date = parseAbsoluteDate(bare);
  return date ? { date, updated } : null;
}

/** What a byline strip says, or null when the line is not one. */
export function readByline(text: string): { author: string | null; date: string | null; outlet: string | null } | null {
  if (text.length > 200) return null;
  let author: string | null = null;
  let outlet: string | null = null;
  let date: string | null = null;
  let updatedDate: string | null = null;
  for (const raw of text.trim().split(SEPARATOR)) {
    const segment = raw.replace(/^[*_]+|[*_]+$/g, '').trim();
    const both = DATE_BY.exec(segment);
    const parts = both && dateOf(both[1]!) && AUTHOR.test(`by ${both[2]!}`) ? [both[1]!, `by ${both[2]!}`] : [segment];
    for (const part of parts) {
      const byline = AUTHOR.exec(part);
      const dated = byline ? null : dateOf(part);
      // "By Jordan Beltrán, KNMX 7 News": the outlet after the name; "Amager Posten · Local news · By …": before it.
      if (byline) (author ??= NEWSROOM.test(byline[1]!) ? null : byline[1]!), (outlet ??= byline[2] && OUTLET.test(byline[2]) ? byline[2] : null);
      else if (dated?.updated) updatedDate ??= dated.date;
      else if (dated) date ??= dated.date;
      else if (OUTLET.test(part) && !outlet) outlet = part;
      // "By Reuters | 7 May 2025": an agency in the author's place; "By The Scheldt Post with AP": the paper, with its wire.
      else if (/^[Bb]y\s+/.test(part) && OUTLET.test(bylineOutlet(part))) outlet ??= bylineOutlet(part);
      else if (!TIME.test(part) && !FURNITURE.test(part)) return null;
    }
  }
  if (!author && !date && !updatedDate && !(outlet && /^The\s|\bPress$/.test(outlet))) return null;
  return { author, date: date ?? updatedDate, outlet };
}

export const byline: CleanRule = (article) => {
  const drop = new Set<number>();
  let { author, textDate, masthead } = article;
  article.paragraphs.slice(0, 8).forEach((block, i) => {
    const found = readByline(block.text);
    if (!found) return;
    drop.add(i);
    author ??= found.author;
    textDate ??= found.date;
    masthead ??= found.outlet;
  });
  return { drop, rule: 'byline', patch: { author, textDate, masthead } };
};
