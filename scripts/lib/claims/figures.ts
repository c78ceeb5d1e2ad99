/**
 * Quantities in a sentence, with what describes them: the qualifier ("at least", "an additional"),
 * what is counted ("soldiers"), what happened to it ("killed", "evacuated"), the basis of the count
 * ("per day", "since 2022") and a deadline ("by December"). Figure grouping keys on these.
 */
import type { CandidateFigure } from '../types.ts';
import { stem } from './tokens.ts';

/** A figure with its place and description; `unit` stays the stemmed head noun (matching compares it). */
export interface Figure extends CandidateFigure {
  /** Offset of the figure (qualifier included) in the text, and its end. */
  start: number;
  end: number;
  /** Class of what is counted: "troops", "people", "passengers", "money:$"… or the stemmed head noun; "" when unknown. */
  noun: string;
  /** What happened to the counted things, when it changes the quantity: "killed", "injured", "evacuated"…; "" otherwise. */
  predicate: string;
  /** Rate or scope: "per day", "since February 2022", "in 2024"; "" for a plain count. */
  basis: string;
  /** Deadline or time stamp: "by December", "by Wednesday evening"; "". */
  by: string;
  /** The counted word as written, lower case ("miners"); "" when none. */
  head: string;
  /** The word before the figure that says what the amount is ("demanded"), and its stem. */
  verbWord: string;
  verb: string;
  /** Written as "all 212 passengers": the total of the noun, whatever happened to them. */
  all: boolean;
  /** "additional", "another", "more": an increment, not a total. */
  increment: boolean;
}

const QUALIFIERS = [
  'at least', 'no fewer than', 'no less than', 'not less than', 'at most', 'no more than', 'about', 'around', 'roughly', 'approximately',
  'nearly', 'almost', 'up to', 'more than', 'well over', 'just over', 'over', 'upwards of', 'fewer than', 'less than', 'just under', 'under',
  'some', 'an estimated', 'estimated', 'an additional', 'additional', 'another', 'a further', 'as many as', 'close to',
];
const QUALIFIER = `(?:(${QUALIFIERS.join('|').replace(/ /g, '\\s+')})\\s+)?`;
const WORD_NUMBERS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14,
  fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};
const SCALE: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const CURRENCY = String.raw`(US\$|\$|€|£|¥)?`;
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const NUMBER = new RegExp(
  String.raw`(?<![\w,.:$€£¥-])${QUALIFIER}${CURRENCY}(${DIGITS}|${Object.keys(WORD_NUMBERS).join('|')})(?:\s+(hundred|thousand|million|billion|trillion)\b)?(?![\w-]|[.,:]\d|\s*%)`,
  'gi',
);
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** Words after a number that make it a time, date, duration, size or share rather than a count. */
const NOT_A_COUNT = new RegExp(String.raw`^\s*(?:${MONTH}\b|a\.?m\b|p\.?m\b|o'clock|h\b|hrs?\b|percent|per\s*cent|per\b|times\b|years?\b|months?\b|weeks?\b|days?\b|hours?\b|minutes?\b|seconds?\b|km\b|kilomet|miles?\b|met(?:re|er)s?\b|feet\b|foot\b|kg\b|tons?\b|tonnes?\b|degrees?\b|-year|year-old|st\b|nd\b|rd\b|th\b|of\s+(?:them|those|the|these|its|their)\b)`, 'i');
const DATE_BEFORE = new RegExp(String.raw`(?:\b${MONTH}|\b${WEEKDAY},?|\bNo\.|\baged|\bat|\bpage|\bnumber)\s*$`, 'i');

/** Classes of counted things; the first word of the noun phrase found here names the class. */
const NOUN_CLASS: [RegExp, string][] = [
  [/^(?:soldiers?|troops?|fighters?|forces|servicem[ae]n|service\s+members|personnel|marines|sailors|combatants)$/i, 'troops'],
  [/^(?:people|persons|individuals)$/i, 'people'],
  [/^(?:passengers?|travell?ers|commuters)$/i, 'passengers'],
  [/^(?:miners?|workers?|employees?|staff|labou?rers|diggers)$/i, 'workers'],
  [/^(?:residents?|inhabitants|villagers|civilians|locals)$/i, 'residents'],
  [/^(?:crew|crewmembers|crew\s+members)$/i, 'crew'],
  [/^(?:patients?)$/i, 'patients'],
  [/^(?:children|kids|students|pupils)$/i, 'children'],
  [/^(?:bod(?:y|ies)|corpses|remains)$/i, 'bodies'],
  [/^(?:deaths?|fatalit(?:y|ies)|dead)$/i, 'killed'],
  [/^(?:injur(?:y|ies)|wounded|injured)$/i, 'injured'],
  [/^(?:casualt(?:y|ies))$/i, 'casualties'],
  [/^(?:survivors?)$/i, 'rescued'],
];
/** Noun classes that count people: for them, what happened (killed, injured…) names the quantity. */
export const HUMAN = new Set(['troops', 'people', 'passengers', 'workers', 'residents', 'crew', 'patients', 'children', 'killed', 'injured', 'casualties', 'rescued', '']);
/** Nouns that are themselves what happened. */
const NOUN_IS_PREDICATE = new Set(['killed', 'injured', 'casualties', 'rescued']);

