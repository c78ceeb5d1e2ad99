/**
 * A speaker's correction of a slip, found and applied so the statement never repeats the slip:
 * "…to Africa. Excuse me, not Africa but Russia", "in Runcorn in February. Sorry, not February,
 * the last week of January", "at 11:42 — I'm sorry, 11:24 — and we …", "from four — sorry, five — customers".
 * When the speaker does not say what was wrong, the slip is the last phrase before of the same
 * shape as the correction: a number, a day or month, a phrase with the same first or last word, a name.
 */
import { escapeRegExp } from './escape-regexp.ts';

export interface Correction {
  /** What the speaker got wrong, as written before the correction. */
  wrong: string;
  /** What they meant. */
  right: string;
}

/** "Sorry," "— I'm sorry," "No, sorry," "Excuse me, not …": an apology that corrects, never "we are deeply sorry for …". */
const MARKER = /(?:^|(?<=[.!?]["”’']?\s+)|(?<=["“‘]\s*)|(?<=[—–-]\s*))(?:(?:no|oh|so),\s*)?(?:I[’']m\s+|I\s+am\s+)?(?:sorry|excuse\s+me|pardon\s+me|I\s+mean|correction)(?:\s*[,:—–-]+\s*|\s+(?=not\s))/i;
/** The wrong phrase the speaker names: "not Porto but", "not in Krosno,", "not the school –". */
const NOT_WRONG = /^not\s+((?:[^,;:—–.]|\.(?=\d))+?)(?:\s*,\s*but\s+|\s+but\s+|\s*[,;:]\s*|\s*[—–]\s*|\s+-\s+)/i;
/** Where a replacement phrase ends: a comma, colon, dash or sentence end. */
const PHRASE_END = /\s*(?:,(?!\d{3})|;|:(?!\d)|[—–]|\s-\s|[.!?](?!\d)|["”’](?=\s|$)|$)/;
const NUMBER = String.raw`\b(?:\d[\d,.:]*\d|\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)\b`;
const isNumber = (word: string): boolean => new RegExp(`^${NUMBER}$`, 'i').test(word);
const DAY_OR_MONTH = String.raw`\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b`;
const PREPOSITION = /^(?:in|on|at|to|from|since|by|for|of)\s+/i;
const CLAUSE_VERB = /\b(?:is|are|was|were|has|have|had|will|would|did|does)\b/;

/** [start, end) of the last match of `re` in `text`, or null. */
function lastOf(text: string, re: RegExp): [number, number] | null {
  const all = [...text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))];
  const m = all.at(-1);
  return m ? [m.index, m.index + m[0].length] : null;
}

/** Where the slip sits in the text before the correction. */
function findWrong(before: string, wrong: string | null, right: string): [number, number] | null {
  if (wrong) {
    const bare = wrong.replace(PREPOSITION, '').replace(/^the\s+/i, '');
    return lastOf(before, new RegExp(String.raw`\b${escapeRegExp(wrong)}\b`, 'i')) ?? lastOf(before, new RegExp(String.raw`\b${escapeRegExp(bare)}\b`, 'i'));
  }
  const words = right.replace(PREPOSITION, '').split(/\s+/);
  const first = words[0]!;
  const last = words.at(-1)!;
  // "Pier 21 — sorry, Pier 22": the same first word, as many words.
  if (words.length > 1 && !/^(?:the|a|an)$/i.test(first)) {
    const at = lastOf(before, new RegExp(String.raw`\b${escapeRegExp(first)}(?:\s+\S+){${words.length - 1}}`, 'i'));
    if (at) return [at[0], at[0] + before.slice(at[0], at[1]).replace(/[,.;:!?]+$/, '').length];
  }
  // "the eastern runway – sorry, the western runway": the same head noun, as many words.
  if (words.length > 1 && !isNumber(last)) {
    const at = lastOf(before, new RegExp(String.raw`(?:\S+\s+){${words.length - 1}}${escapeRegExp(last)}\b`, 'i'));
    if (at) return at;
  }
  if (isNumber(first)) return lastOf(before, new RegExp(NUMBER, 'i'));
  if (new RegExp(`^${DAY_OR_MONTH}$`).test(first)) return lastOf(before, new RegExp(DAY_OR_MONTH));
  if (/^\p{Lu}/u.test(first)) return lastOf(before, /(?<=\s)\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*/gu);
  return null;
}

/** Where the speaker's apology that corrects a slip begins, or -1. */
export const correctionAt = (text: string): number => MARKER.exec(text)?.index ?? -1;

/** The correction in a text, if the speaker makes one. */
export function findCorrection(text: string): Correction | null {
  const marker = MARKER.exec(text);
  if (!marker) return null;
  const rest = text.slice(marker.index + marker[0].length);
  const named = NOT_WRONG.exec(rest);
  const right = (named ? rest.slice(named[0].length) : rest).split(PHRASE_END)[0]!.trim();
  if (!right) return null;
  const at = findWrong(text.slice(0, marker.index), named?.[1]?.trim() ?? null, right);
  const wrong = named?.[1]?.trim() ?? (at ? text.slice(at[0], at[1]) : null);
  return wrong ? { wrong, right } : null;
}

/** `right` without the words it opens with that `lead` already ends with ("inspected in" + "inspected in 2024" -> "2024"). */
function withoutOverlap(lead: string, right: string): string {
  const end = lead.trim().split(/\s+/);
  const start = right.trim().split(/\s+/);
  for (let k = Math.min(6, end.length, start.length - 1); k > 0; k--) {
    if (end.slice(-k).join(' ').toLowerCase() === start.slice(0, k).join(' ').toLowerCase()) return start.slice(k).join(' ');
  }
  return right;
}

/**
 * The text as the speaker meant it: the slip replaced, the apology and the correction gone.
 * @example applyCorrection('"The bridge opens on Tuesday. Sorry, Wednesday."') // '"The bridge opens on Wednesday."'
 */
export function applyCorrection(text: string): string {
  const marker = MARKER.exec(text);
  if (!marker) return text;
  const start = marker.index;
  const aside = /[—–-]\s*$/.test(text.slice(0, start));
  // Before an aside ("at 11:42 — sorry, 11:24 —"), the text up to its dash; before a sentence, up to its full stop.
  let before = aside ? text.slice(0, start).replace(/\s*[—–-]\s*$/, '') : text.slice(0, start).replace(/\s*[.!?]["”’']?\s*$/, '');
  const rest = text.slice(start + marker[0].length);
  const named = NOT_WRONG.exec(rest);
  const said = named ? rest.slice(named[0].length) : rest;
  // An aside runs to its closing dash; a sentence's correction is one phrase, its tail kept ("16: two more arrived").
  const close = aside ? /\s*[—–]\s*|\s+-\s+/.exec(said) : null;
  let right = close ? said.slice(0, close.index) : said.split(PHRASE_END)[0]!;
  let tail = close ? ` ${said.slice(close.index + close[0].length)}` : said.slice(right.length);
  // "not Saturday, it was Sunday night": the value the cleft points at.
  right = right.trim().replace(/^it(?:\s+(?:was|is)|[’']s)\s+/i, '');
  const at = right ? findWrong(before, named?.[1]?.trim() ?? null, right.split(PHRASE_END)[0]!) : null;
  if (!at) return named ? `${before}${before ? ' ' : ''}${said}`.trim() : text;
  // "not Lisbon – the contractor is based in Maia": the correction is a clause of its own; it replaces the slip's sentence.
  if (CLAUSE_VERB.test(right) && !CLAUSE_VERB.test(text.slice(at[0], at[1]))) return `${right.charAt(0).toUpperCase()}${right.slice(1)}${tail}`;
  const lead = before.slice(0, at[0]);
  // "resignation on Tuesday. Sorry, not Tuesday, on Wednesday": one "on".
  const prep = PREPOSITION.exec(right)?.[0];
  if (prep && new RegExp(String.raw`\b${escapeRegExp(prep.trim())}\s*$`, 'i').test(lead)) right = right.slice(prep.length);
  // "was inspected in 2022. Sorry, it was inspected in 2024": the words the correction repeats before the value are said once.
  right = withoutOverlap(lead, right);
  // Words after the slip stay ("in Porto last year"); a later sentence the apology interrupted does not ("And I wouldn't —").
  let between = before.slice(at[1]);
  // "the school in Hansnes — sorry, the community hall in Hansnes": what the correction repeats is said once.
  const repeated = between.replace(/[.!?"”’']+$/, '').trim();
  if (repeated && right.endsWith(repeated)) between = between.slice(between.indexOf(repeated) + repeated.length);
  const cut = /[.!?]["”’']?\s+/.exec(between);
  if (cut) (between = between.slice(0, cut.index + 1)), (tail = tail.replace(/^\s*[.!?]/, ''));
  // '…to Izola," the minister said, before correcting himself: "Sorry, not Izola but Koper, …"': the slip's sentence, mended, is enough.
  const intro = /,?\s+[^"“”,]*:\s*["“]$/.exec(between);
  if (intro) (between = `${between.slice(0, intro.index)}.`), (tail = '');
  before = `${lead}${right}${between}`;
  return `${before}${tail}`.replace(/\s+([,.;:!?])/g, '$1').replace(/([.!?])\s*\.(?=["”’']?(?:\s|$))/g, '$1').replace(/\s{2,}/g, ' ').trim();
}
