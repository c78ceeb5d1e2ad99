import { describe, expect, test } from 'vitest';
import { attribute, newContext, remember } from '../../scripts/lib/claims/attribute.ts';
import { PeopleRegistry } from '../../scripts/lib/claims/people.ts';

/** Made-up sentences; each row runs in a fresh context, after an optional earlier sentence. */
const rows: { before?: string; sentence: string; speaker: string | null; verb?: string; affiliation?: string }[] = [
  { sentence: '"The bridge will reopen in May," harbour master Ana Lima said.', speaker: 'Ana Lima', verb: 'said' },
  { sentence: 'Harbour master Ana Lima said the bridge would reopen in May.', speaker: 'Ana Lima', verb: 'said' },
  { sentence: '"The bridge will reopen in May," said the harbour master, Ana Lima.', speaker: 'Ana Lima', verb: 'said' },
  { sentence: 'The bridge will reopen in May, according to Dr. Tomas Berg, the head of the city works office.', speaker: 'Tomas Berg', verb: 'according to' },
  { sentence: 'Two sources familiar with the matter said the contract had been cancelled.', speaker: 'unnamed sources', affiliation: 'Two sources familiar with the matter' },
  { sentence: 'The dam had cracked before the storm, a regional official said, as engineers inspected it.', speaker: 'unnamed sources' },
  { before: 'Mayor Carla Duarte visited the site on Monday.', sentence: 'She added that repairs would take weeks.', speaker: 'Carla Duarte', verb: 'added' },
  { before: 'Port director Ivo Santos spoke first.', sentence: 'The director told reporters the port was closed.', speaker: 'Ivo Santos', verb: 'told' },
  { sentence: 'The port will stay closed until Friday. This was revealed by harbour master Ana Lima on Tuesday.', speaker: 'Ana Lima', verb: 'revealed' },
  { sentence: 'Nordvik Shipping refused to confirm or deny that the hull was damaged.', speaker: 'Nordvik Shipping', verb: 'refused to confirm or deny' },
  { sentence: '"The claims are false," company spokeswoman Ida Holm said.', speaker: null },
  { sentence: 'A gang calling itself RedFin claimed the attack on Sunday.', speaker: 'RedFin' },
  { sentence: 'The river rose two metres overnight.', speaker: null },
  // An organisation is remembered with what the text calls it, not only as "the last organisation".
  { before: 'The barge, run by the shipping company Velmar Lines, hit the pier. Two guards were hurt, according to the Harbour Police.', sentence: '"The hull held," the company said in a statement.', speaker: 'Velmar Lines' },
  { before: 'Mexican Civil Protection Service Director Pia Lund briefed the committee.', sentence: 'The Mexican protection agency reported that the border was calm.', speaker: 'Civil Protection Service' },
  // "he" after a name in the same sentence is that person, not the one quoted before.
  { before: '"We ran," said Tove Ek, a passenger.', sentence: 'The head of the port, Arne Dahl, said the cranes were safe. "They held," he said.', speaker: 'Arne Dahl' },
  // A titled person as the subject reports their own act.
  { sentence: 'Transport Minister Lea Brandt visited the site and ordered an audit.', speaker: 'Lea Brandt', verb: 'visited' },
  { sentence: 'Recent press reports claiming the dock was unsafe are wrong.', speaker: null },
  { sentence: 'This was announced by the port’s safety officer, Ivo Marsh, on Monday.', speaker: 'Ivo Marsh' },
  { sentence: 'Officials in both Norland and Vest had previously stated that the dam was weak.', speaker: 'unnamed sources' },
  // A clause after "according to X," is the fact, not X's title.
  { sentence: 'According to County Engineer Rosa Vidal, the embankment gave way after heavy rain.', speaker: 'Rosa Vidal', affiliation: 'County Engineer' },
];

describe('attribute', () => {
  test.each(rows)('$sentence', ({ before, sentence, speaker, verb, affiliation }) => {
    const ctx = newContext(new PeopleRegistry());
    if (before) remember(ctx, before, attribute(before, ctx));
    const got = attribute(sentence, ctx).attribution;
    if (speaker === null && /spokeswoman/.test(sentence)) {
      // No organisation known yet: the spokesperson is the speaker.
      expect(got.speaker).toBe('Ida Holm');
      return;
    }
    expect(got.speaker).toBe(speaker);
    if (verb) expect(got.verb).toBe(verb);
    if (affiliation) expect(got.affiliation).toBe(affiliation);
  });

  test('a spokesperson speaks for the organisation named before', () => {
    const ctx = newContext(new PeopleRegistry());
    ctx.lastOrg = 'Nordvik Shipping';
    const got = attribute('"The claims are false," company spokeswoman Ida Holm said.', ctx).attribution;
    expect(got.speaker).toBe('Nordvik Shipping');
    expect(got.affiliation).toContain('Ida Holm');
  });
});

describe('issuerOf', () => {
  test('a press release speaks for the organisation its "About" footer names', async () => {
    const { issuerOf } = await import('../../scripts/lib/claims/extract.ts');
    const sentences = ['PRESS RELEASE', 'Recent reports about the dock are wrong.'].map((text, index) => ({ source: 's', anchor: `s-${index}`, text, paragraph: index, index, line: index + 1 }));
    expect(issuerOf(sentences, 'About Velmar Lines')).toEqual({ name: 'Velmar Lines', release: true });
    expect(issuerOf(sentences.slice(1), 'About Velmar Lines')).toBeNull();
  });
});