/** What happened to the counted people, by verb; verbs that only move or place them ("sent", "trapped") leave the count as it is. */
const PREDICATES: [RegExp, string][] = [
  [/^(?:killed|killing|kills|died|dies|dead|perished|drowned)$/i, 'killed'],
  [/^(?:injured|injuring|injures|wounded|wounding|hurt|treated|hospitali[sz]ed|hospital|burned)$/i, 'injured'],
  [/^(?:missing|unaccounted)$/i, 'missing'],
  [/^(?:rescued|rescuing|pulled|saved|survived)$/i, 'rescued'],
  [/^(?:evacuated|evacuating|evacuate)$/i, 'evacuated'],
  [/^(?:displaced|homeless|fled)$/i, 'displaced'],
  [/^(?:arrested|detained|arresting|detaining)$/i, 'arrested'],
  [/^(?:lost|losing|loses)$/i, 'casualties'],
  [/^(?:recovered|recovering)$/i, 'recovered'],
];
const RATE = /^(?:\s*(?:a|per|each|every|on\s+an?\s+(?:typical|normal|average|usual|ordinary))\s+(day|weekday|week|month|year|hour)\b|\s*(daily|weekly|monthly|annually|a\s+year)\b)/i;
const RATE_WORD: Record<string, string> = { daily: 'day', weekly: 'week', monthly: 'month', annually: 'year', 'a year': 'year' };
const BY = new RegExp(String.raw`\bby\s+((?:the\s+end\s+of\s+)?(?:${MONTH}|${WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?|the\s+end\s+of\s+(?:the\s+)?(?:year|month|week|day)|year-end|tonight|tomorrow|noon|midnight|(?:19|20)\d\d))\b`, 'i');
const STOP_NOUN = /^(?:were|was|are|is|had|have|has|been|be|in|into|to|on|at|of|from|for|by|and|or|but|with|who|which|that|as|when|while|after|before|since|during|per|a|an|the|this|these|their|its|may|might|could|would|will|can|remain|remained|currently|also|still|so|far|out|up|down|alive|inside|underground|aboard|onboard|there|here|back|away|now|already|being|then|whose|whom)$/i;

