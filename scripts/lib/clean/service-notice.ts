/**
 * Drops public-service notices addressed to the reader: a helpline, contact line or website to
 * call, contact or visit ("Anyone with information should call police on 101.", "If you are
 * affected, visit example.org."). They tell the reader what to do; they report nothing.
 */
import { wordCount, type CleanRule } from './rule.ts';

/** Who the notice addresses: the reader, or anyone in a described situation. */
const ADDRESSEE = /^(?:anyone|anybody|those|people|members of the public|readers?|you|if you|if anyone|for (?:help|support|advice|updates|details|more (?:information|details)|information)|to (?:report|contact|donate|find out))\b|^(?:call|ring|phone|contact|visit|text|email|e-mail)\b/i;
/** Anyone else invited to act: "Family members seeking information may call …". */
const ASKED = /\b(?:may|should|can|are (?:asked|urged|advised|encouraged) to)\s+(?:call|ring|phone|contact|visit|text|email)\b/i;
/** The action asked of the reader. */
const ACTION = /\b(?:call|ring|phone|contact|visit|text|email|e-mail|go to|get in touch with|report (?:it|this|them)? ?to)\b/i;
/** Where to reach: a phone number, a website or an email address, maybe with its hours ("…, open around the clock"). */
const CONTACT = /\b(?:on|at|via|to|is|:)?\s*(?:\+?\d[\d\s()-]{5,}\d|[\w.-]+@[\w-]+(?:\.[\w-]+)+|(?:https?:\/\/|www\.)\S+|[\w-]+(?:\.[\w-]+)*\.(?:org|com|gov|net|uk|info|example)(?:\/\S*)?)(?:,\s*(?:open|available|staffed|free|from|daily|24)[^,.]{0,40})?\s*\.?$/i;

/** Is this one sentence a service notice for the reader? */
/** "For current road conditions, visit DriveBC.": where to look, for the reader. */
const WHERE_TO_LOOK = /^For (?:current|the latest|up-to-date|live|more|further|full) [^,]{3,60}, (?:visit|see|check|go to|call|follow) [^.]{2,60}\.?$/;

/** "Up-to-date information on train services is available at bkr.example/news and on the hotline.": where to look. */
const AVAILABLE_AT = /^(?:(?:Up-to-date|Current|Latest|Live|More|Further|Full)\s+)?(?:information|updates|details|travel advice)\b[^.]{0,60}\b(?:is|are)\s+available\s+(?:at|on|from|via)\b/i;

export function isServiceNotice(sentence: string): boolean {
  const t = sentence.trim();
  if (WHERE_TO_LOOK.test(t) || (AVAILABLE_AT.test(t) && wordCount(t) <= 30 && CONTACT.test(t.replace(/\s+and\s+(?:on|at|via)\s+[^.]*\.?$/, '.')))) return true;
  return wordCount(t) <= 40 && (ADDRESSEE.test(t) || ASKED.test(t)) && ACTION.test(t) && CONTACT.test(t);
}

export const serviceNotice: CleanRule = (article) => {
  const drop = new Set<number>();
  const replace = new Map<number, string>();
  article.paragraphs.forEach((block, i) => {
    const sentences = block.text.split(/(?<=[.!?])\s+(?=[A-Z"“])/);
    // A notice closes a paragraph: trailing notices go, and the paragraph with them if nothing is left.
    let end = sentences.length;
    while (end > 0 && isServiceNotice(sentences[end - 1]!)) end--;
    if (end === 0) drop.add(i);
    else if (end < sentences.length) replace.set(i, sentences.slice(0, end).join(' '));
  });
  return { drop, replace, rule: 'service-notice' };
};
