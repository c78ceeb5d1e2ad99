/**
 * Units written after a number: measures (tonnes, hectares, km/h, gigabytes) with their size in a base unit,
 * and currencies written as words ("euros", "shillings"). figures.ts reads counts, sums and measures with them.
 */

/** A unit of measure: its dimension and its size in the dimension's base unit (kg, m², litres, metres, km/h). */
export interface Unit {
  dimension: string;
  factor: number;
}
const POUNDS = /^(?:pounds?|lbs?)\b/i;
/** Units written out after a number, longest first: the pattern, its dimension and size. Money words map to a currency. */
const UNITS: [RegExp, Unit | string][] = [
  [/^(?:pounds?\s+sterling|sterling)\b/i, '£'],
  [/^(?:square|sq\.?)\s*(?:kilomet(?:re|er)s?|km)\b|^km²|^km2\b/i, { dimension: 'area', factor: 1e6 }],
  [/^(?:square|sq\.?)\s*miles?\b/i, { dimension: 'area', factor: 2.59e6 }],
  [/^(?:square|sq\.?)\s*(?:met(?:re|er)s?|m)\b|^m²|^m2\b/i, { dimension: 'area', factor: 1 }],
  [/^(?:cubic\s+met(?:re|er)s?|m³|m3\b)/i, { dimension: 'volume', factor: 1000 }],
  [/^(?:metric\s+tons?|tonnes?|t)\b/i, { dimension: 'mass', factor: 1000 }],
  [/^tons?\b/i, { dimension: 'mass', factor: 907.185 }],
  [/^(?:kilo(?:gram(?:me)?)?s?|kgs?)\b/i, { dimension: 'mass', factor: 1 }],
  [POUNDS, { dimension: 'mass', factor: 0.4536 }],
  [/^(?:hectares?|ha)\b/i, { dimension: 'area', factor: 1e4 }],
  [/^acres?\b/i, { dimension: 'area', factor: 4046.86 }],
  [/^(?:lit(?:re|er)s?|l)\b/i, { dimension: 'volume', factor: 1 }],
  [/^gallons?\b/i, { dimension: 'volume', factor: 3.785 }],
  [/^barrels?\b/i, { dimension: 'volume', factor: 159 }],
  [/^(?:km\/h|kmh|kph|kilomet(?:re|er)s\s+(?:per|an)\s+hour)\b/i, { dimension: 'speed', factor: 1 }],
  [/^(?:mph|miles\s+(?:per|an)\s+hour)\b/i, { dimension: 'speed', factor: 1.609 }],
  [/^knots?\b/i, { dimension: 'speed', factor: 1.852 }],
  [/^(?:kilomet(?:re|er)s?|kms?)\b/i, { dimension: 'length', factor: 1000 }],
  [/^(?:miles?|mi)\b/i, { dimension: 'length', factor: 1609.34 }],
  [/^(?:met(?:re|er)s?|m)\b/i, { dimension: 'length', factor: 1 }],
  [/^(?:feet|foot|ft)\b/i, { dimension: 'length', factor: 0.3048 }],
  // Data: "612 GB of stolen data" and "more than 600 gigabytes" are one amount (abbreviations only in capitals).
  [/^(?:terabytes?\b|TB\b)/, { dimension: 'data', factor: 1e12 }],
  [/^(?:gigabytes?\b|GB\b)/, { dimension: 'data', factor: 1e9 }],
  [/^(?:megabytes?\b|MB\b)/, { dimension: 'data', factor: 1e6 }],
  [/^(?:(?:US|U\.S\.|Australian|Canadian|New\s+Zealand|Hong\s+Kong|Singapore)\s+)?(?:dollars?|bucks)\b/i, '$'],
  [/^euros?\b/i, '€'],
  [/^yen\b/i, '¥'],
  // Other currencies written as words: "600 million shillings", "NOK 300" is read as its word too.
  [/^shillings?\b/i, 'KSh'],
  [/^(?:kroner|kronor|krone|krona)\b/i, 'kr'],
  [/^francs?\b/i, 'Fr'],
  [/^rupees?\b/i, '₹'],
  [/^rand\b/i, 'R'],
  [/^naira\b/i, '₦'],
];
/** The unit at the start of `text` (after a number), with how many characters it takes; money words give a currency. */
export function unitAt(text: string, scaled: boolean): { unit: Unit | string; length: number } | null {
  for (const [re, unit] of UNITS) {
    const m = re.exec(text);
    if (!m) continue;
    // "3 million pounds" is money; "300 pounds" a weight.
    if (re === POUNDS && scaled) return { unit: '£', length: m[0].length };
    return { unit, length: m[0].length };
  }
  return null;
}
