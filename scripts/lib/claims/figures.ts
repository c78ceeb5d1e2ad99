/**
 * Quantities in a sentence, with what describes them: the qualifier ("at least", "an additional"),
 * what is counted ("soldiers"), what happened to it ("killed", "evacuated"), the basis of the count
 * ("per day", "since 2022") and a deadline ("by December"). Measures ("3 tonnes of fungicide", "8,000
 * hectares", "$2 million") count their unit's dimension, with the "of X" material when given.
 * Figure grouping keys on these.
 */
import type { CandidateFigure } from '../types.ts';
import { unitAt, type Unit } from './figure-units.ts';
import { CIVILIANS, classOf, HUMAN, LEFT_HOMES, MOVED, NOUN_IS_PREDICATE, predicateOf, thingPredicateOf } from './figure-words.ts';
import { stem, verbsIn } from './tokens.ts';

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
  /** Meaning class of the qualifier ("roughly" -> "about", "as much as" -> "up to"); "" when none. */
  qualifierClass: string;
  /** The predicate word as written ("burned"), for labels; "" when none. */
  predicateWord: string;
  /** What a measure measures: "mass", "area", "volume", "length", "speed"; "" for counts and money. */
  dimension: string;
  /** The "of X" material of a measure, lower case ("fungicide"); "" when none or only a generic word ("the chemical"). */
  material: string;
  /** The other nouns of the material's phrase, lower case: "the fungicide metaxolan" gives material "metaxolan", also ["fungicide"]. */
  materialAlso: string[];
  /** The value in the dimension's base unit (kg, m², litres, metres, km/h); the value itself for counts and money. */
  base: number;
}

const QUALIFIERS = [
  'at least', 'no fewer than', 'no less than', 'not less than', 'at most', 'no more than', 'about', 'around', 'roughly', 'approximately',
  'nearly', 'almost', 'up to', 'more than', 'well over', 'just over', 'over', 'upwards of', 'fewer than', 'less than', 'just under', 'under',
  'some', 'an estimated', 'estimated', 'an additional', 'additional', 'another', 'a further', 'as many as', 'close to',
  'as much as', 'as few as', 'as little as', 'in excess of', 'a little over', 'a little under', 'just shy of', 'more or less',
  'as high as', 'as low as',
].sort((a, b) => b.length - a.length);
/** Qualifiers by meaning class; a class is named by its commonest member. */
const QUALIFIER_CLASSES: Record<string, string[]> = {
  about: ['about', 'around', 'roughly', 'approximately', 'some', 'an estimated', 'estimated', 'more or less'],
  'at least': ['at least', 'no fewer than', 'no less than', 'not less than'],
  'more than': ['more than', 'over', 'well over', 'just over', 'upwards of', 'in excess of', 'a little over'],
  'up to': ['up to', 'as much as', 'as many as', 'as high as', 'at most', 'no more than'],
  nearly: ['nearly', 'almost', 'close to', 'just under', 'just shy of', 'a little under'],
  'fewer than': ['fewer than', 'less than', 'under', 'as few as', 'as little as', 'as low as'],
  additional: ['an additional', 'additional', 'another', 'a further', 'more', 'other', 'further', 'extra'],
};
/** The meaning classes qualifiers fall into: "about", "at least", "more than", "up to", "nearly", "fewer than", "additional". */
export const QUALIFIER_CLASS_NAMES: ReadonlySet<string> = new Set(Object.keys(QUALIFIER_CLASSES));
const CLASS_OF_QUALIFIER = new Map(Object.entries(QUALIFIER_CLASSES).flatMap(([c, qs]) => qs.map((q) => [q, c] as const)));
/**
 * The meaning class of a qualifier: its first part ("about, per day" -> "about"), folded.
 * @example qualifierClass('as much as') // 'up to'
 */
export const qualifierClass = (qualifier: string): string => {
  const q = qualifier.toLowerCase().split(',')[0]!.replace(/\s+/g, ' ').trim();
  return CLASS_OF_QUALIFIER.get(q) ?? (q.startsWith('by ') || q.startsWith('per ') || q.startsWith('since ') || q.startsWith('in ') ? '' : q);
};
export const QUALIFIER = `(?:(${QUALIFIERS.join('|').replace(/ /g, '\\s+')})\\s+)?`;
const WORD_NUMBERS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14,
  fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};
