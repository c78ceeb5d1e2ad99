import { describe, expect, test } from 'vitest';
import { deniedObject, denialWords, denierName, denierOf, predicateOf } from '../../scripts/lib/claims/denial-text.ts';
import { linkDenials, MAX_DISPUTED, type DraftGroup } from '../../scripts/lib/claims/denials.ts';
import { contentTokens } from '../../scripts/lib/claims/tokens.ts';
import type { ClaimCandidate } from '../../scripts/lib/claims/extract.ts';
import type { Article } from '../../scripts/lib/types.ts';

describe('deniedObject', () => {
  test.each([
    { input: 'The mayor denied that the dam had been inspected late.', object: 'the dam had been inspected late', vague: false },
    { input: 'The firm refused to confirm or deny whether it paid the fine.', object: 'it paid the fine', vague: false },
    { input: 'The club denied the matter.', object: 'the matter', vague: true },
    { input: 'The ministry called these reports "baseless".', object: 'these reports', vague: true },
    { input: 'Recent claims that the pier was unsafe are unfounded.', object: 'the pier was unsafe', vague: false },
    { input: 'Norland rejects the claims that its patrol boat rammed the trawler.', object: 'its patrol boat rammed the trawler', vague: false },
    { input: 'Asked whether the plant had leaked, she would not comment.', object: 'the plant had leaked', vague: false },
  ])('$input', ({ input, object, vague }) => {
    expect(deniedObject(input)).toMatchObject({ object, vague });
  });
  // "that account" points back to what was said before; whose account it was ("the company's account") names its source instead.
  test.each([
    { input: 'The operator refused to confirm or deny that account, citing the inquiry.', points: true },
    { input: 'The ministry rejected that version within the hour.', points: true },
    { input: 'The union’s president dismissed the company’s account as "pure fantasy".', points: false },
    // Blame denied is no pointer: the sentence before ("The minister suspended the mine") is not what it answers.
    { input: 'The licence holder, Tarn Minerals, rejected any responsibility.', points: false },
    { input: 'The operator denied any wrongdoing.', points: false },
  ])('points back: $input', ({ input, points }) => {
    expect(deniedObject(input).points).toBe(points);
  });
});

describe('denialWords', () => {
  test.each([
    { input: 'The council called it a "political stunt."', expected: 'political stunt' },
    { input: 'The firm refused to confirm or deny that it paid the fine, citing lawyers.', expected: 'refused to confirm or deny it paid the fine' },
  ])('$input', ({ input, expected }) => {
    expect(denialWords(input)).toBe(expected);
  });
});

function cand(source: string, anchor: string, quote: string, denial: boolean, speaker: string | null = null): ClaimCandidate {
  return {
    source, anchor, quote, statement: quote, content: quote, attribution: { speaker, affiliation: null, verb: null }, denial,
    figures: [], date: null, entities: [], tokens: contentTokens(quote), context: [], index: Number(anchor.slice(2)), attributedBy: speaker ? 'explicit' : 'none',
  };
}
const draft = (id: string, c: ClaimCandidate): DraftGroup => ({ id, group: [c], rep: c });

describe('linkDenials', () => {
  const sentences = ['Inspectors found the reactor valve had cracked in March.', 'The plant operator denied the matter.', 'The town opened a new library.'];
  const art = { id: 'st/a', sentences: sentences.map((text, i) => ({ source: 'st/a', anchor: `s-${i}`, text, paragraph: i, index: i, line: i })) } as unknown as Article;
  const drafts = [
    draft('c-valve', cand('st/a', 's-0', sentences[0]!, false, 'Inspectors')),
    draft('c-deny', cand('st/a', 's-1', sentences[1]!, true)),
    draft('c-library', cand('st/a', 's-2', sentences[2]!, false)),
    draft('c-valve2', cand('st/b', 's-0', 'The reactor valve cracked weeks ago, engineers said.', false)),
    draft('c-named', cand('st/b', 's-1', 'The utility denied that the reactor valve had cracked.', true, 'The utility')),
  ];
  const links = linkDenials(drafts, new Map([['st/a', art]]));
  test.each([
    { denial: 'c-deny', expected: ['c-valve'] },
    { denial: 'c-named', expected: ['c-valve', 'c-valve2'] },
  ])('$denial', ({ denial, expected }) => {
    expect(links.denies.get(denial)).toEqual(expect.arrayContaining(expected));
    expect(links.denies.get(denial)).not.toContain('c-library');
    for (const id of expected) expect(links.disputedBy.get(id)).toContain(denial);
  });
  test('names the denier', () => {
    expect(links.denials.get('c-named')!.by).toBe('The utility');
  });
});

