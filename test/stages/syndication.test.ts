import { describe, expect, test } from 'vitest';
import { splitSentences } from '../../scripts/lib/sentences.ts';
import { findCopies } from '../../scripts/lib/syndication.ts';

const WIRE = ['The ferry hit the pier at 7 a.m. on Monday.', 'Twelve passengers were hurt, the port said.', 'The captain was questioned by police.', 'Service resumed in the afternoon.'];

function article(id: string, published: string | null, lines: string[]) {
  return { id, published, sentences: splitSentences(id, lines.map((text, i) => ({ text, line: i + 1 }))) };
}

describe('syndication', () => {
  test('a copy with its own header and footer points at the earlier original', () => {
    const copies = findCopies([
      article('s/copy', '2025-03-04', ['Local edition: ferry accident', ...WIRE, 'Share this story with friends.']),
      article('s/wire', '2025-03-03', WIRE),
      article('s/own', '2025-03-03', ['A ferry struck the pier early on Monday.', 'The port said twelve people were injured.']),
    ]);
    expect(copies).toEqual(new Map([['s/copy', 's/wire']]));
  });

  test('a copy of a copy points at the original, and undated articles come last', () => {
    const copies = findCopies([article('s/b', null, WIRE), article('s/a', '2025-03-03', WIRE), article('s/c', null, WIRE)]);
    expect(copies).toEqual(new Map([['s/b', 's/a'], ['s/c', 's/a']]));
  });

  test('on the same day, the agency under its own dateline wrote the text; an outlet carrying it is the copy, whatever the ids', () => {
    const copies = findCopies([
      { ...article('s/a-portal', '2025-03-03', WIRE), outlet: 'Strait Asia Online', agency: 'APW' },
      { ...article('s/b-wire', '2025-03-03', WIRE), outlet: 'APW', agency: 'APW' },
    ]);
    expect(copies).toEqual(new Map([['s/a-portal', 's/b-wire']]));
    // "AAP" is "Australian Associated Press"; a copy whose dateline the cleaner did not find still comes after it.
    const initials = findCopies([
      { ...article('s/a-regional', '2025-03-03', WIRE), outlet: 'Fraser Coast Today', agency: null },
      { ...article('s/b-wire', '2025-03-03', WIRE), outlet: 'Australian Associated Press', agency: 'AAP' },
    ]);
    expect(initials).toEqual(new Map([['s/a-regional', 's/b-wire']]));
  });

  test('sharing a quote or two is not copying', () => {
    const copies = findCopies([article('s/wire', '2025-03-03', WIRE), article('s/other', '2025-03-04', [WIRE[1]!, 'Officials blamed fog.', 'Divers checked the hull.', 'The pier reopened.'])]);
    expect(copies.size).toBe(0);
  });
});
