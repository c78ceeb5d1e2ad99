/**
 * Organisations named in a sentence, read without memory: each capitalised run that may name one,
 * with what the text says it is ("the private company X", "X, the operator", "operated by X"), the
 * country written before it ("South Korean X"), or the person it turns out to be. organisations.ts
 * remembers them across a story.
 */
import { countryOf } from './lexicon.ts';
import { ROLE_WORDS, splitName, type Person } from './names.ts';
import { AND_BODY, COMPANY_ENDING, ORG_KINDS } from './org-kinds.ts';

/** "Late Tuesday, the company said": a time is never an organisation's name. */
const TIME_WORDS = /^(?:Early|Late|Last|Next|This|Since|Until)\s|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Tonight|Yesterday|Tomorrow)\b/;

/**
 * Capitalised runs that may name an organisation, in any Latin script. "of the" and "for the" stay inside a name
 * ("Superintendency of the Environment"); "and" joins the fields of a ministry ("Ministry of Transportation and
 * Infrastructure") or, before one word and the body's kind, of any body ("Parks and Wildlife Service"); never two names.
 */
const ORG_RUN = new RegExp(String.raw`(?<![\p{L}\d_.])(?:(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}\d_&’'-]*)(?:\s+(?:of\s+(?:the\s+)?|for\s+(?:the\s+)?|&\s+|and\s+(?<=\b(?:Ministry|Department|Office|Secretary|Minister|Commission|Agency)\s+(?:of|for)\s+\p{Lu}[\p{L}\d_’'-]*(?:\s+\p{Lu}[\p{L}\d_’'-]*)?\s+and\s+)|and\s+(?=(?:\p{Lu}[\p{L}\d_’'-]*\s+)?${AND_BODY}\b))?\p{Lu}[\p{L}\d_&’'.-]*)+(?:\s+\d{1,4}\b(?<=Local\s+\d+))?`, 'gu');

/** A company's legal form after its name: "A/S", "Ltd", "GmbH". */
export const LEGAL_FORM = /,?\s+(?:A\/S|AS|ASA|AB|AG|SA|S\.A\.|NV|N\.V\.|BV|GmbH|Ltd\.?|Limited|Inc\.?|LLC|plc|PLC|Corp\.?|Oy|SpA|S\.p\.A\.|Pty\s+Ltd|hf\.?|ehf\.?|ohf\.?)$/;

/** A capitalised run read as a person, with what their title says of organisations. */
export interface PersonMention {
  person: Person;
  /** "Acme Shipping spokeswoman Ida Holm": the organisation in the title ("Acme Shipping"). */
  titleOrg: string | null;
  /** "Halcyon chief executive Magnus Ridley": the company a chief executive heads ("Halcyon"). */
  chiefOf: string | null;
}

/** A capitalised run read as an organisation. */
export interface OrgMention {
  name: string;
  /** What the text calls it here: "company", "operator", "union". */
  kinds: string[];
  country: string | null;
  /** Named right after what it is ("the utility X", "owned by X"): surely no person. */
  described: boolean;
}

/**
 * The organisations (and the people that look like them) a sentence names, in order.
 * @example [...orgMentions('The barge, run by the shipping company Velmar Lines, hit the pier.')] // [{ org: { name: 'Velmar Lines', kinds: ['company', 'operator'], … } }]
 */
