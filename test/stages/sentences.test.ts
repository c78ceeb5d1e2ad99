import { describe, expect, test } from 'vitest';
import { openQuotes, splitParagraph, splitSentences } from '../../scripts/lib/sentences.ts';

describe('sentences', () => {
  test.each([
    { name: 'U.S. and U.N. inside a sentence', text: 'The U.S. and the U.N. sent observers to the port. They arrived on Monday.', count: 2 },
    { name: 'middle initial', text: 'Secretary of State Maria T. Okafor met the envoy in Lagos. The talks lasted two hours.', count: 2 },
    { name: 'titles', text: 'Dr. Ama Boateng and Gen. Kofi Mensah spoke first. Both called for calm.', count: 2 },
    { name: 'quote spanning sentences', text: '“We saw the smoke first. Then the sirens started,” the witness said. Police closed the road.', count: 2 },
    { name: 'straight quotes spanning sentences', text: '"We will rebuild. It will take years," the mayor said. The council agreed.', count: 2 },
    { name: 'single quotes spanning sentences', text: "'We will rebuild. It will take years,' the mayor said. The council's vote followed.", count: 2 },
    { name: 'a time written with a point', text: 'Crews were called at about 10.15pm on Saturday. A woman died.', count: 2 },
    { name: 'a count that ends a sentence before a number', text: 'The count rose to 10. 15 more were found on Monday.', count: 2 },
    { name: 'abbreviated month before a day', text: 'The vote was held on Oct. 11 after the mayor quit. Turnout was low.', count: 2 },
    { name: 'quote left open to the paragraph end', text: '“The water rose fast. We had ten minutes.', count: 1 },
    { name: 'a time that ends a sentence', text: 'The slope released at about 11:15 a.m. Five people were caught.', count: 2 },
    { name: 'a time before a day or a time zone', text: 'The office opens at 9 a.m. Monday and the line closes at 5 p.m. ET on Friday.', count: 1 },
    { name: 'a quoted question and its speaker', text: '"Who was watching the company?" said Ana Lima, the spokeswoman. "Nobody was."', count: 2 },
  ])('$name', ({ text, count }) => {
    const sentences = splitParagraph(text);
    expect(sentences).toHaveLength(count);
    for (const s of sentences) expect(text).toContain(s);
  });

  test('a list item is read without its marker and marked as a point', () => {
    const [item, plain] = splitSentences('st/a', [{ text: '- Engineers say the main cable is corroded', line: 1 }, { text: 'The bridge closed.', line: 2 }]);
    expect(item).toMatchObject({ text: 'Engineers say the main cable is corroded', point: true });
    expect(plain!.point).toBeUndefined();
  });

  test('apostrophes are not quotes', () => {
    expect(openQuotes("The council's vote and the mayors' plan.")).toBe(0);
    expect(openQuotes('“Open quote.')).toBe(1);
  });

  test('anchors are stable within a source and unique', () => {
    const paragraphs = [{ text: 'The bridge closed on Monday. Repairs start in June.', line: 1 }, { text: 'The bridge closed on Monday.', line: 3 }];
    const first = splitSentences('s/a', paragraphs);
    const again = splitSentences('s/a', [{ text: 'A new first paragraph.', line: 1 }, ...paragraphs]);
    expect(first.map((s) => s.anchor)).toEqual(again.slice(1).map((s) => s.anchor));
    expect(new Set(first.map((s) => s.anchor)).size).toBe(3);
    expect(first[2]!.anchor).toBe(`${first[0]!.anchor}-2`);
  });
});
