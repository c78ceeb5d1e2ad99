/**
 * A small general-English paraphrase table for news text: lemmas that reporters use
 * interchangeably map to one concept, so "travelled by ship" and "were moved by sea" share
 * tokens. Only common verbs and nouns of news writing belong here, never names or words of
 * one story.
 */

/** Concept -> lemmas that stand for it (the concept itself is implied). */
const CONCEPTS: Record<string, string> = {
  move: 'travel transport transfer relocate send deploy dispatch redeploy bring',
  ship: 'vessel boat ferry sea sail maritime trawler tanker',
  death: 'kill die dead fatality perish fatal',
  injure: 'wound hurt injury injured',
  soldier: 'troop fighter serviceman servicemen personnel',
  worker: 'employee staff staffer',
  investigation: 'inquiry probe investigate investigator examine',
  fire: 'blaze flame burn',
  attacker: 'hacker intruder',
  attack: 'hack cyberattack',
  start: 'begin erupt',
  close: 'shut closure',
  suspend: 'halt pause suspension stop',
  collapse: 'cave',
  collide: 'collision',
  request: 'ask',
  decrease: 'reduce cut lower slash decline eliminate axe',
  ignore: 'unanswered disregard neglect overlook',
  increase: 'rise climb grow raise',
  restore: 'resume',
  supply: 'stock',
  legal: 'lawful lawfully legally',
  hit: 'strike encounter',
  lock: 'padlock chain',
  inspect: 'inspection check inspector',
  inform: 'brief notify',
  government: 'authority administration',
  site: 'ground base facility',
  violate: 'violation breach',
  weapon: 'arm munition ammunition',
  hire: 'employ recruit',
  rescue: 'save',
  warn: 'caution',
  build: 'construct',
  car: 'vehicle carriage coach wagon',
  derail: 'derailment',
  aircraft: 'plane jet airplane',
  child: 'kid',
  people: 'person individual',
  large: 'big huge',
  arrest: 'detain',
  evacuate: 'evacuation',
  confirm: 'verify',
  cooperation: 'cooperate collaboration collaborate',
  training: 'train drill',
  escalation: 'escalate',
  free: 'complimentary',
  detect: 'discover spot identify',
  postpone: 'delay defer reschedule',
  depart: 'leave',
  miss: 'missing unaccounted',
  withhold: 'freeze',
  ill: 'sick sicken illness unwell',
  win: 'beat defeat victory winner',
  steal: 'stole stolen theft rob robbery heist loot',
  refund: 'reimburse reimbursement compensate compensation',
  cancel: 'scrap cancellation',
  lead: 'ahead',
  fully: 'completely entirely totally',
  resign: 'quit resignation',
  focus: 'concentrate',
  shoot: 'shot',
  escape: 'flee',
};

/**
 * Phrases that say one thing in other words, folded before the words are read: "gave way" is a
 * collapse, "broke out" a start. Only phrases of general news writing.
 */
