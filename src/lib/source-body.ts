/**
 * A source's body: the cleaned article as Markdown, one paragraph per
 * paragraph and one sentence per line, so every sentence is addressable
 * (its anchor derives from its text) and diffs stay line-sized.
 */
import { remark } from 'remark';
import { toString } from 'mdast-util-to-string';
import type { Root } from 'mdast';
import { sentenceAnchors } from './anchor.ts';

export interface BodySentence {
  /** Anchor id, e.g. "s-4f2a9c". */
  anchor: string;
  text: string;
  /** 1-based line in the Markdown body. */
  line: number;
}

/** Paragraphs (each a list of sentence texts) to Markdown; remark escapes what Markdown would misread. */
export function sourceBodyToMarkdown(paragraphs: readonly (readonly string[])[]): string {
  const tree: Root = {
    type: 'root',
    children: paragraphs.map((sentences) => ({
      type: 'paragraph',
      children: [{ type: 'text', value: sentences.map((s) => s.replace(/\s+/g, ' ').trim()).join('\n') }],
    })),
  };
  return remark().stringify(tree);
}

/** Markdown body back to paragraphs of anchored sentences. */
export function markdownToSourceBody(markdown: string): BodySentence[][] {
  const tree = remark().parse(markdown);
  const paragraphs: { text: string; line: number }[][] = [];
  for (const node of tree.children) {
    const start = node.position?.start.line ?? 1;
    const lines = toString(node).split('\n');
    paragraphs.push(lines.map((text, i) => ({ text: text.trim(), line: start + i })).filter((s) => s.text));
  }
  const anchors = sentenceAnchors(paragraphs.flat().map((s) => s.text));
  let next = 0;
  return paragraphs
    .map((sentences) => sentences.map((s) => ({ anchor: anchors[next++]!, text: s.text, line: s.line })))
    .filter((p) => p.length > 0);
}
