/** Drops photo captions and credits: "Photo: …", "… (Getty Images)", "Image credit: …", "An undated satellite image …". */
import type { CleanRule } from './rule.ts';

const CREDIT_LABEL = /\b(?:photo(?:graph)?|image|picture|illustration|video|footage)(?:\s+(?:credit|courtesy|source))?\s*:/i;
/** A photographer credited in another language or as "by": "Fot. Tomasz Wróbel / Dziennik", "Foto: ANP", "Photo by Ana Berg". */
const CREDIT_NAME = /(?:^|\s)(?:Fot\.|Foto:|Photo by|Photograph by)\s+\p{Lu}/u;
const AGENCY_CREDIT = /\((?:[^()]*\b(?:Getty|AFP|AP|Reuters|EPA|Shutterstock|Images?|Photos?|Photo|Pool|Handout|Anadolu|Sputnik|TASS|Xinhua)\b[^()]*)\)\s*$/;
const CAPTION_START = /^(?:(?:an?|the)\s+)?(?:(?:undated|file|handout|archive|aerial|satellite)\s+)*(?:photo(?:graph)?|image|picture|screenshot|still)s?\b(?:\s+(?:from|of|shows?|taken|released|provided|courtesy))/i;

export const caption: CleanRule = (article) => {
  const drop = new Set<number>();
  article.paragraphs.forEach((block, i) => {
    const t = block.text;
    if ((CREDIT_LABEL.test(t) || CREDIT_NAME.test(t)) && t.length < 400) drop.add(i);
    else if (AGENCY_CREDIT.test(t) && !/[.!?]["”’]?\s*\([^()]*\)\s*$/.test(t)) drop.add(i);
    else if (CAPTION_START.test(t)) drop.add(i);
    else if (/^(?:credit|source|photo|image)s?\s*[:|]/i.test(t)) drop.add(i);
  });
  return { drop, rule: 'caption' };
};
