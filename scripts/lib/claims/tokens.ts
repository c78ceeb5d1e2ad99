/** Content words of a sentence, normalised for matching: lower case, crude stem, numbers without separators. */

const STOPWORDS = new Set(
  `a an the and or but if of to in on at by for with from into onto as is are was were be been being has have had do does did
  that this these those there their they them he she his her him it its we our us you your i me my who whom which what when where
  why how not no nor so than then too very can could would should will shall may might must also just only even more most such
  said says say told added noted stated according about over after before during between while up down out off again further once
  all any both each few other some own same s t don now according per via one`.split(/\s+/),
);

/** Very light stemmer: enough to match "soldiers"/"soldier", "deployed"/"deploy". */
export function stem(word: string): string {
  return word
    .replace(/(?:ies)$/, 'y')
    .replace(/(?<=\w{3})(?:ing|ed|es|s)$/, '')
    .replace(/(?<=\w{3})e$/, '');
}

/** Stems of common news paraphrases mapped to one form: "troops"/"soldiers", "killed"/"died"/"deaths". */
const SYNONYMS: Record<string, string> = {
  troop: 'soldier', fighter: 'soldier', servicemen: 'soldier',
  kill: 'death', dead: 'death', di: 'death', fatality: 'death', fataliti: 'death',
  wound: 'injur', hurt: 'injur', injury: 'injur',
  travel: 'mov', transport: 'mov', mov: 'mov',
  vessel: 'ship', boat: 'ship',
  employe: 'worker', staff: 'worker',
  inquiry: 'investigation', prob: 'investigation',
  blaz: 'fire', flam: 'fire',
  hacker: 'attacker',
};

export function contentTokens(text: string): string[] {
  const words = text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/(\d),(?=\d{3}\b)/g, '$1')
    .match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? [];
  return words.map((w) => w.replace(/'s$/, '')).filter((w) => !STOPWORDS.has(w) && (w.length > 2 || /\d/.test(w))).map(stem).map((t) => SYNONYMS[t] ?? t);
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