/** Denial links of a made-up article, one sentence per paragraph: `speakers` gives who says each, `denials` which sentences deny. */
function linkArticle(sentences: readonly string[], denials: readonly number[], speakers: Record<number, string> = {}) {
  const art = { id: 'st/a', sentences: sentences.map((text, i) => ({ source: 'st/a', anchor: `s-${i}`, text, paragraph: i, index: i, line: i })) } as unknown as Article;
  const drafts = sentences.map((text, i) => draft(`c-${i}`, cand('st/a', `s-${i}`, text, denials.includes(i), speakers[i] ?? null)));
  return linkDenials(drafts, new Map([['st/a', art]]));
}

describe('linkDenials: "rejected that account" looks past a note on the sources', () => {
  const sentences = [
    'Two workers told the Courier that supervisors ordered crews to cover the waste with soil before inspectors arrived.',
    'Both spoke on condition of anonymity for fear of losing their jobs.',
    'Tarn Mining rejected that account.',
  ];
  test('the account is the workers’ statement, not the note that they spoke anonymously', () => {
    expect(linkArticle(sentences, [2], { 0: 'unnamed sources', 2: 'Tarn Mining' }).denies.get('c-2')).toEqual(['c-0']);
  });
});

describe('linkDenials: "had received any warning" answers "warned"; the denier calling itself "the company" names nobody else', () => {
  test('a received warning is a warning given', () => {
    const sentences = [
      'The regulator said it had warned Tarn Power in writing twice this year about corrosion in well HR-7.',
      'Tarn Power denied that the company had received any warning about HR-7.',
      'The town opened a new library.',
    ];
    expect(linkArticle(sentences, [1], { 0: 'regulator', 1: 'Tarn Power' }).denies.get('c-1')).toEqual(['c-0']);
  });
});

describe('linkDenials: a denial disputes what it answers, not every claim that shares a word with it', () => {
  const sentences = [
    'Kenya’s mining minister has suspended all operations at the mine.',
    'The licence holder, Tarn Minerals, rejected any responsibility.',
    'Tarn Minerals denied that the north shaft had been inspected late.',
    'Inspectors said the north shaft had been inspected late.',
    'A contractor and two engineers said an old shaft at the north pit had not been inspected in years, a local paper reported.',
  ];
  const links = linkArticle(sentences, [1, 2], { 1: 'Tarn Minerals', 2: 'Tarn Minerals' });
  test('"rejected any responsibility" disputes no fact stated before it', () => {
    expect(links.denies.get('c-1') ?? []).not.toContain('c-0');
  });
  test('a denial disputes the claim that states what it denies, not a weaker match that only shares words', () => {
    expect(links.denies.get('c-2')).toEqual(['c-3']);
  });
});

