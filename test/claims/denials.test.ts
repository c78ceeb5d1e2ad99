import { describe, expect, test } from 'vitest';
import { deniedObject, denialWords, linkDenials, type DraftGroup } from '../../scripts/lib/claims/denials.ts';
import { contentTokens } from '../../scripts/lib/claims/tokens.ts';
import type { ClaimCandidate } from '../../scripts/lib/claims/extract.ts';
import type { Article } from '../../scripts/lib/types.ts';

describe('deniedObject', () => {
  test.each([
    { input: 'The mayor denied that the dam had been inspected late.', object: 'the dam had been inspected late', vague: false },
    { input: 'The firm refused to confirm or deny whether it paid the fine.', object: 'it paid the fine', vague: false },
    { input: 'The club denied the matter.', object: 'the matter', vague: true },
    { input: 'The ministry called these reports "baseless".', object: 'these reports', vague: true },
    { input: 'Recent claims that the pier was unsafe are unfounded.', object: 'Recent claims that the pier was unsafe', vague: false },
    { input: 'Asked whether the plant had leaked, she would not comment.', object: 'the plant had leaked', vague: false },
  ])('$input', ({ input, object, vague }) => {
    expect(deniedObject(input)).toMatchObject({ object, vague });
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