const words = (text: string): string[] => text.match(/[A-Za-z](?:\.[A-Za-z])+\.?|[A-Za-z][\w'’-]*|\d[\d,.]*|[.;:!?]|[,–—-]/g) ?? [];
const classOf = (word: string): string | undefined => NOUN_CLASS.find(([re]) => re.test(word))?.[1];
const predicateOf = (word: string): string | undefined => PREDICATES.find(([re]) => re.test(word))?.[1];

/** The counted noun after the number: its class (or stem), its head word, and how many words it spans. */
function countedNoun(after: string[]): { noun: string; head: string; length: number } {
  let i = 0;
  while (/^(?:more|new|further|other|additional|extra)$/i.test(after[i] ?? '')) i++;
  const phrase: string[] = [];
  for (; i < after.length && phrase.length < 5; i++) {
    const w = after[i]!;
    if (!/^[A-Za-z]/.test(w) || STOP_NOUN.test(w) || (phrase.length > 0 && ((predicateOf(w) && !classOf(w)) || /[a-z]ed$/.test(w)))) break;
    phrase.push(w);
  }
  const two = phrase.map((w, k) => `${w} ${phrase[k + 1] ?? ''}`.trim());
  const known = phrase.map((w, k) => classOf(two[k]!) ?? classOf(w)).find(Boolean);
  // "deaths and injuries": both kinds of harm are casualties.
  if (known === 'killed' && /^\s*and\s+(?:injur|wound)/i.test(after.slice(i).join(' '))) return { noun: 'casualties', head: 'casualties', length: phrase.length };
  const head = (known && phrase.find((w, k) => (classOf(two[k]!) ?? classOf(w)) === known)) || (phrase.at(-1) ?? '');
  return { noun: known ?? (head ? stem(head.toLowerCase()) : ''), head, length: phrase.length };
}

/** The first predicate near the figure: after it ("were killed"), else before it ("injuring at least 40"). */
function predicateNear(before: string[], after: string[]): string {
  for (const w of after.slice(0, 6)) {
    if (/^(?:[.;:!?,]|and|but|or|after|when|while|before|because|as)$/i.test(w)) break;
    const p = predicateOf(w);
    if (p) return p;
  }
  for (const w of before.slice(-4).reverse()) {
    if (/^[.;:!?,]$/.test(w)) break;
    const p = predicateOf(w);
    if (p) return p;
  }
  return '';
}

const LEAD_IN = /^(?:is|are|was|were|be|been|being|has|have|had|a|an|the|of|to|initially|now|still|reportedly|allegedly|also|just|only|total|totalling|totaling)$/i;

/** The nearest content word before the figure in its clause: "demanded" in "who initially demanded about $3 million". */
function wordBefore(before: string[]): string {
  for (const w of before.slice(-5).reverse()) {
    if (!/^[A-Za-z]/.test(w)) return '';
    if (!LEAD_IN.test(w)) return w.toLowerCase();
  }
  return '';
}

/** "the number of patients whose data was stolen at 900,000", "the death toll rose to 7": the noun sits before the figure. */
function nounBefore(before: string): string {
  const toll = /\b(death|casualty)\s+toll\b[^.;]*$/i.exec(before);
  if (toll) return toll[1]!.toLowerCase() === 'death' ? 'killed' : 'casualties';
  const number = /\bnumber\s+of\s+(?:(?:the|all)\s+)?([A-Za-z-]+)(?:\s+([A-Za-z-]+))?[^.;]*$/i.exec(before);
  if (!number) return '';
  return classOf(`${number[1]} ${number[2] ?? ''}`.trim()) ?? classOf(number[1]!) ?? stem(number[1]!.toLowerCase());
}

/**
 * Every count in a text (times, dates, years, ages, durations and shares are left out).
 * @example findFigures('North Korea moved at least 3,000 soldiers')[0] // { value: 3000, text: '3,000', qualifier: 'at least', noun: 'troops', … }
 */
export function findFigures(text: string): Figure[] {
  const figures: Figure[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const [whole, qualifierRaw = '', currency = '', digits = '', scaleWord = ''] = m;
    const start = m.index!;
    const end = start + whole.length;
    const rest = text.slice(end);
    const head = text.slice(0, start);
    const word = WORD_NUMBERS[digits.toLowerCase()];
    if (NOT_A_COUNT.test(rest) || (!qualifierRaw && !currency && DATE_BEFORE.test(head))) continue;
    if (/^(?:19|20)\d\d$/.test(digits) && !currency && !scaleWord) continue; // a year
    if (word !== undefined && !/^\s+[a-z]/i.test(rest)) continue; // "five" alone is rarely a count
    if (/^\s+(?:[\w-]+\s+){0,2}(?:familiar|briefed)\s+with\b|^\s+(?:[\w-]+\s+)?(?:who|with\s+knowledge)\b(?:[\w\s]{0,40})\b(?:condition\s+of\s+anonymity|knowledge\s+of)/i.test(rest)) continue; // anonymous sources, not a count
    const value = (word ?? Number(digits.replace(/,/g, ''))) * (scaleWord ? SCALE[scaleWord.toLowerCase()]! : 1);
    const after = words(rest);
    const before = words(head);
    const all = /\ball\s+(?:of\s+the\s+)?$/i.test(head);
    let { noun, head: headWord, length } = countedNoun(after);
    if (currency) noun = `money:${currency.replace('US$', '$')}`;
    else if (!length) noun = nounBefore(head);
    const verbWord = wordBefore(before);
    const near = all ? '' : NOUN_IS_PREDICATE.has(noun) ? noun : predicateNear(before, after.slice(length));
    // "lost 300 soldiers" are casualties; "lost 4 million customers" or "lost power" are not.
    const predicate = near === 'casualties' && !HUMAN.has(noun) ? '' : near;
    const clause = rest.split(/[.;]/)[0]!;
    const rate = RATE.exec(after.slice(length, length + 5).join(' ').replace(/^and\s+\w+\s*/i, ''));
    const since = /\bsince\s+((?:the\s+)?[\w’'-]+(?:\s+(?!and\b|but\b)[\w’'-]+){0,5})/i.exec(clause);
    const year = /\bin\s+((?:19|20)\d\d)\b/i.exec(clause) ?? /^\s*in\s+((?:19|20)\d\d),/i.exec(text);
    const basis = rate ? `per ${rate[1] ?? RATE_WORD[rate[2]!.toLowerCase().replace(/\s+/g, ' ')]}` : since ? `since ${since[1]}` : year ? `in ${year[1]}` : '';
    const by = BY.exec(clause)?.[1]?.replace(/\s+/g, ' ') ?? '';
    const more = /^\s+(more|other|further|extra)\b/i.exec(rest)?.[1]?.toLowerCase() ?? '';
    const qualifier = qualifierRaw.toLowerCase().replace(/\s+/g, ' ') || more;
    figures.push({
      value,
      text: `${currency}${digits}${scaleWord ? ` ${scaleWord}` : ''}`,
      qualifier: [qualifier, by && `by ${by}`, basis].filter(Boolean).join(', '),
      unit: stem((headWord || noun).toLowerCase()),
      start,
      end,
      noun,
      head: headWord.toLowerCase(),
      verbWord,
      verb: stem(verbWord),
      predicate,
      basis,
      by,
      all,
      increment: /^(?:an additional|additional|another|a further|more|other|further|extra)$/.test(qualifier),
    });
  }
  return figures;
}
