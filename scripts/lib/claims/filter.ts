/**
 * What is not a claim: headings and labels, questions, calls to action, outlet
 * self-promotion, credits and press-release footers. Each rule is a small predicate.
 */

/** Calls to action and outlet chrome: never a claim about the event. */
const CHROME = new RegExp(
  [
    // The whole regex ignores case, so a name cannot be told by its capital: the platform tells it.
    String.raw`\bfollow (?:us|[\w ]{0,30}? on (?:twitter|x|facebook|instagram|threads|bluesky|tiktok|youtube|linkedin|mastodon|telegram|whatsapp|social media))\b`,
    String.raw`\bdownload (?:the|our)\b`,
    String.raw`\bsubscribe\b`,
    String.raw`\bsign up\b`,
    String.raw`\bsubscribers? only\b`,
    String.raw`\bour standards\b|\btrust principles\b|\beditorial (?:standards|guidelines|code)\b`,
    String.raw`^(?:correction|clarification|editor['’]s note)\s*:`,
    String.raw`\ban earlier version of this (?:article|story|report|post)\b|^an earlier version (?:of this \w+ )?(?:misspel|misstat|mis\w+|incorrectly|wrongly|said|gave|stated|named|referred|described)`,
    String.raw`\bthis is a (?:developing|breaking) story\b|\bthis story is developing\b|\bmore to follow\b|\bcheck back (?:later |soon )?for updates\b`,
    String.raw`\b(?:have|got) a (?:news )?tip\b|\bsend us your\b`,
    String.raw`\blisten to this (?:article|story)\b|\b\d+\s*min(?:ute)?s? read\b`,
    String.raw`\bwe use cookies\b|\bprivacy policy\b|\bterms of (?:use|service)\b|\bskip to (?:main )?content\b`,
    String.raw`\b(?:join the conversation|leave a comment|comments? \(\d+\))`,
    String.raw`^(?:advertisement|sponsored(?: content)?|paid partnership)\b`,
    String.raw`\bfree to read\b`,
    // "Tell us your story", "please contact us": asked of the reader; "sources tell us the alarms went off" reports.
    String.raw`(?:^|\b(?:please|can|could|to|and|or|then)\s+)(?:tell|contact|email|e-mail|message|write to|text) us\b`,
    String.raw`\bget in touch\b`,
    String.raw`\b(?:contains?|includes?|with) (?:material|reporting) from\b`,
    String.raw`\bnewsletter\b`,
    String.raw`\bclick (?:here|for)\b`,
    String.raw`\bread (?:more|also)\b`,
    String.raw`^(?:watch|video|photo|photograph|picture|pictured|image|listen|live|related|see also|update)(?:\s+(?:caption|credit|source))?\s*[:|]`,
    String.raw`\bbuy (?:me|us) a coffee\b|\bkeep the (?:site|blog|lights) (?:running|on)\b|\bko-fi\b|\bpatreon\b`,
    String.raw`\blive updates\b`,
    // The outlet about itself: "X is independent and owned by no party", "The original article appeared in the print edition of X".
    String.raw`\bowned by no (?:party|one|company|corporation|government)\b|\bis (?:editorially )?independent and (?:owned|funded)\b|\b(?:this|the original) (?:article|story|report|interview) (?:first |originally )?appeared in\b|\bappeared in the print edition\b`,
    // "Listen live: CCB News on 94.5 FM", "Updated 9 February 2025, 8:14am", "Never miss a story: get … in your inbox".
    String.raw`^(?:listen|watch|tune in) (?:live|now|again)\b|^(?:last )?updated:?\s+(?:on\s+)?(?:\d{1,2}\s+[a-z]+\s+\d{4}|[a-z]+\s+\d{1,2},?\s+\d{4}|\d{4}-\d\d)|\bin your inbox\b|\bnever miss a (?:story|thing|beat|headline)\b`,
    // "Watch GeoNews 24 live on channel 9 or stream us on the app": the broadcaster's own plug.
    String.raw`^watch\b[^.]{0,60}\blive\b|\bstream us\b|\bon (?:our|the) [\w ]{0,30}\bapp\b`,
    String.raw`\ball rights reserved\b`,
    String.raw`\bcopyright\b`,
    String.raw`\bthis (?:article|report|story) (?:is|was) based on\b`,
    String.raw`\bcontributed (?:to )?this report\b`,
    String.raw`\b(?:reporting|editing|writing) by\b`,
    String.raw`\bfor more information\b`,
    // A release's service lines: "In an emergency, call 191.", "Clients with questions should contact …", "Further updates will be published at …".
    String.raw`^in (?:an|case of|the event of an?) emergency,? (?:please )?(?:call|dial|contact)\b|\b(?:call|dial) [^.]{0,30}\bin an emergency\b|\bwith (?:any )?questions,? (?:should|can|may|please) contact\b|\bfurther (?:updates|information) will be (?:published|posted|issued|provided|shared|made available)\b`,
    String.raw`\bmedia (?:contact|enquiries|inquiries)\b`,
    String.raw`\bdonat(?:e|ion)\b`,
    String.raw`\breader[- ](?:supported|funded)\b`,
    String.raw`\bbecom(?:e|ing) a (?:supporter|member|subscriber|patron)\b|\bconsider supporting\b`,
    String.raw`\bsupport (?:us|our (?:work|journalism|reporting))\b|^support (?:the )?[\w' ]{2,40} (?:for|from) (?:[$€£]|[A-Z][a-z]{0,2}\s?)?\d|\bkeep (?:community |local |independent |public-interest )?(?:journalism|reporting|news) (?:alive|going|free)\b`,
    String.raw`\bbecome a (?:patron|member|subscriber)\b`,
    String.raw`\bjoin our\b`,
    String.raw`\bshare this\b`,
    String.raw`\b(?:we|i) will keep (?:updating|you updated)\b`,
    String.raw`\bthis (?:page|story|article|post|report|blog|live page) (?:will be |is being |has been |was |is )?(?:last |first |regularly )?(?:updated|amended|corrected)\b`,
    String.raw`^(?:good (?:morning|afternoon|evening)|hello|hi)[,!]? (?:and )?welcome to (?:our|the)\b`,
    String.raw`^welcome to (?:our|the) (?:live|rolling|continuing)\b`,
    String.raw`\bwill update this (?:page|story|article|report)\b`,
    String.raw`\bno longer being updated\b|^last updated\b|\b(?:our|the) original (?:story|article|report) (?:follows|is below)\b|^earlier (?:story|report) below\b`,
    String.raw`^this is a (?:preliminary|provisional|developing) (?:report|account|summary)\b|\bdetails may change\b`,
    String.raw`\bmay not be (?:published|reproduced|redistributed)\b`,
    String.raw`\b(?:visit|see) www\.`,
    String.raw`\b(?:image|photo) credit\b`,
    String.raw`\bairs (?:tonight|at \d)`,
    String.raw`\bwill bring you\b`,
    String.raw`\b(?:our|this) (?:\d+\s*(?:a\.m\.|p\.m\.)\s*)?(?:bulletin|newscast|broadcast|app|website|podcast)\b`,
    String.raw`\bclose this page\b`,
    String.raw`\bour (?:reporting|journalism|team|community)\b`,
    String.raw`\breaders like you\b`,
    String.raw`\bcost of (?:one|a) cup of coffee\b`,
    String.raw`^(?:disclaimer|disclosure)\s*:|\b(?:views|opinions) (?:expressed )?(?:here |in this (?:post|piece|article|blog|column) )?are (?:my|our|his|her|their|the author['’]s|the writer['’]s) own\b|\bdo not necessarily reflect\b`,
    String.raw`\bthat(?:['’]s| is) (?:all|it) from (?:us|me)\b|^(?:that|this)(?:['’]s| is| concludes| ends) (?:the end of |the last of |it for )?(?:the|our|this|today['’]s) (?:press conference|briefing|news conference|coverage|live (?:page|blog|coverage)|updates)(?: (?:for|from) (?:today|tonight|now|us))?[.!]?$|\b(?:we(?:['’]re| are)|we have) (?:pausing|ending|closing|paused|ended|closed) (?:our|this) (?:live )?(?:coverage|page|blog)\b|\bthis live (?:page|blog) (?:is|has) (?:now )?(?:closed|ended)\b|\b(?:leave|end|pause|close|wrap up)\s+(?:our|this)\s+(?:live\s+)?(?:coverage|page|blog|updates)\b`,
    String.raw`\bour (?:[\w-]+\s+)?(?:reporters?|correspondents?|team|colleagues|editors?)\b[^.]{0,60}\bwill (?:follow|continue|keep|bring|be back|return|have)\b`,
    // A columnist's note about herself: "X is a former finalist who writes about athletics".
    String.raw`\bwho writes (?:about|on|for|a column)\b|\bis an? (?:[\w-]+\s+){0,4}(?:columnist|contributing writer|contributor)\b`,
  ].join('|'),
  'i',
);

