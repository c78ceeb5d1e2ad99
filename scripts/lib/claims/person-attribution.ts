/**
 * A person as a source: a spokesperson speaks for the organisation, which becomes the speaker;
 * anyone else speaks for themselves, with the body their title names as affiliation.
 */
import type { Attribution } from '../../../src/schema.ts';
import { escapeRegExp } from './escape-regexp.ts';
import type { Person } from './names.ts';
import type { SpeechContext } from './speaker.ts';

/** Collective nouns an organisation's name may end with in lower case: "Portuguese authorities". */
const COLLECTIVE = /^(?:authorities|police|government|military|army|navy|officials|intelligence|agency|ministry|prosecutors|investigators|forces|embassy|coast|guard|firefighters|rescuers|media)$/;

/** Is this a name (capitalised words, or a capitalised word and collective nouns), not a sentence's opening words ("Recent media")? */
export function orgName(head: string): boolean {
  const words = head.replace(/^the\s+/i, '').split(/\s+/);
  const lower = words.filter((w) => /^\p{Ll}/u.test(w) && !/^(?:of|for|and|the|in|on|de|da|do)$/.test(w));
  return /^\p{Lu}/u.test(words.at(-1)!) || lower.every((w) => COLLECTIVE.test(w)) && !lower.includes('media');
}

/** A spokesperson speaks for an organisation: the organisation is the source, the person goes in the affiliation. */
export function personAttribution(person: Person, ctx: SpeechContext): { attribution: Attribution; person: Person | null } {
  const role = person.role;
  const spokes = role ? /^(?:(?:the\s+)?(company|firm|operator|group|ministry|agency|embassy)|(?!(?:A|An|The)\s)([A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*)*))(?:[’']s)?\s+(?:spokes(?:wo)?man|spokesperson|representative)\b/.exec(role) : null;
  const bareSpokes = role ? /^(?:a\s+|the\s+)?(?:spokes(?:wo)?man|spokesperson)$/i.test(role) : false;
  if (spokes || bareSpokes) {
    // "company spokeswoman": the company the sentence names, else the last body heard if it is one, else the story's latest.
    const kind = spokes?.[1]?.toLowerCase();
    const lastFits = !!ctx.lastOrg && (!kind || ctx.people.mayBe(ctx.lastOrg, kind));
    const ofKind = kind ? ctx.people.namedIn(ctx.sentence ?? '', kind) ?? (lastFits ? ctx.lastOrg : ctx.people.resolveOrgDescription(`the ${kind}`)) : null;
    // "Prefecture spokeswoman X": a kind written with a capital is the body of that kind the story names.
    const capitalKind = spokes?.[2] && !/\s/.test(spokes[2]) ? ctx.people.resolveOrgDescription(`the ${spokes[2].toLowerCase()}`) : null;
    const org = capitalKind ?? (spokes?.[2] ? ctx.people.resolveOrg(spokes[2]) : kind ? ofKind && ctx.people.commonName(ofKind) : ctx.lastOrg);
    // "Airport spokesman Marcus Lee": a lone common word names no organisation; the person speaks.
    const named = !!org && (/\s|^[A-Z0-9&]{2,}$/.test(org) || ctx.people.isOrg(org));
    if (org && named) return { attribution: { speaker: org, affiliation: `${role!.replace(/^.*?(spokes\w+|representative)/, '$1')} ${person.name}`, verb: null }, person: null };
  }
  // "Annelies van Dijk, a spokeswoman for the Public Prosecution Service": the body she speaks for.
  // "a spokeswoman for the prosecution service": the body so described, when the story names it.
  const spokesFor = role ? /^(?:a\s+|the\s+)?(?:spokes(?:wo)?man|spokesperson)\s+(?:for|of|at)\s+(?:the\s+)?(.+)$/u.exec(role) : null;
  const spokenFor = spokesFor ? (/^\p{Lu}/u.test(spokesFor[1]!) ? ctx.people.resolveOrg(spokesFor[1]!) : ctx.people.resolveOrgDescription(`the ${spokesFor[1]!}`)) : null;
  if (spokenFor) return { attribution: { speaker: spokenFor, affiliation: `${role!.replace(/^(?:a|the)\s+/, '').replace(/\s+(?:for|of|at)\s+.*$/, '')} ${person.name}`, verb: null }, person: null };
  // "The Windhoek Residents' Association puts …, its chairperson Erastus Mbako told …": the body the sentence names owns the role.
  const owner = role && ctx.sentence && new RegExp(String.raw`\b(?:its|their)\s+${escapeRegExp(role)}\b`).test(ctx.sentence) ? ctx.people.orgsIn(ctx.sentence) : [];
  if (owner.length === 1) person.role = `${role} of ${owner[0]!}`;
  // "Electoral Commissioner Margaret Fennimore": the commission she heads, when the story names it.
  const body = owner.length === 1 ? null : role ? ctx.people.bodyOf(role) : null;
  // "the service's incident controller" is the incident controller of the body named beside it.
  const title = body ? role!.replace(/^(?:the\s+)?[a-z]+[’']s\s+/, '') : role;
  return { attribution: { speaker: person.name, affiliation: body ? `${title}, ${body}` : person.role, verb: null }, person };
}

