/**
 * Rule "quote/not-found": every citation's quote occurs verbatim (whitespace folded) in its
 * source and in the archived article. Rule "quote/anchor" (warning): the quote is in the
 * source, but not in the sentence its anchor names.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { remark } from 'remark';
import { toString } from 'mdast-util-to-string';
import type { Root, RootContent } from 'mdast';
import { foldSpace } from '../../../src/lib/anchor.ts';
import { closestPassage } from './closest.ts';
import type { Check, Problem } from './types.ts';

/** An article's text as ingest reads it: a .md file's Markdown is reduced to its words. */
function articleText(raw: string, file: string): string {
  if (!file.endsWith('.md')) return foldSpace(raw);
  const body = raw.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '');
  const parts: string[] = [];
  const visit = (nodes: readonly (Root | RootContent)[]): void => {
    for (const node of nodes) {
      if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') parts.push(toString(node));
      else if ('children' in node) visit(node.children);
    }
  };
  visit([remark().parse(body)]);
  return foldSpace(parts.join(' '));
}

const short = (text: string, max = 160): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export const quoteCheck: Check = async (content) => {
  const problems: Problem[] = [];
  const articles = new Map<string, string | null>();
  const article = async (file: string): Promise<string | null> => {
    if (!articles.has(file)) {
      const raw = await readFile(path.join(content.root, file), 'utf8').catch(() => null);
      articles.set(file, raw === null ? null : articleText(raw.replace(/\r\n?/g, '\n'), file));
    }
    return articles.get(file)!;
  };
  for (const { file, parsed, sheet } of content.factsheets) {
    if (!sheet) continue;
    for (const [i, claim] of sheet.claims.entries()) {
      for (const [j, cit] of claim.citations.entries()) {
        const src = content.sources.get(cit.source);
        if (!src) continue;
        const line = parsed.lineOf(['claims', i, 'citations', j, 'quote']);
        const quote = foldSpace(cit.quote);
        const anchored = src.sentences.find((s) => s.anchor === cit.anchor);
        const inSentence = anchored ? foldSpace(anchored.text).includes(quote) : false;
        const inSource = inSentence || foldSpace(src.sentences.map((s) => s.text).join(' ')).includes(quote);
        if (!inSource) {
          const near = closestPassage(quote, src.sentences);
          problems.push({
            file,
            line,
            rule: 'quote/not-found',
            message: `the quote of claim ${claim.id} is not in ${src.file}${near ? `; closest passage at ${src.file}:${src.lineOf(near.sentence)}: "${short(near.text)}"` : ''}`,
            fix: near ? `copy the words exactly from the source${near.sentence.anchor !== cit.anchor ? ` and set anchor: ${near.sentence.anchor}` : ''}, or cite another source` : 'cite a passage that is in the source',
            severity: 'error',
          });
          continue;
        }
        const raw = src.source ? await article(src.source.file) : null;
        if (src.source && raw !== null && !raw.includes(quote)) {
          problems.push({
            file,
            line,
            rule: 'quote/not-in-article',
            message: `the quote of claim ${claim.id} is in ${src.file} but not in the archived article ${src.source.file}`,
            fix: 'run `npm run ingest` so the source matches the article, then check the quote again',
            severity: 'error',
          });
          continue;
        }
        if (!inSentence) {
          const holder = src.sentences.find((s) => foldSpace(s.text).includes(quote));
          problems.push({
            file,
            line: parsed.lineOf(['claims', i, 'citations', j, 'anchor']),
            rule: 'quote/anchor',
            message: `the quote of claim ${claim.id} is not in sentence ${cit.anchor} of ${src.file}${holder ? ` but in ${holder.anchor} (line ${src.lineOf(holder)})` : ' (it spans sentences)'}`,
            fix: holder ? `set anchor: ${holder.anchor}` : 'set the anchor to the sentence where the quote starts',
            severity: 'warning',
          });
        }
      }
    }
  }
  return problems;
};
