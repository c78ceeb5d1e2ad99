import { describe, expect, test } from 'vitest';
import { findFigures } from '../../scripts/lib/claims/figures.ts';
import { matchCandidates, supportingCandidates } from '../../scripts/lib/claims/match.ts';
import { contentTokens } from '../../scripts/lib/claims/tokens.ts';
import type { Candidate } from '../../scripts/lib/types.ts';

/** Made-up paraphrases: each pair must share the listed tokens after normalisation. */
const shared: { a: string; b: string; tokens: string[] }[] = [
  { a: 'The barges travelled by ship to Marlow', b: 'The barges were transported by sea to Marlow', tokens: ['move', 'ship', 'marlow'] },
  { a: 'Three workers died in the blaze', b: 'The fire killed 3 employees', tokens: ['3', 'worker', 'death', 'fire'] },
  { a: 'The U.N. sent 2,500 troops', b: 'UN dispatched 2500 soldiers', tokens: ['un', 'move', '2500', 'soldier'] },
  { a: 'Ferries stopped at noon', b: 'the ferry stopped at noon', tokens: ['ship', 'suspend', 'noon'] },
  { a: 'Vellan officials briefed the press', b: 'Vellan authorities informed reporters', tokens: [] },
  { a: 'The Orvell levee gave way on Monday', b: 'The Orvell levee collapsed on Monday', tokens: ['orvell', 'levee', 'collapse', 'monday'] },
  { a: 'A fire broke out in the depot', b: 'A fire started in the depot', tokens: ['fire', 'start', 'depot'] },
  { a: 'A lynx broke out of the Tarn zoo and was shot dead', b: 'Gendarmes shot the lynx that escaped from the Tarn zoo', tokens: ['lynx', 'escape', 'tarn', 'zoo', 'shoot'] },
  { a: 'The repair was pushed back to 2026', b: 'The repair was postponed until 2026', tokens: ['repair', 'postpone', '2026'] },
  { a: 'Six miners were taken to hospital', b: 'Six miners were hospitalised', tokens: ['6', 'miner', 'hospitalize'] },
  { a: 'Two patients were admitted to hospital', b: 'Two patients were hospitalized', tokens: ['2', 'patient', 'hospitalize'] },
  { a: 'A link to the drug could not be ruled out', b: 'A link to the drug could not be excluded', tokens: ['link', 'drug', 'exclude'] },
  { a: 'Thieves stole a diadem from the museum', b: 'The theft of a diadem from the museum', tokens: ['steal', 'diadem', 'museum'] },
  { a: 'Forty guests fell sick on the ship', b: 'An illness hit forty guests on the ship', tokens: ['ill', 'guest', 'ship'] },
  { a: 'She beat the councillor by nine votes', b: 'She was declared the winner by nine votes', tokens: ['win', '9', 'vote'] },
  { a: 'She led by 61 votes on election night', b: 'She was 61 votes ahead on election night', tokens: ['lead', '61', 'vote', 'night'] },
  { a: 'The ferry departed 40 minutes late', b: 'The ferry left 40 minutes behind schedule', tokens: ['depart', 'ship'] },
  { a: 'The ferry struck a reef near Tarnoya at 9:40 p.m.', b: 'The ferry ran aground near Tarnoya at 21:40', tokens: ['hit', 'aground', '21:40'] },
  { a: 'The ship ran onto a skerry at 09:15', b: 'The ship went aground at 9:15 a.m.', tokens: ['hit', 'aground', '9:15'] },
  { a: 'More than 120 families have been in touch with the group', b: 'More than 120 families contacted the group', tokens: ['contact', '120', 'family'] },
  { a: 'Thieves made off with a diadem', b: 'Thieves stole a diadem', tokens: ['steal', 'diadem'] },
  { a: 'A volunteer firefighter lost his life on Sunday night', b: 'A volunteer firefighter died on Sunday night', tokens: ['death', 'firefighter'] },
  { a: 'Three people were transported to hospital', b: 'Three people were taken to hospital', tokens: ['hospitalize'] },
  { a: 'Organisers have held back his prize money', b: 'The prize money has been frozen', tokens: ['withhold', 'prize', 'money'] },
  { a: 'One person remains missing', b: 'One person is still unaccounted for', tokens: ['miss'] },
  { a: 'Three of its four cars left the tracks', b: 'Three of the four carriages came off the rails', tokens: ['3', '4', 'car', 'derail'] },
  { a: 'The tram derailed near the depot', b: 'A derailment near the depot', tokens: ['derail', 'depot'] },
  // What a denial answers in other words: an alarm "rang unanswered" is one "ignored"; a post "cut" is one "eliminated".
  { a: 'A low-chlorine alarm rang unanswered through the night', b: 'It denied that any alarm had been ignored', tokens: ['alarm', 'ignore'] },
  { a: 'The town cut the overnight on-call shift', b: 'The overnight on-call position was eliminated', tokens: ['decrease', 'overnight'] },
  { a: 'Rail services were stopped on Friday', b: 'Rail services were suspended on Friday', tokens: ['suspend', 'friday'] },
  { a: 'Investigators are examining the pumps', b: 'An inquiry into the pumps', tokens: ['investigation', 'pump'] },
  // A wire abbreviates months: "Sept. 12" is "12 September".
  { a: 'The vote was held on Sept. 12', b: 'The vote was held on 12 September', tokens: ['september', '12'] },
  // A wire writes names without their accents; the tokenizer must not break a name at an accented letter.
  { a: 'The ferry left Tromsø for Hammerfest', b: 'The ferry sailed from Tromso to Hammerfest', tokens: ['tromso', 'hammerfest'] },
  { a: 'Mayor Zieliński of Łódź spoke', b: 'Mayor Zielinski of Lodz spoke', tokens: ['zielinski', 'lodz'] },
];

