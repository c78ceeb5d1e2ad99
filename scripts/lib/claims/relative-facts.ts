/**
 * Background facts told in passing: "The Waitemata Offshore Racing Club, which organizes the race,
 * denied …" also states that the club organizes the race. A non-restrictive relative clause after a
 * name or a definite noun phrase is a fact of its own, in the outlet's voice; the quote is the
 * verbatim span from the name to the end of the clause, the statement the name and the clause.
 */

export interface RelativeFact {
  start: number;
  end: number;
  /** Verbatim: text.slice(start, end). */
  quote: string;
  /** "The club organizes the race." */
  statement: string;
}

/** A name ("Andean Sky Rail", "Kumasi Metropolitan Stadia Authority (KMSA)") or "the pipeline", "the 38-kilometre line". */
const ANTECEDENT = String.raw`(?:\p{Lu}[\p{L}\d&’'.-]*(?:\s+(?:of\s+|for\s+|and\s+|the\s+|de\s+|del\s+)*\p{Lu}[\p{L}\d&’'.-]*)*(?:\s+\([\p{Lu}\d&-]{2,10}\))?|[Tt]he\s+(?:(?!(?:and|or)\s)[\p{Ll}\d-]+\s+){0,3}\p{Ll}+)`;

/**
 * ", which carries waste to the dam,": a clause with a verb, closed by a comma (or by the sentence's end).
 * Only "which": "X, a doctor from St. Louis, who treated …" is about a person an appositive away, and a
 * person's background ("who is also party chairman") joins their words too readily to stand alone.
 */
const RELATIVE = new RegExp(String.raw`(${ANTECEDENT}),\s+which\s+((?:is|was|are|were|has|had|have|runs?|owns?|operates?|carries|carried|holds?|organi[sz]es|manages?|lies|sits|serves?|supplies|employs|began|opened|takes|covers|leases?|handles?|represents?|oversees|built|[a-z]{3,}(?:ed|s))\b(?:(?![.!?]\s)[^,;:“”"()]){6,140}?)(?=,\s|[.;]\s*$|\s+[—–]\s)`, 'gu');

/** Words that open a sentence but are no name: "In Aguas Calientes, which …" is a place after a preposition. */
const NOT_A_NAME = /^(?:In|At|On|From|By|For|With|After|Before|Since|During|Near|Outside|Inside|Under|Over|To|And|But|Then|When|While|As|If)\s/;

/**
 * @example relativeFacts('The club, which organizes the race, denied it.')
 * // [{ start: 0, end: 34, quote: 'The club, which organizes the race', statement: 'The club organizes the race.' }]
 */
export function relativeFacts(text: string): RelativeFact[] {
  const out: RelativeFact[] = [];
  for (const m of text.matchAll(RELATIVE)) {
    let name = m[1]!;
    let start = m.index!;
    // "In Aguas Calientes, which …": the name after the preposition.
    const lead = NOT_A_NAME.exec(name);
    if (lead) {
      start += lead[0].length;
      name = name.slice(lead[0].length);
    }
    if (/^(?:It|This|That|These|Those|He|She|They|We|I)$/.test(name)) continue;
    // "The portal and the app, which have been down": the clause is about both, and the name is only the last.
    if (/(?:\band|\bor|,)\s+$/.test(text.slice(Math.max(0, start - 5), start))) continue;
    const clause = m[2]!.trim();
    const end = m.index! + m[0].length;
    const quote = text.slice(start, end);
    const subject = name.replace(/^the\s/, 'The ');
    out.push({ start, end, quote, statement: `${subject} ${clause}.` });
  }
  return out;
}
