/**
 * Bodies a sentence names in forms the capitalised-run reader (org-mention.ts) misses or mistakes for people:
 * a Romance-language name joined by particles ("Sûreté du Québec"), a place and a lower-case kind ("the
 * Bouches-du-Rhône prefecture"), a company after its legal form ("PT Sinar Jaya Garmindo"); and the organiser an
 * event is credited to. Read without memory; organisations.ts remembers them.
 */
import { countryOf } from './lexicon.ts';
import { NOT_ONE_WORD_ORG } from './org-kinds.ts';

export interface BodyMention {
  name: string;
  /** What it is, where the form says: "police", "prefecture", "company". */
  kind: string | null;
  /** Written with a legal form: a company, never a person. */
  legal: boolean;
}

/** A Romance-language body's name: its kind first, then particles and names ("Sûreté du Québec", "Parc animalier du Garlaban"). */
const ROMANCE_BODY = /\b(?:Sûreté|Surete|Gendarmerie|Parc|Ministère|Préfecture|Agence|Société|Compagnie|Groupe|Conseil|Comité|Caisse|Instituto|Ministerio|Junta|Ayuntamiento|Guardia|Policía|Polícia|Polizia|Comune|Regione|Provincia|Banco|Banca)(?!\p{L})(?:\s+[\p{Ll}]+)?(?:\s+\p{Lu}[\p{L}’'-]*)*\s+(?:de|du|des|del|della|di|da|do|dos)\s+(?:la\s+|l[’'])?\p{Lu}[\p{L}’'-]*(?:[\s-]\p{Lu}[\p{L}’'-]*)*/gu;
const ROMANCE_POLICE = /^(?:Sûreté|Surete|Gendarmerie|Guardia|Policía|Polícia|Polizia|Carabinieri)(?!\p{L})/u;
/** "the Bouches-du-Rhône prefecture", "the Vell municipality": a public body known by its place and its kind. */
const PLACE_BODY = /\bthe\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})\s+(prefecture|municipality|ministry|council|government)\b/gu;
/** "PT Sinar Jaya Garmindo": an Indonesian company's legal form comes first. */
const FORM_FIRST = /\b(?:PT|CV)\.?\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,4})/gu;

/**
 * @example [...bodyMentions('the Sûreté du Québec said')] // [{ name: 'Sûreté du Québec', kind: 'police', legal: false }]
 */
export function* bodyMentions(text: string): Generator<BodyMention> {
  for (const m of text.matchAll(ROMANCE_BODY)) yield { name: m[0], kind: ROMANCE_POLICE.test(m[0]) ? 'police' : null, legal: false };
  for (const m of text.matchAll(PLACE_BODY)) if (!countryOf(m[1]!) && !NOT_ONE_WORD_ORG.test(m[1]!)) yield { name: `${m[1]!} ${m[2]!}`, kind: m[2]!, legal: false };
  for (const m of text.matchAll(FORM_FIRST)) yield { name: m[1]!, kind: 'company', legal: true };
}

const NAME = String.raw`\p{Lu}[\p{L}\d&’'-]*(?:\s+(?:of\s+|for\s+|and\s+)?\p{Lu}[\p{L}\d&’'-]*)+`;
const EVENT = String.raw`(?:march|protest|rally|strike|race|festival|event|demonstration|walkout|concert|marathon)`;
/** "The Fuel Justice Coalition, which organised Tuesday's march". */
const ORGANISED = new RegExp(String.raw`(${NAME}),?\s+(?:which\s+|that\s+)?(?:organi[sz]ed|organi[sz]es|is organi[sz]ing|called|staged|runs|ran)\s+(?:the|this|a|\p{Lu}\p{L}+[’']s)\s+(?:[\w’'-]+\s+){0,2}?${EVENT}`, 'gu');
/** "The march, organized by a group … calling itself the Fuel Justice Coalition". */
const ORGANISED_BY = new RegExp(String.raw`\borgani[sz]ed\s+by\s+[^.;]{0,80}?\b(?:the\s+)?(${NAME})`, 'gu');

/** The bodies a sentence credits with organising an event. */
export const organisersIn = (text: string): string[] => [...text.matchAll(ORGANISED), ...text.matchAll(ORGANISED_BY)].map((m) => m[1]!.replace(/^The\s+/, ''));
