/**
 * Dates in article text, normalised to YYYY-MM-DD. Relative dates ("Wednesday",
 * "this October") resolve backwards from the publication date: news reports the past;
 * after words of the future ("will resume on Monday", "until Tuesday") they resolve forwards.
 * Each date is told apart as the date of the event or the date of the statement ("said on Monday").
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;
const monthIndex = (word: string): number => MONTHS.findIndex((m) => m.startsWith(word.toLowerCase().replace('.', '').slice(0, 3))) + 1;
const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

function valid(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= lastDay(y, m);
}

/** A whole-string absolute date: "2024-10-24", "24 October 2024", "October 24, 2024", "24.10.2024". */
export function parseAbsoluteDate(text: string): string | null {
  const t = text.trim().replace(/^(?:on\s+)?(?:\w+day,?\s+)?/i, '');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s].*)?$/.exec(t);
  if (m) return valid(+m[1]!, +m[2]!, +m[3]!) ? iso(+m[1]!, +m[2]!, +m[3]!) : null;
  m = new RegExp(String.raw`^(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH})\s*,?\s+(\d{4})\b`, 'i').exec(t);
  if (m) return valid(+m[3]!, monthIndex(m[2]!), +m[1]!) ? iso(+m[3]!, monthIndex(m[2]!), +m[1]!) : null;
  m = new RegExp(String.raw`^(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, 'i').exec(t);
  if (m) return valid(+m[3]!, monthIndex(m[1]!), +m[2]!) ? iso(+m[3]!, monthIndex(m[1]!), +m[2]!) : null;
  m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(t);
  if (m) return valid(+m[3]!, +m[2]!, +m[1]!) ? iso(+m[3]!, +m[2]!, +m[1]!) : null;
  return null;
}

export interface FoundDate {
  start: string;
  end: string | null;
  /** The words as written. */
  text: string;
}

/** A date found in a sentence, with where it is and what it dates. */
export interface DateMention extends FoundDate {
  /** Offsets of `text` in the sentence. */
  index: number;
  /** "statement" when it dates the reporting ("said on Wednesday"), "event" when it dates what is reported. */
  kind: 'event' | 'statement';
  /** Which pattern found it; lower is more precise. */
  rank: number;
}

/** Day before or on `ref` that falls on `weekday` (0 = Sunday); a weekday in news is past, or today. */
function lastWeekday(ref: string, weekday: number): string {
  const d = new Date(ref + 'T00:00:00Z');
  const back = (d.getUTCDay() - weekday + 7) % 7;
  d.setUTCDate(d.getUTCDate() - back);
  return d.toISOString().slice(0, 10);
}

/** Day after `ref` that falls on `weekday`: "will meet on Tuesday". */
function nextWeekday(ref: string, weekday: number): string {
  const d = new Date(ref + 'T00:00:00Z');
  const ahead = (weekday - d.getUTCDay() + 7) % 7 || 7;
  d.setUTCDate(d.getUTCDate() + ahead);
  return d.toISOString().slice(0, 10);
}

/** Month named without a year: the latest such month not after `ref`, or with `ahead` the first not before it. */
function monthYear(month: number, ref: string | null, ahead = false): number | null {
  if (!ref) return null;
  const [y, m] = ref.split('-').map(Number) as [number, number];
  if (ahead) return month >= m ? y : y + 1;
  return month <= m ? y : y - 1;
}

/** Words just before a date that put it in the future: "will resume on Monday", "expected to start in May". */
const AHEAD = /\b(?:will|shall|would|expected to|expects to|is to|are to|plans? to|planned to|scheduled|set to|due to|hopes? to|hoped to|until|till|next)\b[^.;]*$/i;
/** Words of the future that surely look ahead, past tense or not. */
const SURELY_AHEAD = /\b(?:will|shall|would|is to|are to|next)\b/i;
/** A past verb before "until" or a plan: "was sick until Tuesday", "was originally due to leave on Thursday" look back. */
const PAST_BEFORE = /\b(?:was|were|had)\b[^.;]*\b(?:until|till|due to|scheduled|set to|expected to|planned to)\b[^.;]*$/i;

/** Does the text just before a date put it in the future? */
const looksAhead = (before: string): boolean => AHEAD.test(before) && (SURELY_AHEAD.test(before) || !PAST_BEFORE.test(before));

/** Weekday of an ISO date, 0 = Sunday. */
export function weekdayOf(isoDate: string): number {
  return new Date(isoDate + 'T00:00:00Z').getUTCDay();
}

/** `isoDate` moved by `days`. */
export function addDays(isoDate: string, days: number): string {
  const d = new Date(isoDate + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const PART: Record<string, [number, number]> = { early: [1, 10], mid: [11, 20], late: [21, 31] };

type Found = Omit<DateMention, 'kind' | 'rank' | 'index'>;
interface Pattern {
  re: RegExp;
  /** The date for a match, or null when it cannot be resolved. */
  read: (m: RegExpExecArray, published: string | null, ahead: boolean) => Found | null;
}

/** Patterns from the most to the least precise; the order is their rank. */
const PATTERNS: Pattern[] = [
  {
    re: new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH})(?:\s*,?\s+(\d{4}))?\b`, 'gi'),
    read: (m, published, ahead) => {
      const month = monthIndex(m[2]!);
      const year = m[3] ? +m[3] : monthYear(month, published, ahead);
      return year && valid(year, month, +m[1]!) ? { start: iso(year, month, +m[1]!), end: null, text: m[0] } : null;
    },
  },
  {
    re: new RegExp(String.raw`\b(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?`, 'gi'),
    read: (m, published, ahead) => {
      if (/^may$/i.test(m[1]!)) return null;
      const month = monthIndex(m[1]!);
      const year = m[3] ? +m[3] : monthYear(month, published, ahead);
      return year && valid(year, month, +m[2]!) ? { start: iso(year, month, +m[2]!), end: null, text: m[0] } : null;
    },
  },
  {
    re: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    read: (m) => (valid(+m[1]!, +m[2]!, +m[3]!) ? { start: m[0], end: null, text: m[0] } : null),
  },
  {
    // "between early to mid-October", "early-to-mid October", "late October"
    re: new RegExp(String.raw`\b(early|mid|late)(?:[\s-]+(?:to|-)[\s-]*(early|mid|late))?[\s-]+(${MONTH})(?:\s+(\d{4}))?`, 'gi'),
    read: (m, published, ahead) => {
      const month = monthIndex(m[3]!);
      const year = m[4] ? +m[4] : monthYear(month, published, ahead);
      if (!year) return null;
      const from = PART[m[1]!.toLowerCase()]!;
      const to = PART[(m[2] ?? m[1]!).toLowerCase()]!;
      return { start: iso(year, month, from[0]), end: iso(year, month, Math.min(to[1], lastDay(year, month))), text: m[0] };
    },
  },
  {
    re: new RegExp(String.raw`\bby (?:the end of )?(${MONTH})(?:\s+(\d{4}))?\b`, 'gi'),
    read: (m, published) => {
      if (!published || /^may$/i.test(m[1]!)) return null;
      const month = monthIndex(m[1]!);
      const [py, pm] = published.split('-').map(Number) as [number, number];
      const year = m[2] ? +m[2] : month >= pm ? py : py + 1; // "by December" looks ahead
      return { start: published, end: iso(year, month, lastDay(year, month)), text: m[0] };
    },
  },
  {
    re: new RegExp(String.raw`\b(${WEEKDAYS.join('|')})\b(?!\s*,?\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}|${MONTH}\s+\d))`, 'gi'),
    read: (m, published, ahead) => {
      if (!published) return null;
      const day = WEEKDAYS.indexOf(m[1]!.toLowerCase());
      return { start: ahead ? nextWeekday(published, day) : lastWeekday(published, day), end: null, text: m[1]! };
    },
  },
  {
    re: new RegExp(String.raw`\b(?:in|this|last|since|during|early|late)\s+(${MONTH})(?:\s+(\d{4}))?\b`, 'gi'),
    read: (m, published, ahead) => {
      if (/^may$/i.test(m[1]!)) return null;
      const month = monthIndex(m[1]!);
      const year = m[2] ? +m[2] : monthYear(month, published, ahead && !/^(?:last|since)\b/i.test(m[0]));
      return year ? { start: iso(year, month, 1), end: iso(year, month, lastDay(year, month)), text: m[0].replace(/^(?:in|this|last|since|during)\s+/i, '') } : null;
    },
  },
  { re: /\btoday\b/gi, read: (_m, published) => (published ? { start: published, end: null, text: 'today' } : null) },
  { re: /\byesterday\b/gi, read: (_m, published) => (published ? { start: addDays(published, -1), end: null, text: 'yesterday' } : null) },
];

