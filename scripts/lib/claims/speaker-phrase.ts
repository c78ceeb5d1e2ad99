/**
 * The shape of a speaker phrase, before anyone is looked up: the phrase tidied of openings
 * ("Speaking to reporters, …", "Late on Tuesday"), its head up to the first comma, and whether
 * it is a noun phrase at all rather than a clause, a count or an adverbial.
 */

/** Words that cannot be in a speaker's noun phrase: it would be a clause. */
const CLAUSE_WORD = /^(?:is|are|was|were|be|been|has|have|had|will|would|could|can|may|might|must|should|do|does|did|which|who|whom|what|where|when|that|if|because|while|it|this|there|not)$/i;
/** A count of things ("About 2,000 homes", "300"): never a speaker; "112 Norte y Sur" is a name. */
const NUMBER_PHRASE = /^(?:(?:about|around|some|nearly|almost|roughly|approximately|more than|fewer than|less than|at least|over|up to|only|just)\s+)?\d[\d.,]*(?:\s+[a-z]|$)|^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundreds|thousands|dozens|most|many|some|half|all)\s+of\s+(?:the|them|those|these)\b/i;

/** A phrase that opens with a preposition or a time ("According to X", "Early on Monday", "Two days later"): no speaker. */
const ADVERBIAL = /^(?:according|after|before|during|since|following|until|despite|early|late|earlier|later|last|yesterday|today|tonight|overnight|by|from|in|on|at|for|with)\b|^(?:\w+\s+){1,2}(?:later|earlier|ago)\b|^(?:this|last|next)\s+(?:morning|afternoon|evening|night|week|month|year)\b/i;

/** The phrase up to its first comma; a thousands separator ("2,300") is no comma. */
export const headOf = (phrase: string): string => phrase.replace(/(\d),(?=\d{3}\b)/g, '$1').split(',')[0]!.trim();

/** Is this phrase a noun phrase (a speaker), not a clause? */
export function nounPhrase(phrase: string): boolean {
  const head = headOf(phrase);
  if (NUMBER_PHRASE.test(head) || ADVERBIAL.test(head)) return false;
  const words = head.split(/\s+/);
  if (words.length === 0 || words.length > 12) return false;
  return !words.some((w) => CLAUSE_WORD.test(w) || (/^[a-z]+(?:ed|ing)$/.test(w) && !/^(?:unnamed|named|united|based|familiar|involved)$/.test(w)));
}

/** "figures published by the X": the publisher speaks; "documents seen by a newspaper": the documents do, and who holds them goes beside. */
const PUBLISHED_BY = /^(?:(?:the|a|an|new|latest|official)\s+)*(?:[a-z-]+\s+){0,2}(?:figures|data|statistics|numbers|estimates|records|report|statement|bulletin|count|tally)\s+(?:published|released|issued|compiled|provided|supplied|posted)\s+by\s+(.+)$/i;
export const SEEN_BY = /^(?:the\s+|but\s+)*((?:[a-z-]+\s+){0,3}(?:documents|papers|records|emails|files|minutes|reports|letters|drawings|logs))\s+((?:seen|obtained|reviewed|examined|held|kept)\s+by)\s+([^,;]+)/i;

/** A time at the start of a sentence: "Late on Tuesday", "This morning", "Two days later". */
const TIME_OPENING = /^(?:(?:early|late|earlier|later)\s+(?:on\s+)?(?:\w+day|that day|the same day)(?:\s+(?:morning|afternoon|evening|night))?|(?:this|last|that|on\s+\w+day)\s+(?:morning|afternoon|evening|night)|(?:\w+\s+)?(?:minutes?|hours?|days?|weeks?)\s+(?:later|earlier|ago))\s*,?\s+/i;

/** "Speaking to reporters outside the court, the councillor said": the opening clause is no part of the speaker. */
const PARTICIPLE_OPENING = /^(?:speaking|writing|talking|responding|replying|asked|interviewed|addressing|appearing|visiting)\b[^,]{0,120},\s*/i;
/** A title written before a surname without a full stop, as British and Australian papers do: "Ms Fennimore", "Cr Tulloch". */
export const HONORIFIC_PREFIX = /^(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Cr|Cllr|Sen|Rep|Gov|Gen|Col|Capt|Sgt|Det|Insp|Supt|Rev|Fr|Sir|Dame|Lord|Lady)\.?\s+(?=\p{Lu})/u;

/**
 * A speaker phrase without what opens or closes it but names nobody: "Speaking to reporters, the mayor" -> "the mayor".
 * @example tidy('Late on Tuesday, the ministry') // 'the ministry'
 */
export function tidy(phrase: string): string {
  const published = PUBLISHED_BY.exec(phrase.trim());
  if (published) return tidy(published[1]!);
  return phrase
    .trim()
    .replace(PARTICIPLE_OPENING, '')
    // "UPDATE, Sunday 10:15 a.m.: The sheriff's office says": a label before a colon is no part of the speaker.
    .replace(/^(?:[^:]|:(?=\d)){1,40}:\s+(?=\p{Lu})/u, '')
    .replace(/^(?:and|but|so|also|then|meanwhile|additionally|however|earlier|later|previously|now|again|while|whereas|although|though)[,\s]+/i, '')
    .replace(/^(?:on|in)\s+(?:\w+day|the\s+\w+)\s*,?\s+/i, '')
    .replace(TIME_OPENING, '')
    // "(On) Tuesday the prosecution office put …": a day before the subject is no part of it.
    .replace(/^(?:(?:early|late)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)(?:\s+(?:morning|afternoon|evening|night))?\s*,?\s+(?=the\s|\p{Lu})/iu, '')
    .replace(/\s+(?:also|recently|later|earlier|previously|again|on \w+day|\w+day)$/i, '')
    // "inspectorate data", "police figures": the body whose numbers they are.
    .replace(/(?<=\S)\s+(?:data|figures|statistics|records|numbers)$/i, '')
    .replace(/[’']s$/, '')
    .trim();
}