const SCALE: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const CURRENCY = String.raw`(US\$|\$|€|£|¥|(?-i:KSh|NOK|SEK|DKK|CHF|EUR|USD|GBP|NZD|AUD|CAD|INR)\s?)?`;
/** Currency codes written before a sum ("KSh 6,500", "NOK 300"), as the symbol a table shows. */
const CODE_SYMBOL: Record<string, string> = { ksh: 'KSh', nok: 'kr', sek: 'kr', dkk: 'kr', chf: 'Fr', eur: '€', usd: '$', gbp: '£', nzd: '$', aud: '$', cad: '$', inr: '₹' };
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
/** Letters written onto a number ("10km", "$2.5bn"): kept only when they name a unit or a scale. */
const ATTACHED = String.raw`(?:(?<=\d)([a-z]{1,3}[²³23]?))?`;
const NUMBER = new RegExp(
  String.raw`(?<![\w,.:$€£¥-])${QUALIFIER}${CURRENCY}(${DIGITS}|${Object.keys(WORD_NUMBERS).join('|')})${ATTACHED}(?:\s+(hundred|thousand|million|billion|trillion)\b)?(?![\w-]|[.,:]\d|\s*%)`,
  'gi',
);
/** Scales written onto money ("$2m", "€3.5bn"). */
const ATTACHED_SCALE: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, b: 1e9, tn: 1e12 };

/** Words after "of" that only point back at a material named elsewhere ("the chemical"): no material of their own. */
const GENERIC_MATERIAL = /^(?:chemicals?|substances?|materials?|liquids?|products?|compounds?|agents?|stuff|cargo|load|it|them|this|that)$/i;
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** Words after a number that make it a time, date, duration, size or share rather than a count. */
const NOT_A_COUNT = new RegExp(String.raw`^\s*(?:${MONTH}\b|a\.?m\b|p\.?m\b|o'clock|h\b|hrs?\b|percent|per\s*cent|per\b|times\b|years?\b|months?\b|weeks?\b|days?\b|hours?\b|minutes?\b|seconds?\b|degrees?\b|-year|year-old|st\b|nd\b|rd\b|th\b|of\s+(?:them|those|the|these|its|their)\b)`, 'i');
const DATE_BEFORE = new RegExp(String.raw`(?:\b${MONTH}|\b${WEEKDAY},?|\bNo\.|\baged|\bat|\bpage|\bnumber)\s*$`, 'i');

const RATE = /^(?:\s*(?:a|per|an|each|every|on\s+an?\s+(?:typical|normal|average|usual|ordinary))\s+(day|weekday|week|month|year|hour|minute|second)\b|\s*(daily|weekly|monthly|annually|a\s+year)\b)/i;
/** "cross the bridge on an average weekday": the rate after the counted thing's verb and object. */
const RATE_LATER = /\b(?:a|per|each|every|on\s+an?\s+(?:typical|normal|average|usual|ordinary))\s+(day|weekday|week|month|year|hour)\b/i;
const RATE_WORD: Record<string, string> = { daily: 'day', weekly: 'week', monthly: 'month', annually: 'year', 'a year': 'year' };
const BY = new RegExp(String.raw`\bby\s+((?:the\s+end\s+of\s+)?(?:${MONTH}|${WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?|the\s+end\s+of\s+(?:the\s+)?(?:year|month|week|day)|year-end|tonight|tomorrow|noon|midnight|(?:19|20)\d\d))\b`, 'i');
const STOP_NOUN = /^(?:were|was|are|is|had|have|has|been|be|in|into|to|on|at|of|from|for|by|and|or|but|with|who|which|that|as|when|while|after|before|since|during|per|a|an|the|this|these|their|its|may|might|could|would|will|can|remain|remained|late|early|yesterday|today|tonight|overnight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|came|come|comes|went|got|took|made|fell|ran|gave|saw|found|began|broke|stood|kept|currently|also|still|so|far|out|up|down|alive|inside|underground|aboard|onboard|there|here|back|away|now|already|being|then|whose|whom|it|its|they|them|he|she|we|you|i|us|his|her)$/i;