const PHRASES: [RegExp, string][] = [
  [/\b(?:gave|give|gives|giving|given)\s+way\b/gi, 'collapsed'],
  // "broke out of a zoo" is an escape; a fire or a war that "broke out" started.
  [/\b(?:broke|break|breaks|breaking|broken)\s+out\s+of\b/gi, 'escaped from'],
  [/\b(?:broke|break|breaks|breaking|broken)\s+out\b/gi, 'started'],
  [/\b(?:came|come|comes|coming)\s+back\b/gi, 'restored'],
  [/\b(?:ran|run|runs|running)\s+out\b/gi, 'depleted'],
  [/\b(?:taken|took|take|taking|rushed|flown|transported|brought|airlifted|admitted)\s+to\s+(?:a\s+|the\s+)?hospitals?\b/gi, 'hospitalised'],
  [/\b(?:ruled|rule|rules|ruling)\s+out\b/gi, 'excluded'],
  [/\b(?:been|get|got|gets|getting|are|were|was|is)\s+in\s+touch\s+with\b/gi, 'contacted'],
  [/\b(?:made|make|makes|making)\s+off\s+with\b/gi, 'stole'],
  [/\b(?:lost|lose|loses|losing)\s+(?:his|her|their)\s+li(?:fe|ves)\b/gi, 'died'],
  [/\b(?:held|hold|holds|holding)\s+back\b/gi, 'withheld'],
  [/\b(?:stepped|step|steps|stepping)\s+down\b/gi, 'resigned'],
  // A train that leaves its rails has derailed: "came off the tracks", "left the rails", "jumped the track".
  [/\b(?:came|come|comes|coming|went|go|goes|going|ran|run|runs)\s+off\s+(?:the\s+)?(?:tracks?|rails?|lines?)\b/gi, 'derailed'],
  [/\b(?:left|leave|leaves|leaving|jumped|jump|jumps|jumping)\s+the\s+(?:tracks?|rails?)\b/gi, 'derailed'],
  [/\b(?:set|sets|setting)\s+aside\b/gi, 'rejected'],
  // Receiving a warning is being warned: "had received any warning about the well" answers "the regulator warned it".
  [/\b(?:received|receive|receives|receiving|got|been\s+given)\s+(?:a|any|the|two|three|several|repeated)?\s*(?:written\s+)?warnings?\b/gi, 'been warned'],
  [/\b(?:pushed|push|pushes|pushing)\s+back\s+(?=(?:to|until|by|into)\b)/gi, 'postponed '],
  // A ship that runs aground has hit the bottom: "struck a reef", "ran onto a skerry", "grounded" off a coast.
  [/\b(?:ran|run|runs|running|went|go|goes)\s+(?:aground|onto\s+(?:a|the)\s+(?:reef|rocks?|skerry|shoal|sandbank))\b/gi, 'hit aground'],
  [/\b(?:struck|strike|strikes|striking|hit|hits|hitting)\s+(?:a|the)\s+(?:reef|rocks?|skerry|shoal|sandbank)\b/gi, 'hit aground'],
  // A clock time in one form: "9:40 p.m." and "21:40" are one time, "09:40" and "9:40 a.m." another.
  [/\b0(\d):(\d{2})\b/g, '$1:$2'],
  [/\b(\d{1,2})[:.](\d{2})\s*(a|p)\.?m\b\.?/gi, (_m: string, h: string, min: string, half: string) => `${(Number(h) % 12) + (half.toLowerCase() === 'p' ? 12 : 0)}:${min}`] as unknown as [RegExp, string],
];

/** A text with its phrases folded: "the roof gave way" -> "the roof collapsed". */
export const foldPhrases = (text: string): string => PHRASES.reduce((t, [re, word]) => t.replace(re, word), text);

/** Demonyms and short forms -> the country: "Kenyan" and "Kenya" are one token. */
const PLACES: Record<string, string> = {
  usa: 'american americans u.s. u.s.a. united-states',
  uk: 'british britain u.k.',
  russia: 'russian russians',
  ukraine: 'ukrainian ukrainians',
  korea: 'korean koreans',
  china: 'chinese',
  japan: 'japanese',
  germany: 'german germans',
  france: 'french',
  italy: 'italian italians',
  spain: 'spanish',
  portugal: 'portuguese',
  kenya: 'kenyan kenyans',
  nigeria: 'nigerian nigerians',
  india: 'indian indians',
  iran: 'iranian iranians',
  israel: 'israeli israelis',
  canada: 'canadian canadians',
  mexico: 'mexican mexicans',
  brazil: 'brazilian brazilians',
  europe: 'european europeans',
  africa: 'african africans',
  asia: 'asian asians',
};

/** Month abbreviations -> the month: "Sept. 12" and "12 September" share a token. */
const MONTHS: Record<string, string> = {
  january: 'jan jan.', february: 'feb feb.', march: 'mar.', april: 'apr apr.', august: 'aug aug.', september: 'sep sep. sept sept.',
  october: 'oct oct.', november: 'nov nov.', december: 'dec dec.', june: 'jun jun.', july: 'jul jul.',
};

/** Number words -> digits. */
const NUMBERS: Record<string, string> = {
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15', sixteen: '16', seventeen: '17',
  eighteen: '18', nineteen: '19', twenty: '20', thirty: '30', forty: '40', fifty: '50', hundred: '100', dozen: '12',
};

function invert(table: Record<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [head, words] of Object.entries(table)) {
    out.set(head, head);
    for (const w of words.split(/\s+/)) out.set(w, head);
  }
  return out;
}

const CONCEPT_OF = invert(CONCEPTS);
const PLACE_OF = invert(PLACES);
const MONTH_OF = invert(MONTHS);

/**
 * The concept a lower-case lemma stands for (itself when it has none).
 * @example concept('vessel') // 'ship'
 * @example concept('kenyan') // 'kenya'
 * @example concept('twelve') // '12'
 */
export function concept(lemma: string): string {
  return CONCEPT_OF.get(lemma) ?? PLACE_OF.get(lemma) ?? NUMBERS[lemma] ?? MONTH_OF.get(lemma) ?? lemma;
}

/** The country of a demonym or short form ("Kenyan" -> "kenya"), else null. */
export const countryOf = (word: string): string | null => PLACE_OF.get(word.toLowerCase()) ?? null;
