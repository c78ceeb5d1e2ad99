/**
 * Which of many texts can hold a name: an inverted index of words, so that looking a name up
 * costs the texts that share its rarest word, not a scan of every text.
 *
 * Exact as a filter for names matched with boundaries the words respect. With `/\p{L}+/gu`
 * (letter runs) that is any pattern `(?<![…letters…])NAME(?![…letters…])`: at a match every
 * letter run of NAME is a whole letter run of the text, so a text without one of them cannot
 * match. Callers still test the candidates with the real pattern.
 */
import { escapeRegExp } from './escape-regexp.ts';
export class WordIndex {
  private readonly postings = new Map<string, number[]>();

  /**
   * @param texts the texts, looked up by their position
   * @param word what a word is: a global regex, e.g. `/\p{L}+/gu` for runs of letters
   */
  constructor(
    readonly texts: readonly string[],
    private readonly word: RegExp = /\p{L}+/gu,
  ) {
    texts.forEach((text, i) => {
      for (const w of text.match(word) ?? []) {
        const list = this.postings.get(w);
        if (!list) this.postings.set(w, [i]);
        else if (list.at(-1) !== i) list.push(i);
      }
    });
  }

  /**
   * Positions (ascending) of the texts that have every word of `name`; null when the name has no
   * word, so that any text may hold it.
   * @example new WordIndex(['Ana Lima said', 'Port Elm']).candidates('Lima') // [0]
   */
  candidates(name: string): readonly number[] | null {
    const words = name.match(this.word);
    if (!words) return null;
    let best: readonly number[] | undefined;
    for (const w of words) {
      const list = this.postings.get(w);
      if (!list) return [];
      if (!best || list.length < best.length) best = list;
    }
    return best!;
  }

  /**
   * Does `test` hold for some text that can hold `name`?
   * @example index.some('Lima', (t) => /\bLima\b/.test(t)) // true
   */
  some(name: string, test: (text: string) => boolean): boolean {
    const candidates = this.candidates(name);
    if (candidates === null) return this.texts.some(test);
    return candidates.some((i) => test(this.texts[i]!));
  }

  /**
   * Positions (ascending) of the texts where `test` holds, tried only on the candidates for `name`.
   * @example index.where('Lima', (t) => /\bLima\b/.test(t)) // [0]
   */
  where(name: string, test: (text: string) => boolean): number[] {
    const candidates = this.candidates(name);
    const out: number[] = [];
    if (candidates === null) this.texts.forEach((t, i) => test(t) && out.push(i));
    else for (const i of candidates) if (test(this.texts[i]!)) out.push(i);
    return out;
  }
}

/** Memoises a one-argument function of a string. */
export function memo<T>(fn: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (cache.has(key)) return cache.get(key)!;
    const value = fn(key);
    cache.set(key, value);
    return value;
  };
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** Is `i` between the two halves of a surrogate pair, where a u-flag pattern never starts? */
export function insidePair(text: string, i: number): boolean {
  const low = text.charCodeAt(i);
  const high = text.charCodeAt(i - 1);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
}

/**
 * A name written whole: not right after a character of one class nor right before one of another,
 * as `(?<![before])NAME(?![after])` with the u flag finds it, but without compiling a pattern per
 * name (patterns with `\p{…}` classes are slow to compile, and stories have thousands of names).
 * @example new WholeName(String.raw`\p{L}`, String.raw`\p{L}`).test('Port Elm said', 'Elm') // true
 */
export class WholeName {
  private readonly before: RegExp;
  private readonly after: RegExp;
  private readonly patterns = new Map<string, RegExp>();

  /** The classes' insides, e.g. String.raw`\p{L}\p{N}’'`. */
  constructor(
    private readonly beforeClass: string,
    private readonly afterClass: string,
  ) {
    this.before = new RegExp(`(?<![${beforeClass}])`, 'uy');
    this.after = new RegExp(`(?![${afterClass}])`, 'uy');
  }

  /** An empty name or one with surrogates: the pattern itself decides. */
  private pattern(name: string): RegExp | null {
    if (name && !SURROGATE.test(name)) return null;
    let re = this.patterns.get(name);
    if (!re) this.patterns.set(name, (re = new RegExp(`(?<![${this.beforeClass}])${escapeRegExp(name)}(?![${this.afterClass}])`, 'gu')));
    return re;
  }

  /** Is `name` written whole at `i` in `text`? (A pattern never starts inside a surrogate pair.) */
  at(text: string, i: number, name: string): boolean {
    if (!text.startsWith(name, i) || insidePair(text, i)) return false;
    this.before.lastIndex = i;
    this.after.lastIndex = i + name.length;
    return this.before.test(text) && this.after.test(text);
  }

  /** The first index at or after `from` where `name` is written whole in `text`, or -1. */
  indexIn(text: string, name: string, from = 0): number {
    const re = this.pattern(name);
    if (re) {
      re.lastIndex = from;
      return re.exec(text)?.index ?? -1;
    }
    for (let i = text.indexOf(name, from); i >= 0; i = text.indexOf(name, i + 1)) if (this.at(text, i, name)) return i;
    return -1;
  }

  /** Is `name` written whole in `text`? */
  test(text: string, name: string): boolean {
    return this.indexIn(text, name) >= 0;
  }

  /**
   * `text` with every whole `name` (left to right, without overlaps) replaced by `by`.
   * @example new WholeName(String.raw`\p{L}`, String.raw`\p{L}`).replace('Elm and Elmo', 'Elm', ' ') // '  and Elmo'
   */
  replace(text: string, name: string, by: string): string {
    const re = this.pattern(name);
    if (re) return text.replace(re, () => by);
    let out = '';
    let last = 0;
    for (let i = this.indexIn(text, name); i >= 0; i = this.indexIn(text, name, last)) {
      out += text.slice(last, i) + by;
      last = i + name.length;
    }
    return out + text.slice(last);
  }
}