describe('contentTokens', () => {
  test.each(shared)('$a ~ $b', ({ a, b, tokens }) => {
    const ta = new Set(contentTokens(a));
    const tb = new Set(contentTokens(b));
    for (const t of tokens) {
      expect(ta.has(t), `${t} in ${[...ta]}`).toBe(true);
      expect(tb.has(t), `${t} in ${[...tb]}`).toBe(true);
    }
  });

  test('drops function words and reporting verbs', () => {
    expect(contentTokens('He said that they were at the dock')).toEqual(['dock']);
  });
});

const candidate = (source: string, text: string, anchor = 's-1'): Candidate => ({
  source,
  anchor,
  quote: text,
  statement: text,
  attribution: { speaker: null, affiliation: null, verb: null },
  denial: false,
  figures: [],
  date: null,
  entities: [],
  tokens: contentTokens(text),
});

/** Filler sentences so that rarity weights mean something. */
const filler = ['The weather stayed mild over the weekend.', 'Traffic on the ring road was heavy.', 'A market opened near the old station.', 'Schools in the district reopened.', 'The museum extended its opening hours.', 'Local bakeries raised bread prices.'].map((t, i) => candidate(`f${i}`, t));

describe('matchCandidates', () => {
  test.each([
    {
      name: 'paraphrases across articles form one group; unrelated sentences stay apart',
      texts: ['The Orvell dam cracked after the Tamsin river flooded the valley.', 'Flooding on the Tamsin river cracked the Orvell dam.', 'The Kestrel bridge reopened to lorries on Sunday.'],
    },
    {
      name: 'shares that differ are different claims; a rounded share is the same',
      texts: ['Turnout in the Orvell ward was 61.6 per cent of registered voters.', 'Turnout in the Orvell ward was about 62% of registered voters.', 'Turnout in the Orvell ward was 55% of registered voters.'],
    },
    {
      name: 'spans of time that differ are different claims, even beside the value they deny',
      texts: ['The Orvell sirens sounded four minutes before the dam gave way.', 'The Orvell sirens sounded 4 minutes before the dam gave way, residents said.', 'The Orvell sirens sounded less than a minute before the dam gave way, not four minutes as the council said.'],
    },
  ])('$name', ({ texts }) => {
    const groups = matchCandidates([...texts.map((t, i) => candidate('abc'[i]!, t)), ...filler]);
    expect(groups).toContainEqual([0, 1]);
    expect(groups).toContainEqual([2]);
  });

  test('a sentence with an old and a new count agrees with a copy of itself', () => {
    const text = 'The Orvell count of injured rose to 16, up from the seven reported on Monday.';
    const counted = (source: string): Candidate => ({ ...candidate(source, text), figures: findFigures(text) });
    expect(counted('a').figures.map((f) => f.value)).toEqual([16, 7]);
    expect(matchCandidates([counted('a'), counted('b'), ...filler])).toContainEqual([0, 1]);
  });

  test('never two candidates of one source in a group', () => {
    const cs = [candidate('a', 'The Orvell dam cracked on Monday.'), candidate('a', 'The Orvell dam cracked on Monday.', 's-2'), ...filler];
    expect(matchCandidates(cs).every((g) => new Set(g.map((i) => cs[i]!.source)).size === g.length)).toBe(true);
  });

  test('a sentence that states two facts supports both claims', () => {
    const cs = [
      candidate('a', 'The Orvell dam cracked after the Tamsin river flooded.'),
      candidate('b', 'The Orvell dam cracked after the Tamsin river flooded.'),
      candidate('a', 'Engineers from Dunmore evacuated the Pellick valley overnight.', 's-2'),
      candidate('b', 'Engineers from Dunmore evacuated the Pellick valley overnight.', 's-2'),
      candidate('c', 'The Orvell dam cracked when the Tamsin river flooded, and engineers from Dunmore evacuated the Pellick valley overnight.'),
      ...filler,
    ];
    const groups = matchCandidates(cs);
    const support = supportingCandidates(cs, groups);
    const cited = groups.map((g, k) => [...g, ...support[k]!].map((i) => cs[i]!.source).sort());
    expect(cited.filter((sources) => sources.join() === 'a,b,c')).toHaveLength(2);
  });

  test('work per candidate is bounded: a large story of near-identical sentences groups quickly', () => {
    const cs = Array.from({ length: 3000 }, (_, i) => candidate(`s${i}`, `The Orvell dam near Tamsin was closed after ${i % 50} cracks appeared.`));
    const t0 = performance.now();
    const groups = matchCandidates(cs);
    supportingCandidates(cs, groups);
    expect(performance.now() - t0).toBeLessThan(20_000);
    expect(groups.flat()).toHaveLength(3000);
  });
});