describe('linkDenials: a denial about the sentence before it', () => {
  const sentences = [
    'Leaked memos show a surveyor warned of cracks in the harbour wall in 2021.',
    'Portline denied that it had ignored any advice about the wall, calling the suggestion "absurd."',
    'Two crane drivers told the Courier that the harbour pump, needed to drain the dock, had been out of service since May.',
    'Portline refused to confirm or deny that the pump was out of action, citing the inquiry.',
    'The town opened a new library.',
  ];
  const links = linkArticle(sentences, [1, 3], { 1: 'Portline', 3: 'Portline' });
  test.each([
    { name: '"calling the suggestion …" points back', denial: 'c-1', expected: 'c-0' },
    { name: 'a named object the sentence before says in other words ("out of action" / "out of service")', denial: 'c-3', expected: 'c-2' },
  ])('$name', ({ denial, expected }) => {
    expect(links.denies.get(denial)).toContain(expected);
    expect(links.denies.get(denial)).not.toContain('c-4');
  });
});

describe('predicateOf', () => {
  test.each([
    { input: 'the people working in the shaft were its employees', expected: 'its employees' },
    { input: 'the engine-room extinguishers had been replaced since the inspection', expected: 'replaced since the inspection' },
    { input: 'the convoy movements', expected: 'the convoy movements' },
    { input: 'the Norland patrol boat rammed the Vest trawler', expected: 'rammed the Vest trawler' },
  ])('$input', ({ input, expected }) => {
    expect(predicateOf(input)).toBe(expected);
  });
});

describe('linkDenials: only claims that assert the denied proposition', () => {
  const denial = 'The port authority denied the cargo movements.';
  const claims: { id: string; quote: string; speaker?: string; disputed: boolean }[] = [
    { id: 'c-asserts', quote: 'The cargo was transported to the island in May, inspectors said.', speaker: 'inspectors', disputed: true },
    { id: 'c-conditional', quote: 'If the cargo is moved to the island, fishermen will protest.', disputed: false },
    { id: 'c-modal', quote: 'The cargo could be transported to the island next month.', disputed: false },
    { id: 'c-topic', quote: 'Officials are consulting partners regarding the movement of cargo to the island.', disputed: false },
    { id: 'c-own', quote: 'The cargo moved last year was inspected twice.', speaker: 'The port authority', disputed: false },
    { id: 'c-unrelated', quote: 'The island opened a new school in May.', disputed: false },
  ];
  const drafts = [
    draft('c-deny', cand('st/x', 's-9', denial, true, 'The port authority')),
    ...claims.map((c, i) => draft(c.id, cand('st/y', `s-${i}`, c.quote, false, c.speaker ?? null))),
  ];
  const links = linkDenials(drafts);
  test.each(claims)('$id', ({ id, disputed }) => {
    expect(links.denies.get('c-deny')!.includes(id)).toBe(disputed);
  });
});

describe('linkDenials: a denial disputes only its strongest matches', () => {
  const drafts = [
    draft('c-deny', cand('st/x', 's-99', 'The ministry denied the convoy movements.', true, 'The ministry')),
    ...Array.from({ length: 12 }, (_, i) => draft(`c-${String(i).padStart(2, '0')}`, cand('st/y', `s-${i}`, `Convoys moved toward the border town number ${i} overnight.`, false, 'witnesses'))),
  ];
  test(`at most ${MAX_DISPUTED}`, () => {
    expect(linkDenials(drafts).denies.get('c-deny')!.length).toBe(MAX_DISPUTED);
  });
});

describe('linkDenials: a blanket denial of "the allegations"', () => {
  const alleged = (id: string, source: string, quote: string, speaker: string): DraftGroup => {
    const c = cand(source, 's-0', quote, false, speaker);
    return draft(id, { ...c, attribution: { speaker, affiliation: null, verb: 'alleges' } });
  };
  const drafts = [
    alleged('c-box', 'st/a', 'His campaign alleges that a ballot box was left unsealed overnight.', 'Ola Berg'),
    { ...alleged('c-late', 'st/a', 'The campaign alleges that late postal votes were counted.', 'Ola Berg') },
    alleged('c-elsewhere', 'st/b', 'Rivals allege the mayor misused council cars.', 'Rivals'),
    draft('c-turnout', cand('st/a', 's-0', 'Turnout was 78 per cent, the commission said.', false, 'commission')),
    draft('c-deny', cand('st/a', 's-0', 'Ms Lind dismissed the allegations of irregularities as sour grapes.', true, 'Ana Lind')),
  ];
  const links = linkDenials(drafts);
  test('disputes the allegations others made in its article, and nothing else', () => {
    expect(links.denies.get('c-deny')).toEqual(['c-box', 'c-late']);
  });
});

