/**
 * Does a claim's text assert a proposition? Its clauses, each with the words of what happened
 * (denial paraphrases folded, no figures or reporting words) and whether it asserts them or only
 * supposes, predicts or mentions them ("if they fight…", "could travel", "regarding the deployment").
 */
import { contentTokens } from './tokens.ts';

/** Extra paraphrases of what denials are about: being somewhere is having been sent there. */
const DENIAL_CONCEPTS: Record<string, string> = {
  deployment: 'move', movement: 'move', presence: 'move', present: 'move', arrive: 'move', arrival: 'move', head: 'move',
  talk: 'negotiate', negotiation: 'negotiate', negotiating: 'negotiate',
  employee: 'worker', employ: 'worker', hire: 'worker', contractor: 'worker',
  force: 'soldier',
  // "denied delaying the reports" answers "waited five weeks before reporting".
  wait: 'postpone',
};
/** Words of reporting and knowing: what a sentence says is known, not what happened ("confirmed the existence of evidence of X" is X). */
const REPORT_WORDS = new Set('confirm confirmation evidence existence report assess assessment claim believe indicate show reveal identify know learn suggest accusation accuse allege allegation announcement announce state statement'.split(' '));
/** Connectives the token list keeps that say nothing of what happened. */
const CONNECTIVES = new Set('since despite across among within upon toward towards though although yet still far ago'.split(' '));
/** The words of a proposition: what happened, without figures or reporting words. */
export const propositionOf = (tokens: Iterable<string>): Set<string> => new Set([...tokens].filter((t) => !REPORT_WORDS.has(t) && !CONNECTIVES.has(t) && !/\d/.test(t)));
/** Phrases that say one thing in different words: "out of action", "out of service" and "out of use" are one state. */
const PHRASE_CONCEPTS: [RegExp, string][] = [
  [/\bout\s+of\s+(?:action|service|use|order|operation|commission)\b/gi, 'inoperative'],
  // "sat on reports for weeks": held them back, delayed them.
  [/\b(?:sat|sit|sits|sitting)\s+on\b/gi, 'delayed'],
];
const folded = (text: string): string => PHRASE_CONCEPTS.reduce((t, [re, word]) => t.replace(re, word), text);
export const tokensOf = (text: string): Set<string> => new Set(contentTokens(folded(text)).map((t) => DENIAL_CONCEPTS[t] ?? t));
export const setOf = (tokens: readonly string[]): Set<string> => new Set(tokens.map((t) => DENIAL_CONCEPTS[t] ?? t));

/** Markers that a clause supposes, predicts, plans or doubts what it says rather than asserting it. */
/** Case-sensitive past a first capital, so that the month "May" and the name "Will" are not modals. */
export const HYPOTHETICAL = /\b(?:[Ii]f|[Uu]nless|[Ww]ould|[Cc]ould|[Mm]ight|may|will|[Ss]hall|[Ss]hould|expected to|[Ee]xpects? to|[Pp]lans? to|[Pp]lanning to|[Ii]ntends? to|[Ll]ikely to|[Pp]ossible|[Pp]ossibly|[Pp]otential(?:ly)?|[Pp]robability|[Uu]nclear|[Ww]hether|to be seen)\b|['’]ll\b/;
/** Clause openers that make a clause a circumstance, a topic or an attribution, not what the sentence asserts. */
export const SUBORDINATE = /^[“"'‘(]*(?:if|unless|whether|regarding|concerning|about|as to|in case|according to)\b/i;
/** Where a sentence splits into clauses: punctuation, and before words that open a dependent clause or a topic. */
export const CLAUSE_BREAK = /\s*[,;:](?=\s|$)\s*|\s+(?=(?:if|unless|regarding|concerning|about|despite|because|who|which|saying|warning|adding|noting|indicating)\b)/i;

/** A clause of a claim with its denial-normalised tokens, and whether it asserts what it says. */
interface Clause {
  tokens: Set<string>;
  asserted: boolean;
  /** Does the clause hold a number (a count)? */
  figure: boolean;
  /** Its words that are neither names, numbers nor reporting words: what the clause says happened. */
  plain: Set<string>;
}

/** The words of a text that are neither names (capitalised after its first word), numbers nor reporting words. */
function plainWords(text: string): Set<string> {
  const names = tokensOf((text.trim().slice(1).match(/\b[A-Z][\w’'-]*/g) ?? []).join(' '));
  return propositionOf([...tokensOf(text)].filter((t) => !names.has(t)));
}

const clauseCache = new Map<string, Clause[]>();
/** The clauses of a text, each with whether it asserts (neither hypothetical nor subordinate). */
function clausesOf(text: string): Clause[] {
  let got = clauseCache.get(text);
  if (!got) {
    got = text.split(CLAUSE_BREAK).filter((c) => /\w/.test(c)).map((c) => ({ tokens: tokensOf(c), asserted: !HYPOTHETICAL.test(c) && !SUBORDINATE.test(c.trim()), figure: /\d/.test(c), plain: plainWords(c) }));
    if (clauseCache.size > 20_000) clauseCache.clear();
    clauseCache.set(text, got);
  }
  return got;
}

/**
 * How a claim's text states a proposition: the clause holding most of its words decides.
 * `cover` is the share of the proposition's words in that clause, `density` the share of the
 * clause's words that are the proposition's; `asserted` is false when that clause only supposes,
 * predicts or mentions it ("if they fight…", "could travel", "regarding the deployment").
 */
export function statesIn(text: string, proposition: ReadonlySet<string>): { cover: number; density: number; asserted: boolean; figure: boolean } {
  let best = { cover: 0, density: 0, asserted: false, figure: false };
  for (const c of clausesOf(text)) {
    const shared = [...proposition].filter((t) => c.tokens.has(t)).length;
    const cover = proposition.size ? shared / proposition.size : 0;
    if (cover > best.cover) best = { cover, density: c.plain.size ? Math.min(1, shared / c.plain.size) : 0, asserted: c.asserted, figure: c.figure };
  }
  return best;
}

/** The tokens of the clause of a text that holds most of a proposition. */
export function statesTokens(text: string, proposition: ReadonlySet<string>): Set<string> {
  let best: Clause | undefined;
  let most = -1;
  for (const c of clausesOf(text)) {
    const n = [...proposition].filter((t) => c.tokens.has(t)).length;
    if (n > most) [best, most] = [c, n];
  }
  return best?.tokens ?? new Set();
}

/** The words a sentence asserts (its asserted clauses), or null when it only supposes or predicts. */
export function assertedTokens(text: string): Set<string> | null {
  const asserted = clausesOf(text).filter((c) => c.asserted && c.tokens.size >= 2);
  return asserted.length ? new Set(asserted.flatMap((c) => [...c.tokens])) : null;
}
