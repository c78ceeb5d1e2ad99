import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { FactsheetError } from '../../scripts/lib/errors.ts';
import { loadAll, loadStory } from '../../scripts/lib/load.ts';

function storyDir(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'load-'));
  const dir = path.join(root, 'content/articles/harbour-fire');
  mkdirSync(dir, { recursive: true });
  for (const [name, body] of Object.entries(files)) writeFileSync(path.join(dir, name), body);
  return root;
}

describe('load', () => {
  test('reads .txt and .md articles with ids, hashes, and given metadata', async () => {
    const root = storyDir({
      'a_wire.txt': 'Fire crews fought a blaze at the harbour on Friday.\n',
      'b.md': '---\ntitle: Harbour fire\noutlet: Port Daily\npublished: 2025-06-06\n---\n\nA **warehouse** burned for six hours.\n',
      'sources.yaml': 'a_wire.txt:\n  outlet: Coast Wire\n  url: https://example.org/a\nb.md:\n  outlet: Sidecar loses to frontmatter\n',
      'story.yaml': 'title: Harbour fire\nsummary: A warehouse burned.\n',
    });
    const [story] = await loadAll(root);
    expect(story!.title).toBe('Harbour fire');
    const [a, b] = story!.articles;
    expect(a!.id).toBe('harbour-fire/a-wire');
    expect(a!.file).toBe('content/articles/harbour-fire/a_wire.txt');
    expect(a!.hash).toMatch(/^[a-f0-9]{64}$/);
    expect(a!.given).toEqual({ outlet: 'Coast Wire', url: 'https://example.org/a' });
    expect(b!.given).toMatchObject({ title: 'Harbour fire', outlet: 'Port Daily', published: '2025-06-06' });
    expect(b!.blocks).toEqual([{ text: 'A warehouse burned for six hours.', line: 7 }]);
  });

  test.each<{ name: string; files: Record<string, string | Uint8Array>; message: RegExp }>([
    { name: 'unsupported file type', files: { 'page.html': '<p>x</p>' }, message: /page\.html: unsupported file type "\.html"/ },
    { name: 'invalid UTF-8', files: { 'latin1.txt': new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]) }, message: /latin1\.txt: the file is not valid UTF-8[\s\S]*re-save it as UTF-8/ },
    { name: 'broken YAML frontmatter', files: { 'x.md': '---\ntitle: a: b\n---\ntext\n' }, message: /x\.md:2: invalid YAML/ },
    { name: 'sidecar names a missing file', files: { 'a.txt': 'Text.', 'sources.yaml': 'b.txt:\n  outlet: X\n' }, message: /sources\.yaml: it describes "b\.txt"/ },
    { name: 'two files with one id', files: { 'a b.txt': 'Text.', 'a-b.md': 'Text.' }, message: /its id "a-b" is the same/ },
  ])('names the file for: $name', async ({ files, message }) => {
    const root = storyDir(files);
    const error = await loadStory(root, 'content/articles/harbour-fire').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FactsheetError);
    expect(String((error as Error).message)).toMatch(message);
  });

  test('CRLF and BOM are normalised', async () => {
    const root = storyDir({ 'a.txt': '\ufeffFirst line.\r\n\r\nSecond line.\r\n' });
    const story = await loadStory(root, 'content/articles/harbour-fire');
    expect(story.articles[0]!.blocks).toEqual([{ text: 'First line.', line: 1 }, { text: 'Second line.', line: 3 }]);
  });
});
