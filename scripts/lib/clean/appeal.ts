/**
 * Drops donation, subscription and app appeals. They sit at the end of an article and are
 * phrased to the reader ("you", "support us", "become a patron"); once one starts,
 * the rest of the article is the appeal.
 */
import type { CleanRule } from './rule.ts';

const CUES: RegExp[] = [
  /\b(?:donate|donation|patreon|patron|paywall|crowdfund)/i,
  /\bsupport (?:us|our|independent|quality|the work|journalism)/i,
  /\b(?:subscribe|subscription|sign up|newsletter)\b/i,
  /\bbecome a (?:member|supporter|subscriber|co-creator|patron)/i,
  /\b(?:join|help) (?:us|our community)/i,
  /\breaders? like you\b/i,
  /\bcup of coffee\b/i,
  /\byou (?:could|can) close this page\b/i,
  /\b(?:help us|helps us) (?:produce|keep|continue|bring|do)/i,
  /\bour (?:small|independent)?\s*(?:team|newsroom|journalists?) (?:depends|relies)/i,
  /\bkeep (?:our|this) (?:reporting|journalism|site) (?:open|free)/i,
  /\b(?:download|get|install) (?:our|the) (?:free |new )?(?:\w+ )?app\b/i,
  /\b(?:breaking )?news alerts\b/i,
  /\bnear you\b/i,
  /\bat our [\w\s'’-]{1,40} (?:page|site|website|shop|store)\b/i,
  // "The Courier is on Facebook and X. Send news tips to newsdesk@…"
  /\bsend (?:us )?(?:your )?(?:news )?tips\b/i,
  /\b(?:is|are) on (?:Facebook|Instagram|TikTok|X|Twitter|Threads|Bluesky|WhatsApp)\b/,
  /\bfollow us\b/i,
];

/** Number of appeal cues in a paragraph; a second-person address counts once more. */
export function appealScore(text: string): number {
  let score = CUES.filter((cue) => cue.test(text)).length;
  if (score > 0 && /\byou(?:r)?\b/i.test(text)) score += 1;
  return score;
}

/** Speaks to the reader, as an appeal does; a news paragraph reports what others said or did. */
const ADDRESSES_READER = /\b(?:you|your|us|our|we|my)\b|(?:^|[.!:]\s+)[*_"“]*(?:please\s+)?(?:support|subscribe|donate|sign up|become|join|help|download|get|install|give|chip in|thanks for reading|send|follow)\b/i;
const REPORTS = /\b(?:said|says|added|told|according to)\b/i;
const speaksToReader = (text: string): boolean => ADDRESSES_READER.test(text) && !REPORTS.test(text);

export const appeal: CleanRule = (article) => {
  const drop = new Set<number>();
  const n = article.paragraphs.length;
  const firstTail = Math.floor(n * 0.5);
  for (let i = 0; i < n; i++) {
    const text = article.paragraphs[i]!.text;
    const score = appealScore(text);
    const inTail = i >= firstTail;
    // One cue is enough only in the tail and only addressed to the reader: "asked residents to donate blood" is news.
    if (score >= 2 || (score >= 1 && inTail && speaksToReader(text))) {
      if (inTail) for (let j = i; j < n; j++) drop.add(j);
      else drop.add(i);
      if (inTail) break;
    }
  }
  // An appeal often opens with a short line that has no cue ("You could close this page." is caught; others are not).
  const first = Math.min(...drop);
  if (Number.isFinite(first) && first > 0) {
    const before = article.paragraphs[first - 1]!.text;
    if (/\b(?:you|your)\b/i.test(before) && before.split(/\s+/).length < 15) drop.add(first - 1);
  }
  return { drop, rule: 'appeal' };
};