const words = (text: string): string[] => text.match(/[A-Za-z](?:\.[A-Za-z])+\.?|[A-Za-z][\w'’-]*|\d[\d,.]*|[.;:!?]|[,–—-]/g) ?? [];

/** The counted noun after the number: its class (or stem), its head word, and how many words it spans. */
function countedNoun(after: string[]): { noun: string; head: string; length: number; predicate?: string } {
  let i = 0;
  while (/^(?:more|new|further|other|additional|extra)$/i.test(after[i] ?? '')) i++;
  const phrase: string[] = [];
  // The parts of speech of the words after the number, read once when a phrase may run on into a verb.
  let verbs: Set<number> | null = null;
  for (; i < after.length && phrase.length < 5; i++) {
    const w = after[i]!;
    if (!/^[A-Za-z]/.test(w) || STOP_NOUN.test(w) || (phrase.length > 0 && (((predicateOf(w) || thingPredicateOf(w)) && !classOf(w)) || /[a-z]ed$/.test(w)))) break;
    // "and 211 died": a verb, not what is counted.
    if (phrase.length === 0 && /^(?:died|perished|drowned|survived)$/i.test(w)) break;
    // "38,000 vehicles cross the bridge": what is counted ends where its verb begins.
    if (phrase.length > 0 && !classOf(w) && (verbs ??= verbsIn(['1', ...after.slice(0, 8)])).has(i + 1)) break;
    phrase.push(w);
  }
  const two = phrase.map((w, k) => `${w} ${phrase[k + 1] ?? ''}`.trim());
  const known = phrase.map((w, k) => classOf(two[k]!) ?? classOf(w)).find(Boolean);
  // "deaths and injuries": both kinds of harm are casualties.
  if (known === 'killed' && /^\s*and\s+(?:injur|wound)/i.test(after.slice(i).join(' '))) return { noun: 'casualties', head: 'casualties', length: phrase.length };
  // "4,000 dead fish": what happened, then a thing that is no person; the thing is counted.
  const thing = phrase.length > 1 && /^(?:dead|injured|wounded)$/i.test(phrase[0]!) && !classOf(phrase.at(-1)!) ? phrase.at(-1)! : '';
  if (thing) return { noun: stem(thing.toLowerCase()), head: thing, length: phrase.length, predicate: known! };
  const head = (known && phrase.find((w, k) => (classOf(two[k]!) ?? classOf(w)) === known)) || (phrase.at(-1) ?? '');
  // "300 sick passengers": what happened to them, written before the people.
  const said = phrase.length > 1 && known ? predicateOf(phrase[0]!) : undefined;
  if (said && HUMAN.has(known!)) return { noun: known!, head, length: phrase.length, predicate: said };
  return { noun: known ?? (head ? stem(head.toLowerCase()) : ''), head, length: phrase.length };
}

/**
 * The first predicate near the figure, with its word: after it ("were killed"), else before it ("injuring at least 40").
 * People take people's predicates; things and measures take things' ones first ("houses burned" are destroyed).
 */
function predicateNear(before: string[], after: string[], noun: string, measure: boolean): { predicate: string; word: string } {
  const human = HUMAN.has(noun);
  // "certified to carry 290 passengers", "a capacity of 1,200 people": what it may hold, not who was there.
  const near = before.slice(-5).map((w) => w.toLowerCase());
  if (human && near.some((w) => /^(?:certified|licensed|designed|rated|capacity|able|can)$/.test(w)) && near.some((w) => /^(?:carry|hold|accommodate|seat|take|of)$/.test(w))) return { predicate: 'capacity', word: 'capacity' };
  // Things take people's predicates too ("120 whales died"), but none of care: "scanners delivered to hospitals" are not hurt.
  const of = (w: string): string | undefined => (human ? predicateOf(w) : measure ? thingPredicateOf(w) : thingPredicateOf(w) ?? (/^(?:hospitals?|hospitali[sz]ed|treated|treatment)$/i.test(w) ? undefined : predicateOf(w)));
  // "1,500 residents of Alta, Baixa and the lower valley have left their homes": read past the places to the verb.
  if (human && /^(?:of|from|in)$/i.test(after[0] ?? '')) {
    const verb = after.slice(0, 14).findIndex((w) => /^(?:were|was|are|is|have|has|had)$/i.test(w));
    if (verb > 0 && !after.slice(0, verb).some((w) => /^[.;:!?]$/.test(w))) after = after.slice(verb);
  }
  // "131 passengers and 14 crew had been affected": the verb after the second count is the first's too.
  if (/^and$/i.test(after[0] ?? '') && /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds|dozens)$/i.test(after[1] ?? '')) {
    let k = 2;
    while (k < 5 && after[k] && /^[A-Za-z]/.test(after[k]!) && !STOP_NOUN.test(after[k]!) && !predicateOf(after[k]!)) k++;
    after = after.slice(k);
  }
  // "16 people — 11 passengers and five crew — were injured": read past the aside between dashes.
  if (/^[—–]$/.test(after[0] ?? '')) {
    const close = after.indexOf(after[0]!, 1);
    if (close > 0 && close < 12) after = after.slice(close + 1);
  }
  for (const [k, w] of after.slice(0, 8).entries()) {
    if (/^(?:[.;:!?,]|and|but|or|after|when|while|before|because|as)$/i.test(w)) break;
    if (CIVILIANS.has(noun) && (MOVED.test(w) || LEFT_HOMES.test(after.slice(k, k + 4).join(' ')))) return { predicate: 'evacuated', word: w.toLowerCase() };
    // "180 passengers were brought out by fire crews", "led to safety": people taken out of danger are evacuated.
    if (CIVILIANS.has(noun) && /^(?:brought|led|taken|got|helped|guided)$/i.test(w) && /^(?:out|off|to\s+safety)\b/i.test(after.slice(k + 1, k + 3).join(' '))) return { predicate: 'evacuated', word: w.toLowerCase() };
    // "230 people stand to lose their jobs", "1,200 have stopped work", "joined the strike": job losses and strikers.
    if (/^(?:lose|losing|lost|loses)$/i.test(w) && /^(?:(?:their|his|her)\s+)?jobs?\b/i.test(after.slice(k + 1, k + 3).join(' '))) return { predicate: 'laid off', word: 'lose their jobs' };
    if (/^(?:stopped|stop)$/i.test(w) && /^work\b/i.test(after[k + 1] ?? '')) return { predicate: 'striking', word: 'stopped work' };
    if (/^(?:joined|join)$/i.test(w) && /^(?:the\s+)?(?:strike|walkout|stoppage|picket)/i.test(after.slice(k + 1, k + 3).join(' '))) return { predicate: 'striking', word: 'joined the strike' };
    if (/^(?:took|take|taking)$/i.test(w) && /^part\s+in\s+(?:the\s+)?(?:strike|walkout|stoppage|industrial\s+action)/i.test(after.slice(k + 1, k + 6).join(' '))) return { predicate: 'striking', word: 'took part' };
    // "tested positive": a result, not the test.
    if (/^tested$/i.test(w) && /^positive$/i.test(after[k + 1] ?? '')) return { predicate: 'positive', word: 'positive' };
    const p = of(w);
    if (p) return { predicate: p, word: w.toLowerCase() };
  }
  for (const w of before.slice(-4).reverse()) {
    if (/^[.;:!?,]$/.test(w)) break;
    const p = of(w);
    if (p) return { predicate: p, word: w.toLowerCase() };
  }
  return { predicate: '', word: '' };
}

/** The material after a measure's unit: "of a toxic fungicide" -> "fungicide", with how many words it spans; "" for "of the chemical". */
function materialOf(after: string[]): { material: string; also: string[]; length: number } {
  if (!/^of$/i.test(after[0] ?? '')) return { material: '', also: [], length: 0 };
  let i = 1;
  while (/^(?:a|an|the|this|that|its|their|some)$/i.test(after[i] ?? '')) i++;
  const phrase: string[] = [];
  for (; i < after.length && phrase.length < 3; i++) {
    const w = after[i]!;
    if (!/^[A-Za-z]/.test(w) || STOP_NOUN.test(w) || predicateOf(w) || thingPredicateOf(w) || /[a-z]ed$/.test(w)) break;
    phrase.push(w);
  }
  const head = phrase.at(-1)?.toLowerCase() ?? '';
  if (!head || GENERIC_MATERIAL.test(head)) return { material: '', also: [], length: i };
  return { material: head, also: phrase.slice(0, -1).map((w) => w.toLowerCase()), length: i };
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
  // The phrase reaches the figure without another number or a full stop ("E. coli" and "Sask.," are no full stops).
  const number = /\bnumber\s+of\s+(?:(?:the|all)\s+)?([A-Za-z-]+)(?:\s+([A-Za-z-]+))?(?:[^.;\d]|\.(?=\s*[a-z,]))*$/i.exec(before);
  if (!number) return '';
  // "the number of confirmed E. coli infections", "the number of sick": the first word that names what is counted.
  const words = /\bnumber\s+of\s+(?:(?:the|all)\s+)?((?:[\w.-]+\s+){0,4}[\w.-]+)/i.exec(before)![1]!.split(/\s+/);
  const named = words.map((w) => classOf(w) ?? (predicateOf(w) === 'ill' ? 'ill' : undefined)).find(Boolean);
  if (named && !classOf(number[1]!)) return named;
  // "the number of people killed … has risen to 8": what happened to them names the quantity.
  const happened = number[2] && HUMAN.has(classOf(number[1]!) ?? '-') ? predicateOf(number[2]) : undefined;
  if (happened === 'killed' || happened === 'injured' || happened === 'evacuated' || happened === 'rescued') return happened;
  return classOf(`${number[1]} ${number[2] ?? ''}`.trim()) ?? classOf(number[1]!) ?? stem(number[1]!.toLowerCase());
}

/** "the final figure will be more than 10": a figure named only as a figure points back at the last count. */
const ANAPHOR = /\b(?:the|that|this|its|their)\s+(?:[\w-]+[’']s\s+)?(?:own\s+)?(?:(?:final|new|latest|overall|total|real|true|eventual|initial|first|revised)\s+)?(?:figure|number|toll|tally|count|total|estimate)\b(?:\s+(?:will|would|could|may|might|is|was|has|had|be|been|likely|probably|rise|risen|rose|climb\w*|reach\w*|stand\w*|stood|to|at|of|as|high|as|eventually|now))*\s*$|\b(?:puts?|pegs?|pegged|places?|placed)\s+it\s+at\s*$/i;

/** The last count of people in the sentence before, what "the final figure" refers to: its class, and what happened to them. */
function previousQuantity(previous: string): { noun: string; predicate: string; word: string; head: string } | null {
  // People counted last, else the first thing counted by name ("40,000 fish got out of two pens": fish, not pens);
  // never money or measures, which the words before a sum name.
  const counts = previous ? findFigures(previous).filter((f) => (f.noun || f.predicate) && !f.dimension && !f.noun.startsWith('money:')) : [];
  const last = counts.findLast((f) => HUMAN.has(f.noun)) ?? counts[0];
  if (!last) return null;
  return { noun: NOUN_IS_PREDICATE.has(last.predicate) ? last.predicate : last.noun, predicate: last.predicate, word: last.predicateWord, head: last.head };
}

/** "up from", "down from": the figure is an earlier value of the count before it. */
const CHANGED_FROM = /\b(?:up|down|rising|falling|risen|fallen|rose|fell)\s+from\s+(?:the\s+|an?\s+)?$/i;

/** Words after "10m" that say it counts millions of something ("5m people") rather than metres ("fell 10m into"). */
const MILLIONS_OF = /^\s+(?:[a-z]+s|people|staff|personnel)\b/i;
const NOT_MILLIONS = /^\s+(?:tall|high|deep|long|wide|away|across|below|above|underground|downstream|upstream|offshore|inland|is|was|has|as)\b/i;

/**
 * Every count and measure in a text (times, dates, years, ages, durations and shares are left out).
 * @example findFigures('North Korea moved at least 3,000 soldiers')[0] // { value: 3000, text: '3,000', qualifier: 'at least', noun: 'troops', … }
 * @example findFigures('about 3 tonnes of fungicide leaked')[0] // { value: 3, text: '3 tonnes', noun: 'measure:mass', material: 'fungicid', predicate: 'released', base: 3000, … }
 */
export function findFigures(text: string, previous = ''): Figure[] {
  const figures: Figure[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const [whole, qualifierRaw = '', currency = '', digits = '', attachedRaw = '', scaleWord = ''] = m;
    const start = m.index!;
    const end = start + whole.length;
    let rest = text.slice(end);
    const head = text.slice(0, start);
    const word = WORD_NUMBERS[digits.toLowerCase()];
    const attached = attachedRaw.toLowerCase();
    // Letters written onto the number: a scale of money ("$2m"), a unit ("10km"), millions ("5m people"), else not a figure ("4pm", "5th").
    let attachedScale = 1;
    let unit: { unit: Unit | string; length: number } | null = null;
    if (attached) {
      if (word !== undefined) continue;
      if (currency && ATTACHED_SCALE[attached]) attachedScale = ATTACHED_SCALE[attached]!;
      else if (!currency && /^(?:bn|mn)$/.test(attached)) attachedScale = ATTACHED_SCALE[attached]!;
      else if (!currency && attached === 'm' && MILLIONS_OF.test(rest) && !NOT_MILLIONS.test(rest)) attachedScale = 1e6;
      else if (!currency && (unit = unitAt(attached, false)) && unit.length === attachedRaw.length) unit = { unit: unit.unit, length: 0 };
      else continue;
    }
    if (!unit && !currency) {
      unit = /^\s/.test(rest) ? unitAt(rest.trimStart(), !!scaleWord || attachedScale > 1) : null;
      if (unit) unit = { unit: unit.unit, length: rest.length - rest.trimStart().length + unit.length };
    }
    const measure = unit && typeof unit.unit !== 'string' ? unit.unit : null;
    const money = currency ? CODE_SYMBOL[currency.trim().toLowerCase()] ?? currency.replace(/^US\$$/, '$') : unit && typeof unit.unit === 'string' ? unit.unit : '';
    // "2 billion shillings ($15.5 million)": a conversion in brackets is the same sum again, no figure of its own.
    if (money && /\(\s*$/.test(head) && figures.at(-1)?.noun.startsWith('money:')) continue;
    const unitText = unit ? rest.slice(0, unit.length) : '';
    if (unit) rest = rest.slice(unit.length);
    // "the death toll rose to eight", "put the number of dead at 9": a count named before it.
    const named = !unit && !currency && /^\s*(?:[.;,]|$)/.test(rest) ? nounBefore(head) : '';
    // "1,200 of its members have stopped work": the members are counted ("300 of the 500" and "90 of them" are not).
    const partOf = !unit && !currency ? /^\s+of\s+(?:the|its|their|these|those)\s+(?=(?:[a-z-]+\s+){0,2}?[a-z]{3,}s\b)(?!\d)/.exec(rest) : null;
    if (partOf) rest = ` ${rest.slice(partOf[0].length)}`;
    // "€2.76 million per scanner" is a price, not a share.
    const priceEach = !!money && /^\s*(?:per\s+(?!cent\b)[a-z\d]|each\b|apiece\b|a\s+(?:head|piece|unit)\b)/i.test(rest);
    if (!unit && !priceEach && (NOT_A_COUNT.test(rest) || (!qualifierRaw && !currency && !named && DATE_BEFORE.test(head)))) continue;
    // A year, unless a qualifier or the people counted say it is a count: "nearly 2000 people".
    if (/^(?:19|20)\d\d$/.test(digits) && !currency && !scaleWord && !unit && !(qualifierRaw && classOf(/^\s*([A-Za-z]+)/.exec(rest)?.[1] ?? ''))) continue;
    if (word !== undefined && !/^\s+[a-z]/i.test(rest) && !unit && !named) continue; // "five" alone is rarely a count
    if (/^\s+(?:[\w-]+\s+){0,2}(?:familiar|briefed)\s+with\b|^\s+(?:[\w-]+\s+)?(?:who|with\s+knowledge)\b(?:[\w\s]{0,40})\b(?:condition\s+of\s+anonymity|knowledge\s+of)/i.test(rest)) continue; // anonymous sources, not a count
    const value = (word ?? Number(digits.replace(/,/g, ''))) * (scaleWord ? SCALE[scaleWord.toLowerCase()]! : 1) * attachedScale;
    const after = words(rest);
    const before = words(head);
    const all = /\ball\s+(?:of\s+the\s+)?$/i.test(head);
    let noun: string;
    let headWord = '';
    let countedAs = '';
    let length = 0;
    let adjective: { predicate: string; word: string } | null = null;
    let material: ReturnType<typeof materialOf> = { material: '', also: [], length: 0 };
    if (measure) {
      material = materialOf(after);
      noun = `measure:${measure.dimension}`;
      headWord = (unitText.trim() || attachedRaw).toLowerCase().replace(/\s+/g, ' ');
      length = material.length;
    } else if (money) {
      ({ head: headWord, length } = countedNoun(after));
      noun = `money:${money}`;
    } else {
      let happened: string | undefined;
      ({ noun, head: headWord, length, predicate: happened } = countedNoun(after));
      if (happened) adjective = { predicate: happened, word: after[0]!.toLowerCase() };
      // "six people were killed and 11 others were missing": "others" are more of what was counted before.
      if (/^others$/i.test(headWord)) {
        const counted = figures.findLast((f) => HUMAN.has(f.noun) && f.noun);
        noun = counted && !NOUN_IS_PREDICATE.has(counted.noun) ? counted.noun : 'people';
        // The label names them as the count before ("people"); the unit stays "others", a set apart from it.
        countedAs = counted?.head && counted.head !== 'others' ? counted.head : 'people';
      }
      // "The union said 1,200 had stopped work, while the university put the number at about 560": the count just before,
      // in this sentence or the one before it.
      const anaphor = !length && !nounBefore(head) && ANAPHOR.test(head);
      const sameSentence = anaphor ? figures.findLast((f) => f.noun && !f.dimension && !f.noun.startsWith('money:')) : undefined;
      const referred = sameSentence ? { noun: NOUN_IS_PREDICATE.has(sameSentence.predicate) ? sameSentence.predicate : sameSentence.noun, predicate: sameSentence.predicate, word: sameSentence.predicateWord, head: sameSentence.head } : anaphor ? previousQuantity(previous) : null;
      if (referred && !HUMAN.has(referred.noun)) headWord = referred.head;
      if (!length) noun = nounBefore(head) || referred?.noun || '';
      // "The union puts the number as high as 1.3 million": the number of those the sentence before said were affected.
      if (referred?.predicate) adjective = { predicate: referred.predicate, word: referred.word };
      // "16 were injured, up from the seven it reported": the earlier value of the same count.
      const earlier = !noun && CHANGED_FROM.test(head) ? figures.find((f) => f.noun && !f.dimension) : undefined;
      if (earlier) (noun = earlier.noun), (headWord = earlier.head), (adjective = { predicate: earlier.predicate, word: earlier.predicateWord });
      // "230 whales were stranded and at least 90 had already died": the count before names what is counted, when it is no person.
      const thing = !noun && !length ? figures.findLast((f) => f.noun && !f.dimension && !f.noun.startsWith('money:') && !HUMAN.has(f.noun)) : undefined;
      if (thing) (noun = thing.noun), (headWord = thing.head);
    }
    // What a sum is: "cost", "could reach", "put the bill at", "estimated at" all say what the thing costs.
    const said = wordBefore(before);
    // Losses and damage a thing causes are what it costs too: "losing 2 billion shillings a day", "an estimate of 600 million".
    // A sum the words before do not qualify ("the figure was roughly €620,000", "amounted to …") is the amount at stake too.
    const costs = !!money && (/^(?:cost|costs|reach|reaches|total|totals|totalled|totaled|amount|amounted|amounts|come|comes|came|exceed|exceeds|exceeded|top|tops|topped|run|runs|fetch|fetches|lose|loses|losing|lost|loss|losses|damage|damages|estimate|estimates|estimated|figure|sum)$/.test(said) || (said === 'at' && /\b(?:estimated|estimates?|put|puts|bill|cost|price|damage|loss)\b/i.test(before.slice(-8).join(' '))));
    // "Nearly €1.2 million … may have been misused", "more than €300,000 was improperly claimed": a sum lost, at stake.
    const lostAfter = !!money && !said && /^(?:\S+\s+){0,6}?(?:was|were|been|be)\s+(?:\w+ly\s+)?(?:misused|embezzled|stolen|lost|diverted|defrauded|misappropriated|claimed|siphoned|wasted)\b/i.test(after.slice(length).join(' '));
    // "put the hackers' demand at $3 million", "demanded 40 bitcoin — roughly $4.4 million": a sum demanded, not one at stake.
    const demanded = !!money && (/^(?:demand\w*|ransom|asked|asking|sought|seeking)$/.test(said) || /\b(?:demand|demands|demanded|ransom)\b/i.test(before.slice(-8).join(' ')));
    const verbWord = said;
    const near = all ? { predicate: '', word: '' } : adjective ? adjective : NOUN_IS_PREDICATE.has(noun) ? { predicate: noun, word: '' } : predicateNear(before, after.slice(length), noun, !!measure || !!money);
    // "lost 300 soldiers" are casualties; "lost 4 million customers" or "lost power" are not.
    // "lost 3,200 members": members are lost by leaving.
    const predicate = near.predicate === 'casualties' && (!HUMAN.has(noun) || /^members?$/i.test(headWord)) ? '' : near.predicate;
    const clause = rest.split(/[.;]/)[0]!;
    const near5 = after.slice(length, length + 5).join(' ').replace(/^and\s+\w+\s*/i, '');
    const later = !money && !measure ? RATE_LATER.exec(after.slice(length, length + 9).join(' ').split(/\s[,;.]\s|\s(?:and|but|while)\s/)[0]!) : null;
    // "2 billion shillings ($15.5 million) a day": the rate after a conversion in brackets.
    const converted = money && /^\s*\([^)]{1,40}\)/.exec(rest) ? RATE.exec(rest.replace(/^\s*\([^)]{1,40}\)/, '')) : null;
    const rate = measure?.dimension === 'speed' ? null : RATE.exec(near5) ?? later ?? converted;
    // "since 2022", "since the merger in 2019": a count over a long span. "since the ship left" is the event's own count.
    const sinceAny = /\bsince\s+((?:the\s+)?[\w’'-]+(?:\s+(?!and\b|but\b)[\w’'-]+){0,5})/i.exec(clause);
    const since = sinceAny && new RegExp(String.raw`\b(?:(?:19|20)\d\d|${MONTH})\b`).test(sinceAny[1]!) ? sinceAny : null;
    // "in 2024", "In September 2020, … some 470 whales": a count of that year, not of the story's event.
    const year = new RegExp(String.raw`\bin\s+(?:${MONTH}\s+)?((?:19|20)\d\d)\b`, 'i').exec(clause) ?? new RegExp(String.raw`^\s*in\s+(?:(?:early|late|mid-?)\s*)?(?:${MONTH}\s+)?((?:19|20)\d\d),`, 'i').exec(text);
    // A price of one ("per scanner", "each", "apiece") is another amount than the total paid for all.
    const basis = rate ? `per ${(rate[1] ?? RATE_WORD[rate[2]!.toLowerCase().replace(/\s+/g, ' ')])!.replace(/^weekday$/i, 'day')}` : priceEach ? 'each' : since ? `since ${since[1]}` : year ? `in ${year[1]}` : '';
    const by = BY.exec(clause)?.[1]?.replace(/\s+/g, ' ') ?? '';
    const more = /^\s+(more|other|further|extra)\b/i.exec(rest)?.[1]?.toLowerCase() ?? '';
    const qualifier = qualifierRaw.toLowerCase().replace(/\s+/g, ' ') || more;
    const numberText = `${currency}${digits}${attachedRaw}${scaleWord ? ` ${scaleWord}` : ''}`;
    figures.push({
      value,
      text: unit ? `${numberText}${unitText.replace(/\s+/g, ' ')}` : numberText,
      qualifier: [qualifier, by && `by ${by}`, basis].filter(Boolean).join(', '),
      unit: measure ? noun : stem((headWord || noun).toLowerCase()),
      start,
      end,
      noun,
      head: (countedAs || headWord).toLowerCase(),
      verbWord,
      verb: stem(demanded ? 'demand' : costs || lostAfter ? 'cost' : verbWord),
      predicate,
      predicateWord: near.word,
      basis,
      by,
      all,
      increment: /^(?:an additional|additional|another|a further|more|other|further|extra)$/.test(qualifier),
      qualifierClass: qualifierClass(qualifier),
      dimension: measure?.dimension ?? '',
      material: material.material,
      materialAlso: material.also,
      base: value * (measure?.factor ?? 1),
    });
  }
  return shareQualifiers(figures, text);
}

/** "about 2,850 passengers and 1,100 crew": a qualifier before the first of two joined counts is the second's too. */
function shareQualifiers(figures: Figure[], text: string): Figure[] {
  for (let i = 1; i < figures.length; i++) {
    const [a, b] = [figures[i - 1]!, figures[i]!];
    // Only nouns between the two ("passengers and"): "six people were killed and 11 others" are two statements.
    const between = text.slice(a.end, b.start).trim().split(/\s+/);
    if (b.qualifierClass || !a.qualifierClass || a.increment || between.length > 4 || between.at(-1) !== 'and') continue;
    if (between.slice(0, -1).some((w) => !/^[A-Za-z][\w'’-]*$/.test(w) || STOP_NOUN.test(w) || predicateOf(w) || thingPredicateOf(w))) continue;
    const extra = b.qualifier ? `, ${b.qualifier}` : '';
    figures[i] = { ...b, qualifier: `${a.qualifierClass}${extra}`, qualifierClass: a.qualifierClass };
  }
  return figures;
}