describe('linkDenials: a denial of what a named source said', () => {
  const told = (id: string, anchor: string, quote: string, affiliation: string): DraftGroup => {
    const c = cand('st/a', anchor, quote, false, 'unnamed sources');
    return draft(id, { ...c, attribution: { speaker: 'unnamed sources', affiliation, verb: 'said' } });
  };
  const drafts = [
    told('c-clinic', 's-1', 'Two crew members said the clinic was treating dozens of people by Monday.', 'Two crew members'),
    draft('c-cases', cand('st/a', 's-2', 'The line said 131 guests and 14 crew members had reported symptoms.', false, 'Solmar Cruises')),
    draft('c-deny', cand('st/a', 's-3', 'Ferris said the crew members’ account was "simply not accurate".', true, 'Dan Ferris')),
  ];
  test('disputes what those sources said before it in the article, not every claim that names them', () => {
    expect(deniedObject('Ferris said the crew members’ account was "simply not accurate".')).toMatchObject({ object: 'the crew members’ account' });
    expect(linkDenials(drafts).denies.get('c-deny')).toEqual(['c-clinic']);
  });
});

describe('denierOf, denierName', () => {
  const denying = (quote: string, speaker: string | null) => ({ quote, attribution: { speaker, affiliation: null, verb: 'denied' } }) as unknown as ClaimCandidate;
  test('a denier named in any Latin script is named whole, and shown by the speaker’s full name', () => {
    const c = denying('After the briefing, his spokeswoman, Urška Merljak, refused to confirm or deny that Holm had been approached.', 'Urška Merljak');
    expect(denierOf(c)).toBe('Urška Merljak');
    const short = denying('Tarn Cell also rejects claims that it cut staff.', 'Tarn Cell Technologies');
    expect(denierOf(short)).toBe('Tarn Cell');
    expect(denierName(denierOf(short), short)).toBe('Tarn Cell Technologies');
  });

  test('a day, a relative clause or who asked is never the denier', () => {
    expect(denierOf(denying('Water Minister Ana Lind, who visited the site Monday afternoon, rejected those claims.', 'Ana Lind'))).toBe('Water Minister Ana Lind');
    expect(denierOf(denying('Asked by the Courier on Monday about the report, she refused to confirm or deny that it existed.', 'Ana Lind'))).toBe('Ana Lind');
    expect(denierOf(denying('On Tuesday the operator denied that the nets were old.', 'Tarn Havbruk'))).toBe('Tarn Havbruk');
  });
});

describe('linkDenials: delay in other words', () => {
  test('"denied delaying the reports" and "sat on reports for weeks" dispute "waited five weeks before reporting"', () => {
    const drafts = [
      draft('c-wait', cand('st/a', 's-0', 'Two people with knowledge of the trial said Tarnavia waited more than five weeks before reporting the first case to the regulator.', false, 'unnamed sources')),
      draft('c-deny', cand('st/b', 's-0', 'Tarnavia has denied delaying the reports of the cases.', true, 'Tarnavia')),
      draft('c-sat', cand('st/c', 's-0', 'Tarnavia has rejected claims that it sat on reports of the cases for weeks.', true, 'Tarnavia')),
      draft('c-other', cand('st/a', 's-1', 'The trial began in September with 90 patients.', false)),
    ];
    const { denies } = linkDenials(drafts);
    expect(denies.get('c-deny')).toEqual(['c-wait']);
    expect(denies.get('c-sat')).toEqual(['c-wait']);
  });
});
