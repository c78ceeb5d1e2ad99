import { describe, expect, test } from 'vitest';
import { DEFAULT_MATCH, matchCandidates, supportingCandidates, type MatchCandidate } from '../../scripts/lib/claims/match.ts';
import { speakerKey } from '../../scripts/lib/claims/extract.ts';
import { contentTokens } from '../../scripts/lib/claims/tokens.ts';

type By = 'explicit' | 'carried' | 'none';

const candidate = (source: string, text: string, speaker: string | null, by: By = 'explicit', anchor = 's-1'): MatchCandidate => ({
  source,
  anchor,
  quote: text,
  statement: text,
  attribution: { speaker: speaker ? `Speaker ${speaker}` : null, affiliation: null, verb: speaker ? 'said' : null },
  denial: false,
  figures: [],
  date: null,
  entities: [],
  tokens: contentTokens(text),
  speakerKey: speaker,
  attributedBy: speaker ? by : 'none',
});

/** Filler sentences so that rarity weights mean something. */
const filler = [
  'The weather stayed mild over the weekend.', 'Traffic on the ring road was heavy.', 'A market opened near the old station.', 'Schools in the district reopened.',
  'The museum extended its opening hours.', 'Local bakeries raised bread prices.', 'The council repainted the town hall.', 'A choir sang at the cathedral.',
  'Farmers sold apples at the fair.', 'The library lent more books this year.',
].map((t, i) => candidate(`f${i}`, t, null));

const A = 'What exactly the Vellan crews are doing near the northern harbour will have to be seen, Mirov told reporters.';
const B = 'What exactly are they doing? Left to be seen.';

/** Made-up paraphrases of one statement: same speaker groups them, no or different speakers keep them apart. */
const rows: { name: string; a: [string, string | null, By]; b: [string, string | null, By]; together: boolean }[] = [
  { name: 'one speaker, paraphrased', a: [A, 'mirov', 'explicit'], b: [B, 'mirov', 'explicit'], together: true },
  { name: 'no speaker on either side', a: [A, null, 'none'], b: [B, null, 'none'], together: false },
  { name: 'two different speakers', a: [A, 'mirov', 'explicit'], b: [B, 'dunne', 'explicit'], together: false },
  { name: 'speaker only carried on both sides', a: [A, 'mirov', 'carried'], b: [B, 'mirov', 'carried'], together: false },
];

const SLIP = 'In a slip that quickly went viral online among sailors, she first named Tarrow harbour before settling on Dunmore shipyard for the refitted pumps after checking notes.';

describe('speaker-aware matching', () => {
  test.each(rows)('$name', ({ a, b, together }) => {
    const cs = [candidate('a', ...a), candidate('b', ...b), ...filler];
    const groups = matchCandidates(cs);
    expect(groups.some((g) => g.includes(0) && g.includes(1))).toBe(together);
  });

  test('a sentence of the same speaker supports a group it only partly restates, as a citation, not a member', () => {
    const cs = [
      candidate('a', 'The Orvell pumps were refitted at Dunmore.', 'mirov'),
      candidate('b', 'The Orvell pumps were refitted at Dunmore.', 'mirov'),
      candidate('c', SLIP, 'mirov', 'carried'),
      ...filler,
    ];
    const groups = matchCandidates(cs);
    const support = supportingCandidates(cs, groups);
    const k = groups.findIndex((g) => g.includes(0));
    expect(groups[k]).toEqual([0, 1]);
    expect(support[k]).toEqual([2]);
    // Only the shared speaker lets it support the group.
    expect(supportingCandidates(cs, groups, { ...DEFAULT_MATCH, sameSpeakerSupport: 2 })[k]).toEqual([]);
  });
});

const keys: { speaker: string | null; person: string | null; expected: string | null }[] = [
  { speaker: 'Lloyd J. Austin', person: 'Lloyd J. Austin', expected: 'austin' },
  { speaker: 'Vellan Port Authority', person: null, expected: 'vellan port authority' },
  { speaker: 'the Tarrow Council', person: null, expected: 'tarrow council' },
  { speaker: 'unnamed sources', person: null, expected: null },
  { speaker: null, person: null, expected: null },
];

test.each(keys)('speakerKey($speaker) = $expected', ({ speaker, person, expected }) => {
  expect(speakerKey({ speaker, affiliation: null, verb: 'said' }, person ? { name: person } : null)).toBe(expected);
});
