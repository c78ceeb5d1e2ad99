/**
 * Content tokens of a sentence, normalised for matching: wink-nlp lemmas, lower case,
 * paraphrases folded into one concept (see lexicon.ts), numbers without separators.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { concept, foldPhrases } from './lexicon.ts';

const nlp = winkNLP(model, ['pos']);
const its = nlp.its;
/** wink-nlp's lemma accessor; its type declaration does not match how `out` takes it. */
const LEMMA = its.lemma as unknown as typeof its.value;

const STOPWORDS = new Set(
  `a an the and or but if of to in on at by for with from into onto as is are was were be been being has have had do does did
  that this these those there their they them he she his her him it its we our us you your i me my who whom which what when where
  why how not no nor so than then too very can could would should will shall may might must also just only even more most such
  said says say told tell added add noted note stated state according accord about over after before during between while up down
  out off again further once all any both each few other some own same s t don now per via get got make made go went until least
  n't 's 're 've 'll 'd certainly already currently reportedly`.split(/\s+/),
);

/** Very light stemmer: enough to match "soldiers"/"soldier", "deployed"/"deploy". Figures use it for units. */
export function stem(word: string): string {
  return word
    .replace(/(?:ies)$/, 'y')
    .replace(/(?<=\w{3})(?:ing|ed|es|s)$/, '')
    .replace(/(?<=\w{3})e$/, '');
}

/** "3,000" -> "3000", "1.5" stays; other tokens pass through. */
const numberToken = (t: string): string => t.replace(/(\d),(?=\d{3}\b)/g, '$1');

const lowered = new Map<string, string>();

/** A capitalised word keeps its form as a proper noun; read it again in lower case ("Ferries" -> "ferry"). */
function lowerLemma(value: string, lemma: string): string {
  if (lemma.toLowerCase() !== value.toLowerCase() || !/^[A-Z][a-z]+$/.test(value)) return lemma.toLowerCase();
  const word = value.toLowerCase();
  let got = lowered.get(word);
  if (got === undefined) {
    got = ((nlp.readDoc(word).tokens().out(LEMMA) as string[])[0] ?? word).toLowerCase();
    if (lowered.size < 50_000) lowered.set(word, got);
  }
  return got;
}

const LETTERS: Record<string, string> = { ø: 'o', Ø: 'O', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe', ß: 'ss', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ı: 'i', þ: 'th', Þ: 'Th', ð: 'd', Ð: 'D' };

/**
 * Letters without their accents: "Tromsø" and a wire's "Tromso" are one word, and the tokenizer
 * no longer breaks "Zieliński" at the "ń".
 * @example unaccent('Łódź, Tromsø') // 'Lodz, Tromso'
 */
export const unaccent = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[øØæÆœŒßłŁđĐıþÞðÐ]/g, (c) => LETTERS[c]!);

/**
 * Content tokens of a text, in order, repeats kept.
 * @example contentTokens('The vessels travelled to port') // ['ship', 'move', 'port']
 */
export function contentTokens(text: string): string[] {
  const doc = nlp.readDoc(foldPhrases(unaccent(text).replace(/[’‘]/g, "'")));
  const lemmas = doc.tokens().out(LEMMA) as string[];
  const types = doc.tokens().out(its.type) as string[];
  const values = doc.tokens().out() as string[];
  const out: string[] = [];
  lemmas.forEach((raw, i) => {
    const type = types[i];
    if (type === 'punctuation' || type === 'symbol' || type === 'emoji' || type === 'emoticon') return;
    // An upper-case acronym is a name, never a pronoun or a short word: "US", "UN".
    const acronym = /^(?:[A-Z]{2,}|(?:[A-Z]\.){2,})$/.test(values[i]!) ? values[i]!.replace(/\./g, '').toLowerCase() : null;
    if (acronym) {
      out.push(acronym === 'us' ? concept('u.s.') : concept(acronym));
      return;
    }
    // Dotted initialisms lose their dots: "U.N." and "UN" are one token.
    const lemma = numberToken(lowerLemma(values[i]!, raw)).replace(/^((?:[a-z]\.){2,})$/, (m) => m.replace(/\./g, ''));
    if (lemma === 'us' && /^U\.?S\.?$/.test(values[i]!)) {
      out.push(concept('u.s.'));
      return;
    }
    for (const part of lemma.split(/-(?=[a-z])/)) {
      const word = part.replace(/^'+|'+$/g, '');
      if (!word || STOPWORDS.has(word)) continue;
      if (word.length <= 2 && !/\d/.test(word) && word !== 'us') continue;
      const c = concept(word);
      if (STOPWORDS.has(c)) continue;
      out.push(c);
    }
  });
  return out;
}

/**
 * Which of the words are verbs where they stand ("38,000 vehicles cross the bridge" -> {2})? One read by the tagger
 * over the words up to the first it would split (hyphens, apostrophes); those and later words are never verbs.
 */
export function verbsIn(words: readonly string[]): Set<number> {
  const cut = words.findIndex((w) => !/^[A-Za-z]+$/.test(w) && !/^\d[\d,.]*$/.test(w));
  const span = cut < 0 ? words : words.slice(0, cut);
  const verbs = new Set<number>();
  if (span.length === 0) return verbs;
  const doc = nlp.readDoc(span.join(' '));
  const pos = doc.tokens().out(its.pos) as string[];
  if (pos.length !== span.length) return verbs;
  pos.forEach((p, i) => (p === 'VERB' || p === 'AUX') && verbs.add(i));
  return verbs;
}

/** Share of the smaller token set found in the larger one. */
export function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const t of small) if (large.has(t)) shared++;
  return shared / small.size;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** Word classes whose capital at the start of a sentence is only the sentence's. */
const CLOSED_CLASS = new Set(['DET', 'PRON', 'ADP', 'ADV', 'SCONJ', 'CCONJ', 'AUX', 'PART', 'NUM']);

/** Does the sentence start with a word that keeps its capital mid-sentence (a name, a noun we can't be sure of)? */
export function startsWithProperNoun(text: string): boolean {
  const first = /^[\w’'-]+/.exec(text)?.[0];
  if (!first || /^[A-Z0-9.]{2,}$/.test(first) || first === 'I') return true;
  // Quantifiers the tagger may read as adjectives: "Several had contacted the union".
  if (/^(?:Several|Many|Some|Most|All|Both|Few|Each|Every|Another|Other|Others|Such|Much|More|None|Nobody|Everyone|Everybody|Someone|Anyone)$/.test(first)) return false;
  const pos = (nlp.readDoc(text).tokens().out(its.pos) as string[])[0] ?? '';
  if (CLOSED_CLASS.has(pos)) return false;
  // "Passengers have been brought …": a word the lexicon inflects ("passengers" -> "passenger") is a common noun,
  // unless a singular verb says it is a name ("Edwards was hurt").
  const plural = /^[A-Z][a-z]+$/.test(first) && lowerLemma(first, first) !== first.toLowerCase();
  return !plural || /^[\w’'-]+(?:,|\s+(?:was|is|has|says|does)\b)/.test(text);
}