const REPORTING = String.raw`(?:said|says|say|told|tells|announced|announces|confirmed|confirms|stated|states|added|adds|reported|reports|noted|notes|warned|warns|revealed|denied|denies|declared|refused|declined|claimed|claims|wrote|posted|briefing|conference|statement|interview|remarks|testified|tweeted)`;
/** Words that mean the date belongs to a reported event, not to the report: "said the dam had burst on Monday". */
const EVENT_BETWEEN = /\b(?:that|had|has|have|was|were|is|are|will|would|been|\w{3,}ed)\b/i;

/** Does the date at `index` date the reporting rather than the reported event? */
function datesStatement(sentence: string, index: number, end: number): boolean {
  const before = sentence.slice(Math.max(0, index - 70), index);
  const m = new RegExp(String.raw`\b${REPORTING}\b((?:\s+[^\s]+){0,6}?)\s+$`, 'i').exec(before);
  if (m && !EVENT_BETWEEN.test(m[1]!.replace(/\b(?:on|late|early|in|at|to|the|a)\b/gi, ''))) return true;
  // "On Wednesday, the agency said that…": a date that opens the sentence and a reporting verb soon after.
  if (/^\W*(?:(?:also|and|but|then|later|earlier),?\s+)?(?:on\s+|late\s+|early\s+)?$/i.test(sentence.slice(0, index))) {
    const after = sentence.slice(end).split(/\s+/).slice(0, 12).join(' ');
    const verb = new RegExp(String.raw`\b${REPORTING}\b`, 'i').exec(after);
    return !!verb && !/\bthat\b/i.test(after.slice(0, verb.index));
  }
  return false;
}