export function* orgMentions(text: string): Generator<{ person: PersonMention } | { org: OrgMention }> {
  for (const m of text.matchAll(ORG_RUN)) {
    // "The Ministry of Transport", "Members of United Workers Local 418" at the start of a sentence: the opening words are no part of the name.
    // "Kestrel Cell Technologies' factory": a possessive, plural or not, is no part of the name.
    const raw = m[0].replace(/[’']s?$/, '').replace(/(?<=[a-z]|\b[A-Z]{2,})\.$/, '').replace(/^(?:The|A|An)\s+(?=\S+\s)/, '').replace(/^(?:Members|Workers|Staff|Employees|Residents|Officials|Leaders|Supporters|Customers|Most|Many|Some|All|Both)\s+of\s+(?:the\s+)?(?=\S+\s)/, '');
    const before = text.slice(0, m.index).toLowerCase();
    const after = text.slice((m.index ?? 0) + m[0].length).toLowerCase();
    const described = /\b(?:the|a|an|its|their)\s+(?:[a-z-]+\s+){0,3}?([a-z]+)\s*,?\s*$/.exec(before)?.[1];
    const operated = /\b(?:operated|run|owned)\s+by\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}$/.test(before);
    // "Festival promoter Tidewater Live": what it is, written right before its name, without an article.
    const adjacent = /(?:^|\s)([a-z]+)\s+$/.exec(before)?.[1];
    const kindNext = !!adjacent && ORG_KINDS.has(adjacent) && !ROLE_WORDS.has(adjacent);
    // "Sangre Peak Guides, a Taos-based company that …": an appositive that says what it is.
    const saidToBe = /^,\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?([a-z]+)(?=\s+(?:that|which|who|based|with|in|of)\b|[,.;]|$)/.exec(after)?.[1];
    // A legal form ("S.A.", "AS", "Ltd") makes it a company, however like a person's name the rest reads.
    const person = described && ORG_KINDS.has(described) || operated || kindNext || (saidToBe && ORG_KINDS.has(saidToBe)) || LEGAL_FORM.test(raw) ? null : splitName(raw);
    if (person) {
      const titleOrg = (person.role ?? '').replace(/(?:\s+(?:[Dd]irector|[Mm]inister|[Ss]pokes\w+|[Cc]hief|[Hh]ead|[Cc]ommissioner|[Ss]ecretary|[Pp]resident|[Cc]hair\w*|CEO|[Mm]anager|[Oo]fficer|[Ss]pokesperson|[Rr]epresentative))+$/, '');
      const chiefOf = /^(.+?)\s+(?:chief executive|CEO|chairman|chairwoman|founder|managing director)\b/i.exec(person.role ?? '')?.[1] ?? null;
      yield { person: { person, titleOrg: titleOrg && titleOrg !== person.role && titleOrg.split(/\s+/).length >= 2 ? titleOrg : null, chiefOf } };
      continue;
    }
    if (/^(?:The|A|An|In|On|At|By|But|And|If|As|With|Without|For|From|After|Before|During|Under|Over)\s/.test(raw) || TIME_WORDS.test(raw)) continue;
    const words = raw.split(/\s+/);
    // "South Korean National Intelligence Service": the country is an attribute, not part of the name.
    let k = 0;
    // "British Columbia's Ministry of …": a word before a possessive names the owner, not a country.
    // "Kenya Revenue Authority": a country's own name opening a body's name is part of it; a demonym ("South Korean") is not.
    const demonym = (w: string): boolean => !!countryOf(w) && countryOf(w) !== w.toLowerCase();
    while (k < words.length - 2 && !/[’']s$/.test(words[k + 1]!) && (demonym(words[k]!) || /^(?:North|South|East|West)$/.test(words[k]!) && demonym(words[k + 1]!))) k++;
    const name = words.slice(k).join(' ');
    const kinds: string[] = [];
    const kindBefore = /\b(?:the|a|an|its|their)\s+(?:[a-z-]+\s+){0,3}?([a-z]+)\s+$/.exec(before)?.[1];
    let isDescribed = !!(kindBefore && ORG_KINDS.has(kindBefore)) || operated || kindNext;
    if (described && ORG_KINDS.has(described)) kinds.push(described);
    if (kindNext && !described) kinds.push(adjacent!);
    if (saidToBe && ORG_KINDS.has(saidToBe)) (kinds.push(saidToBe), (isDescribed = true));
    const appositive = /^,\s+(?:the|a|an)\s+(?:[a-z-]+\s+){0,3}?([a-z]+)\b/.exec(after)?.[1];
    if (appositive && ORG_KINDS.has(appositive)) kinds.push(appositive);
    if (/\b(?:operated|run)\s+by\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}$/.test(before)) kinds.push('operator');
    if (/\b(?:owned)\s+by\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}$/.test(before)) kinds.push('owner');
    const last = words.at(-1)!.toLowerCase().replace(/\.$/, '');
    if (ORG_KINDS.has(last)) kinds.push(last);
    if (COMPANY_ENDING.test(last)) kinds.push('company');
    if (/^(?:air|airlines|airways)$/i.test(last)) kinds.push('airline');
    if (/^(?:electric|energy|power|water|gas)$/i.test(last)) kinds.push('utility', 'company');
    if (/\b(?:built|made|manufactured|developed|designed|produced)\s+by\s+$/.test(before)) kinds.push('company');
    // "United Industrial Workers Local 418" is a union, though no word of its name says so.
    if (/\b(?:Workers|Union|Brotherhood|Guild|Teamsters|Local \d+)\b/.test(name)) kinds.push('union');
    const country = words.slice(0, k).map((w) => countryOf(w)).find(Boolean) ?? null;
    yield { org: { name, kinds, country, described: isDescribed } };
  }
}
