/** Quantities in a sentence with their qualifiers: "at least 3,000 soldiers", "an additional 1,500 troops". */
import type { CandidateFigure } from '../types.ts';
import { stem } from './tokens.ts';

const QUALIFIER = String.raw`(at least|at most|about|around|roughly|approximately|nearly|almost|up to|more than|over|fewer than|less than|some|an estimated|an additional|additional|another|as many as|close to)`;
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(thousand|million|billion|hundred))?`;
const SCALE: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 };
const FIGURE = new RegExp(String.raw`(?:\b${QUALIFIER}\s+)?(?<![\d,.])${NUMBER}(?:\s+(?:more|new|further|other))?\s+((?:[A-Za-z-]+\s+){0,3}[A-Za-z-]+|[A-Za-z-]+)`, 'gi');
const NOT_COUNTS = /^(?:percent|per|times|years?|months?|weeks?|days?|hours?|minutes?|a\.m|p\.m|am|pm|km|miles?|kilometers?|kilometres?|metres?|meters?|and|or|to|of|in|on)$/i;
const NOUN_TAIL = /(?:ers?|ies|ists?|ians?|ors?|ees?|men|people|troops|soldiers|forces|deaths|casualties|injuries|children|residents|workers|vehicles|homes|buildings|cases|votes|dollars|euros)$/i;

/**
 * @example findFigures('North Korea moved at least 3,000 soldiers') // [{ value: 3000, text: '3,000', qualifier: 'at least', unit: 'soldier' }]
 */
export function findFigures(sentence: string): CandidateFigure[] {
  const figures: CandidateFigure[] = [];
  for (const match of sentence.matchAll(FIGURE)) {
    const [, qualifier = '', digits, scale, phrase] = match;
    const raw = Number(digits!.replace(/,/g, ''));
    if (/^(?:19|20)\d\d$/.test(digits!) && !qualifier) continue; // a year, not a count
    const words = phrase!.split(/\s+/);
    if (NOT_COUNTS.test(words[0]!)) continue;
    const noun = words.find((w) => NOUN_TAIL.test(w)) ?? words[words.length - 1]!;
    const after = sentence.slice((match.index ?? 0) + match[0].length - phrase!.length);
    const by = /^[^.;]*?\b(by (?:the end of )?(?:January|February|March|April|May|June|July|August|September|October|November|December|the end of the year|\w+day))/.exec(after);
    figures.push({
      value: raw * (scale ? SCALE[scale.toLowerCase()]! : 1),
      text: scale ? `${digits} ${scale}` : digits!,
      qualifier: [qualifier.toLowerCase(), by?.[1] ?? ''].filter(Boolean).join(', '),
      unit: stem(noun.toLowerCase()),
    });
  }
  return figures;
}
