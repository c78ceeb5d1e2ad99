/**
 * Dates in article text, normalised to YYYY-MM-DD. Relative dates ("Wednesday",
 * "this October") resolve backwards from the publication date: news reports the past.
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

/** Day before or on `ref` that falls on `weekday` (0 = Sunday); a weekday in news is past, or today. */
function lastWeekday(ref: string, weekday: number): string {
  const d = new Date(ref + 'T00:00:00Z');
  const back = (d.getUTCDay() - weekday + 7) % 7;
  d.setUTCDate(d.getUTCDate() - back);
  return d.toISOString().slice(0, 10);
}

/** Month named without a year: the latest such month not after `ref`. */
function monthYear(month: number, ref: string | null): number | null {
  if (!ref) return null;
  const [y, m] = ref.split('-').map(Number) as [number, number];
  return month <= m ? y : y - 1;
}

const PART: Record<string, [number, number]> = { early: [1, 10], mid: [11, 20], late: [21, 31] };

/**
 * The first date mentioned in a sentence, resolved against the publication date.
 * @example findDate('Kirby said on Wednesday that…', '2024-10-24') // { start: '2024-10-23', end: null, text: 'Wednesday' }
 */
export function findDate(sentence: string, published: string | null): FoundDate | null {
  let m = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH})(?:\s*,?\s+(\d{4}))?\b`, 'i').exec(sentence)
    ?? null;
  if (m) {
    const month = monthIndex(m[2]!);
    const year = m[3] ? +m[3] : monthYear(month, published);
    if (year && valid(year, month, +m[1]!)) return { start: iso(year, month, +m[1]!), end: null, text: m[0] };
  }
  m = new RegExp(String.raw`\b(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?`, 'i').exec(sentence);
  if (m && !/^may$/i.test(m[1]!)) {
    const month = monthIndex(m[1]!);
    const year = m[3] ? +m[3] : monthYear(month, published);
    if (year && valid(year, month, +m[2]!)) return { start: iso(year, month, +m[2]!), end: null, text: m[0] };
  }
  m = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(sentence);
  if (m && valid(+m[1]!, +m[2]!, +m[3]!)) return { start: m[0], end: null, text: m[0] };
  // "between early to mid-October", "early-to-mid October", "late October"
  m = new RegExp(String.raw`\b(early|mid|late)(?:[\s-]+(?:to|-)[\s-]*(early|mid|late))?[\s-]+(${MONTH})(?:\s+(\d{4}))?`, 'i').exec(sentence);
  if (m) {
    const month = monthIndex(m[3]!);
    const year = m[4] ? +m[4] : monthYear(month, published);
    if (year) {
      const from = PART[m[1]!.toLowerCase()]!;
      const to = PART[(m[2] ?? m[1]!).toLowerCase()]!;
      return { start: iso(year, month, from[0]), end: iso(year, month, Math.min(to[1], lastDay(year, month))), text: m[0] };
    }
  }
  m = new RegExp(String.raw`\bby (?:the end of )?(${MONTH})(?:\s+(\d{4}))?\b`, 'i').exec(sentence);
  if (m && published) {
    const month = monthIndex(m[1]!);
    const [py, pm] = published.split('-').map(Number) as [number, number];
    const year = m[2] ? +m[2] : month >= pm ? py : py + 1; // "by December" looks ahead
    return { start: published, end: iso(year, month, lastDay(year, month)), text: m[0] };
  }
  m = new RegExp(String.raw`\b(?:on\s+)?(${WEEKDAYS.join('|')})\b`, 'i').exec(sentence);
  if (m && published) {
    const day = lastWeekday(published, WEEKDAYS.indexOf(m[1]!.toLowerCase()));
    return { start: day, end: null, text: m[1]! };
  }
  m = new RegExp(String.raw`\b(?:in|this|last|since|during|early|late)\s+(${MONTH})(?:\s+(\d{4}))?\b`, 'i').exec(sentence);
  if (m && !/^may$/i.test(m[1]!)) {
    const month = monthIndex(m[1]!);
    const year = m[2] ? +m[2] : monthYear(month, published);
    if (year) return { start: iso(year, month, 1), end: iso(year, month, lastDay(year, month)), text: m[0].replace(/^(?:in|this|last|since|during)\s+/i, '') };
  }
  if (published && /\btoday\b/i.test(sentence)) return { start: published, end: null, text: 'today' };
  if (published && /\byesterday\b/i.test(sentence)) {
    const d = new Date(published + 'T00:00:00Z');
    d.setUTCDate(d.getUTCDate() - 1);
    return { start: d.toISOString().slice(0, 10), end: null, text: 'yesterday' };
  }
  return null;
}
