/** Drops "date 2024-10-24", "Published: 3 March 2025" lines and keeps the date as metadata. */
import { parseAbsoluteDate } from '../dates.ts';
import type { CleanRule } from './rule.ts';

const DATE_LINE = /^(?:date|published|posted|updated|last updated|dated)\s*:?\s*(.{6,40})$/i;

export const dateLine: CleanRule = (article) => {
  const drop = new Set<number>();
  let textDate: string | null = article.textDate;
  article.paragraphs.forEach((block, i) => {
    const match = DATE_LINE.exec(block.text);
    const date = match ? parseAbsoluteDate(match[1]!.replace(/\s*\|.*$/, '')) : null;
    if (!date) return;
    drop.add(i);
    if (!textDate || /^(?:date|published|posted|dated)/i.test(block.text)) textDate ??= date;
  });
  return { drop, rule: 'date-line', patch: { textDate } };
};
