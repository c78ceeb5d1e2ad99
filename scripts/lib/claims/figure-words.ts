/**
 * The words of counts: classes of counted things ("soldiers", "troops" and "fighters" are troops),
 * what happened to counted people ("killed", "caught", "ill") and to counted things ("destroyed",
 * "leaked"). figures.ts reads counts with them.
 */

/** Classes of counted things; the first word of the noun phrase found here names the class. */
const NOUN_CLASS: [RegExp, string][] = [
  [/^(?:soldiers?|troops?|fighters?|forces|servicem[ae]n|service\s+members|personnel|marines|sailors|combatants)$/i, 'troops'],
  [/^(?:people|persons|individuals)$/i, 'people'],
  // Who happened to be there: a count of people like any other.
  [/^(?:guests?|clients?|customers|skiers|snowboarders|hikers|climbers|tourists|visitors|spectators|fans|attendees|festivalgoers|members|athletes|runners|players|competitors)$/i, 'people'],
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
  // An outbreak's "31 confirmed cases" are the people it made ill.
  [/^(?:cases?|infections?)$/i, 'ill'],
  [/^(?:survivors?)$/i, 'rescued'],
  [/^(?:evacuees)$/i, 'evacuated'],
  [/^(?:homes?|houses?|dwellings?|buildings?|residences?|structures?)$/i, 'buildings'],
  [/^(?:jobs?|positions?|roles?)$/i, 'jobs'],
];
/** Noun classes that count people: for them, what happened (killed, injured…) names the quantity. */
export const HUMAN = new Set(['troops', 'people', 'passengers', 'workers', 'residents', 'crew', 'patients', 'children', 'killed', 'injured', 'casualties', 'rescued', 'evacuated', 'ill', '']);
/** Nouns that are themselves what happened. */
export const NOUN_IS_PREDICATE = new Set(['killed', 'injured', 'casualties', 'rescued', 'evacuated', 'ill']);
/** People who may be evacuated: movement words after their count ("1,500 were moved") mean an evacuation. */
export const CIVILIANS = new Set(['people', 'residents', 'children', 'passengers', '']);

/** What happened to the counted people, by verb; verbs that only move or place them ("sent", "trapped") leave the count as it is. */
const PREDICATES: [RegExp, string][] = [
  [/^(?:killed|killing|kills|died|dies|dead|perished|drowned)$/i, 'killed'],
  [/^(?:injured|injuring|injures|wounded|wounding|hurt|treated|treatment|hospitali[sz]ed|hospitals?|burned)$/i, 'injured'],
  [/^(?:missing|unaccounted)$/i, 'missing'],
  // "38 people had been winched off the deck": lifted off by a helicopter is rescued.
  [/^(?:rescued|rescuing|pulled|saved|survived|winched|hoisted|plucked|lifted)$/i, 'rescued'],
  // Labour and protest: those on strike, those who marched, and those who lose their jobs are three counts.
  [/^(?:striking|strikers?|struck)$/i, 'striking'],
  [/^(?:marched|marching|marchers?|rallied|protested|protesting|demonstrated)$/i, 'protesting'],
  [/^(?:redundant|redundancies|layoffs?|laid)$/i, 'laid off'],
  // Stranded animals (or travellers) are one count; those refloated are rescued; those put down are another count.
  [/^(?:stranded|beached|marooned)$/i, 'stranded'],
  [/^(?:refloated|refloating)$/i, 'rescued'],
  [/^(?:euthani[sz]ed|euthani[sz]ing)$/i, 'euthanised'],
  [/^(?:evacuated|evacuating|evacuate)$/i, 'evacuated'],
  [/^(?:fled|fleeing)$/i, 'evacuated'],
  [/^(?:displaced|homeless)$/i, 'displaced'],
  [/^(?:arrested|detained|arresting|detaining)$/i, 'arrested'],
  [/^(?:lost|losing|loses)$/i, 'casualties'],
  [/^(?:recovered|recovering)$/i, 'recovered'],
  // Those a disaster caught are one count; those it buried are fewer, and another.
  [/^(?:caught)$/i, 'caught'],
  [/^(?:buried)$/i, 'buried'],
  // Those an outage, a breach or a closure touched: "450,000 customers had been affected".
  [/^(?:affected|impacted|disrupted|inconvenienced)$/i, 'affected'],
  // An outbreak counts the sick: "300 have been sick", "87 had reported vomiting".
  [/^(?:sick|ill|sickened|infected|symptomatic|symptoms|poisoned|vomiting|diarrh(?:o)?ea)$/i, 'ill'],
  // Sport and discipline: those suspended, those who tested positive, and those tested at all are three counts.
  [/^(?:suspended|banned|barred)$/i, 'suspended'],
  [/^(?:positive|adverse)$/i, 'positive'],
  [/^(?:tested|sampled|screened)$/i, 'tested'],
];
/** What happened to counted things that are not people ("homes destroyed", "hectares burned", "tonnes leaked"). */
const THING_PREDICATES: [RegExp, string][] = [
  [/^(?:destroyed|destroying|destroys|razed|gutted|flattened|level(?:l)?ed|wrecked|burned|burnt|burning|scorched|charred|blackened|consumed|engulfed|ravaged|torched)$/i, 'destroyed'],
  [/^(?:damaged|damaging)$/i, 'damaged'],
  [/^(?:flooded|inundated|submerged)$/i, 'flooded'],
  [/^(?:leaked|leaking|leaks|spilled|spilt|spilling|released|releasing|discharged|escaped|seeped|poured|dumped|emitted|entered|flowed)$/i, 'released'],
  [/^(?:carrying|carried|carries|containing|contains|holding|holds|stored|storing|loaded)$/i, 'held'],
  // Jobs are cut or created: two counts.
  [/^(?:cut|cuts|cutting|eliminate|eliminated|eliminating|axe|axed|axing|shed|shedding|slash|slashed)$/i, 'cut'],
  [/^(?:create|created|creating|creates)$/i, 'created'],
  // "270 whales came ashore": animals or wreckage on the shore are stranded (people who come ashore only land).
  [/^(?:ashore)$/i, 'stranded'],
];
/** After a count of civilians: words that move them ("were moved") or send them from home ("left their homes"). */
export const MOVED = /^(?:moved|relocated|rehoused|bused|bussed|ferried|airlifted)$/i;
export const LEFT_HOMES = /^(?:left|fled|abandoned|forced\s+(?:from|out\s+of))\s+(?:their|his|her)\s+(?:homes?|houses?|villages?)\b/i;

export const classOf = (word: string): string | undefined => NOUN_CLASS.find(([re]) => re.test(word))?.[1];
export const predicateOf = (word: string): string | undefined => PREDICATES.find(([re]) => re.test(word))?.[1];
export const thingPredicateOf = (word: string): string | undefined => THING_PREDICATES.find(([re]) => re.test(word))?.[1];
