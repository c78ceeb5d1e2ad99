/**
 * Quoted spans of a sentence. `maskQuotes` keeps the quote marks and blanks what is inside
 * them, so attribution patterns only ever read the reporter's own words.
 */

/** Character that stands for quoted text in a masked sentence. */
export const MASK = '_';

/** Is the single quote at `i` an opening quote mark (not an apostrophe)? */
function opensSingle(text: string, i: number): boolean {
  const before = i === 0 ? ' ' : text[i - 1]!;
  return /[\s(\[—–-]/.test(before) && /[A-Za-z0-9\[(]/.test(text[i + 1] ?? '');
}

/** Is the single quote at `i` a closing quote mark? */
function closesSingle(text: string, i: number): boolean {
  const after = text[i + 1] ?? ' ';
  return /[.,!?;:A-Za-z0-9\]…)]/.test(text[i - 1] ?? '') && /[\s,.;:!?)\]—–-]/.test(after);
}

/** A quoted span: [from, to) with the quote marks; `closed` is false when it runs to the end unclosed. */
export interface QuoteSpan {
  from: number;
  to: number;
  closed: boolean;
}

/**
 * Quoted spans of a sentence, quote marks included; an unclosed quote runs to the end.
 * @example quoteSpans('He said "yes" twice.') // [{ from: 8, to: 13, closed: true }]
 */
export function quoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  let closer = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (open < 0) {
      if (ch === '“') (open = i), (closer = '”');
      else if (ch === '"') (open = i), (closer = '"');
      else if ((ch === '‘' || ch === "'") && opensSingle(text, i)) (open = i), (closer = 'single');
    } else if ((closer === 'single' && (ch === '’' || ch === "'") && closesSingle(text, i)) || ch === closer) {
      spans.push({ from: open, to: i + 1, closed: true });
      open = -1;
    }
  }
  if (open >= 0) spans.push({ from: open, to: text.length, closed: false });
  return spans;
}

/** The sentence with quoted words replaced by MASK (same length, quote marks kept). */
export function maskQuotes(text: string): string {
  let out = text;
  for (const { from, to, closed } of quoteSpans(text)) {
    const end = closed ? to - 1 : to;
    out = out.slice(0, from + 1) + MASK.repeat(Math.max(0, end - from - 1)) + out.slice(end);
  }
  return out;
}

/** Does the sentence begin with a quotation mark? */
export const startsWithQuote = (text: string): boolean => /^["“‘']/.test(text.trim());

/** Is a quote still open at the end of the sentence (a quotation that goes on in the next paragraph)? */
export const endsOpen = (text: string): boolean => quoteSpans(text).some((s) => !s.closed);