/** A press-release footer starts here: "About Rio Azul", "Media contact", "###". */
export function startsFooter(text: string): boolean {
  const t = text.trim();
  return /^(?:About (?:the )?\p{Lu}[\p{L}\d_ .,&'’/-]{1,60}|###|-{3,}|\*{3,}|_{3,}|Media contact:?.*|Notes (?:to|for) editors:?|Contact:?|Ends|ENDS)$/u.test(t) || /^About (?:the )?\p{Lu}[\p{L}\d_.&'’/-]*(?:\s+\p{Lu}[\p{L}\d_.&'’/-]*){0,5}:\s/u.test(t);
}

/** Does the sentence end as a sentence does? Headlines, labels and list items do not. */
export const terminated = (text: string): boolean => /[.!…](?:\s*["”’'»)\]])*$/.test(text.trim()) || /[.!?]["”’']\s*$/.test(text.trim());

export const isQuestion = (text: string): boolean => /\?["”’'»)]*$/.test(text.trim());

export const isChrome = (text: string): boolean => CHROME.test(text);

/** Rhetoric and transitions that state nothing checkable. */
const RHETORIC = /^(?:here(?:'s| is| are) (?:what|how|why)|what we know(?!(?: so far)?:\s+(?:\S+\s+){4})|that is (?:more than|less than)|this is why|the question (?:is|remains)|time will tell|only time)/i;

/**
 * Is this sentence a candidate for claims at all?
 * @example isClaimSentence('Why does this keep happening?') // false
 */
export function isClaimSentence(text: string, point = false): boolean {
  const t = text.trim();
  // A list item states a point without a full stop; a short one is a label.
  if (!terminated(t) && !(point && t.split(/\s+/).length >= 5) || isQuestion(t)) return false;
  if (isChrome(t) || RHETORIC.test(t)) return false;
  const words = t.split(/\s+/).length;
  // "Nobody was hurt.": three words with a verb state a fact.
  return words >= 4 || /\d/.test(t) || words === 3 && /\b(?:was|were|is|are|has|have|had|died|survived|escaped)\b/i.test(t);
}