/**
 * Every date mentioned in a sentence, resolved against the publication date, in the order written.
 * Overlapping matches keep the more precise one.
 * @example findDates('Kirby said on Friday that work began in early March.', '2025-03-20').map((d) => d.kind) // ['statement', 'event']
 */
export function findDates(sentence: string, published: string | null): DateMention[] {
  const found: DateMention[] = [];
  PATTERNS.forEach((pattern, rank) => {
    for (const m of sentence.matchAll(pattern.re)) {
      const index = m.index ?? 0;
      const end = index + m[0].length;
      if (found.some((f) => overlaps(f, index, end))) continue;
      const ahead = looksAhead(sentence.slice(Math.max(0, index - 60), index).split(/[,;:]\s/).at(-1)!);
      const date = pattern.read(m as RegExpExecArray, published, ahead);
      if (!date) continue;
      const at = index + m[0].indexOf(date.text);
      found.push({ ...date, index: at, rank, kind: datesStatement(sentence, at, at + date.text.length) ? 'statement' : 'event' });
    }
  });
  return found.sort((a, b) => a.index - b.index);
}

function overlaps(f: DateMention, index: number, end: number): boolean {
  return f.index < end && index < f.index + f.text.length;
}

/**
 * The date a sentence reports: its most precise event date, else the date of the statement.
 * @example findDate('Kirby said on Wednesday that…', '2024-10-24') // { start: '2024-10-23', end: null, text: 'Wednesday' }
 */
export function findDate(sentence: string, published: string | null): FoundDate | null {
  const all = findDates(sentence, published);
  const best = [...all].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'event' ? -1 : 1) || a.rank - b.rank || a.index - b.index)[0];
  return best ? { start: best.start, end: best.end, text: best.text } : null;
}
