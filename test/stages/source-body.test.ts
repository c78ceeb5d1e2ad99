import { describe, expect, test } from 'vitest';
import { markdownToSourceBody, sourceBodyToMarkdown } from '../../src/lib/source-body.ts';

describe('source body', () => {
  test('round-trips sentences that look like Markdown or HTML', () => {
    const paragraphs = [['He said *this* is <script>alert(1)</script> [x](y).', '- not a list item', '1. not numbered'], ['# not a heading & 3 > 2']];
    const markdown = sourceBodyToMarkdown(paragraphs);
    expect(markdown).toContain('\\<script>'); // escaped, so Markdown renders it as text
    const parsed = markdownToSourceBody(markdown);
    expect(parsed.map((p) => p.map((s) => s.text))).toEqual(paragraphs);
    expect(parsed[1]![0]!.line).toBe(5);
    expect(parsed.flat().every((s) => /^s-[a-f0-9]{6}$/.test(s.anchor))).toBe(true);
  });
});
