/**
 * Shares ("81%", "78.4 per cent") as figures, keyed by what they are a share of: the rate
 * written before them ("turnout was 78.4 per cent"), else the "of X" after them ("81% of
 * children"), else the X of "the share of X … 81%". A share of a year long past ("95% in 2015")
 * or of the whole country ("Nationally, 92%") counts apart.
 */
import { qualifierClass, QUALIFIER, type Figure } from './figures.ts';
import { contentTokens, stem } from './tokens.ts';

const SHARE = new RegExp(String.raw`(?<![\w.,])${QUALIFIER}(\d+(?:\.\d+)?)\s*(?:%|per\s*cent\b|percent\b)`, 'gi');
/** "at least a third of lectures", "two-thirds of the pupils": a share written as a fraction, before "of". */
const FRACTION = new RegExp(String.raw`(?<![\w-])${QUALIFIER}(a\s+third|one[- ]third|two[- ]thirds|a\s+quarter|one[- ]quarter|three[- ]quarters|half)(?=\s+of\b)`, 'gi');
const FRACTION_VALUE: Record<string, number> = { third: 33.3, thirds: 66.7, quarter: 25, quarters: 75, half: 50 };

/** A share of the whole country, not of the place the story is about. */
const NATIONAL = /\b(?:nationally|nationwide|national average|across the country|countrywide|in the country as a whole)\b/i;
/** Nouns that name a rate themselves. */
const RATE = /\b(turnout|unemployment|inflation|approval|support|coverage|occupancy|majority|stake|offer|rise|increase|raise|cut)\b(?![^.;,]*\b(?:turnout|unemployment|inflation|approval|support|coverage|occupancy|majority|stake|offer|rise|increase|raise|cut)\b)[^.;]*$/i;
/** "the share of children …": the share of what. */
const SHARE_OF = /\b(?:share|proportion|percentage|number)\s+of\s+(?:the\s+|all\s+)?([a-z]+)[^.;]*$/i;
/** "81% of children in the district": up to three words after "of". */
const OF_AFTER = /^\s*of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:[a-z]+['’]s\s+)?(?:[\d,]+\s+)?((?:[a-z-]+\s+){0,2}[a-z-]+)/i;
/** Words that end the counted noun phrase: "children in the district", "voters turned out". */
const PHRASE_END = /^(?:in|on|at|of|for|from|with|who|which|that|were|was|are|is|had|have|has|received|got|turned|voted|said|and|or)$/i;
/** "a 16.5% raise", "a 3 per cent pay rise": the noun after the share names it. */
const NOUN_AFTER = /^\s*(?:pay\s+|wage\s+|price\s+)?(raise|rise|increase|cut|stake|discount|majority)\b/i;
const VOTED = /\b(?:voters|electors)\s+(?:[a-z]+\s+){0,2}?(?:turned\s+out|voted|cast\s+(?:a\s+)?ballots?)\b/i;

/** What a share at `start` of `text` is a share of, stemmed; "" when nothing says. */
function shareOf(text: string, start: number, end: number): string {
  const clause = text.slice(0, start).split(/[.;:]\s/).at(-1)!;
  const rate = RATE.exec(clause);
  if (rate) return lemma(rate[1]!);
  const named = NOUN_AFTER.exec(text.slice(end));
  if (named) return lemma(named[1]!);
  const after = OF_AFTER.exec(text.slice(end));
  if (after) {
    const words = after[1]!.toLowerCase().split(/\s+/);
    const stop = words.findIndex((w) => PHRASE_END.test(w));
    const noun = (stop > 0 ? words.slice(0, stop) : stop === 0 ? [] : words).at(-1);
    // "80 per cent of enrolled voters turned out" is the turnout.
    if (noun && /^(?:voters|electors)$/.test(noun) && VOTED.test(text.slice(end, end + 80))) return 'turnout';
    if (noun) return lemma(noun);
  }
  const of = SHARE_OF.exec(clause);
  return of ? lemma(of[1]!) : '';
}

/** A noun in its dictionary form, through the story's tokens ("children" -> "child"). */
const lemma = (word: string): string => contentTokens(word)[0] ?? stem(word.toLowerCase());

/**
 * Every share in a text.
 * @example findShares('Turnout was about 78 percent.')[0] // { value: 78, text: '78%', qualifier: 'about', noun: 'share:turnout', unit: '%', … }
 */
export function findShares(text: string, published: string | null = null): Figure[] {
  const out: Figure[] = [];
  const fractions = [...text.matchAll(FRACTION)].map((m) => Object.assign([m[0], m[1], String(FRACTION_VALUE[m[2]!.toLowerCase().split(/[\s-]/).at(-1)!]), m[2]], { index: m.index }));
  for (const m of [...text.matchAll(SHARE), ...fractions] as (RegExpMatchArray & { index: number })[]) {
    const start = m.index!;
    const end = start + m[0].length;
    const written = m[3] ? m[3].toLowerCase() : `${m[2]}%`;
    const of = shareOf(text, start, end);
    if (!of) continue;
    const year = /^\s*in\s+((?:19|20)\d\d)\b/.exec(text.slice(end))?.[1];
    // "Nationally, 92% …" is another quantity than a district's 81%.
    const scope = NATIONAL.test(text.slice(Math.max(0, start - 60), end + 60)) ? ':national' : '';
    const long = year && published && Number(year) < Number(published.slice(0, 4)) - 1 ? `in ${year}` : '';
    const qualifier = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    out.push({
      value: Number(m[2]), text: written, qualifier: [qualifier, long].filter(Boolean).join(', '), unit: '%', start, end,
      noun: `share:${of}${scope}`, head: of, verbWord: '', verb: '', predicate: '', predicateWord: '', basis: long, by: '', all: false,
      increment: false, qualifierClass: qualifierClass(qualifier), dimension: '', material: '', materialAlso: [], base: Number(m[2]),
    });
  }
  return out;
}
