/**
 * Rule "link/broken": links inside the site written in a fact sheet's body, summary or
 * claim notes point at a fact sheet, claim, section or source sentence that exists.
 * Links look like `[text](/story/)`, `[text](/story/#c-1a2b3c4d)`, `[text](/sources/story/stem/#s-4f2a9c)`.
 */
import type { Factsheet } from '../../../src/schema.ts';
import type { Check, Content, Problem } from './types.ts';

const LINK = /\]\(\s*<?(\/[^)\s>]*)>?(?:\s+"[^"]*")?\s*\)/g;

/** Why a root-relative link is broken, or null when it resolves. */
export function brokenReason(target: string, content: Content, sheets: ReadonlyMap<string, Factsheet>): string | null {
  const [pathPart = '', hash = ''] = target.split('#', 2);
  const parts = pathPart.split('/').filter(Boolean);
  if (parts.length === 0) return null;
  if (parts[0] === 'sources') {
    const id = parts.slice(1, 3).join('/');
    const src = content.sources.get(id);
    if (parts.length !== 3 || !src) return `there is no source "${id}"`;
    if (hash && !src.sentences.some((s) => s.anchor === hash)) return `source ${id} has no sentence #${hash}`;
    return null;
  }
  const sheet = sheets.get(parts[0]!);
  if (parts.length !== 1 || !sheet) return `there is no fact sheet "${parts.join('/')}"`;
  if (/^[csfe]-/.test(hash)) {
    const ids = [...sheet.claims.map((c) => c.id), ...sheet.sections.map((s) => s.id), ...sheet.figures.map((f) => f.id), ...sheet.entities.map((e) => e.id)];
    if (!ids.includes(hash)) return `fact sheet ${sheet.id} has no #${hash}`;
    if (sheet.claims.some((c) => c.id === hash && c.rejected)) return `claim ${hash} is rejected, so it is not published`;
  }
  return null;
}

export const linksCheck: Check = (content) => {
  const sheets = new Map(content.factsheets.flatMap((f) => (f.sheet ? [[f.sheet.id, f.sheet] as const] : [])));
  const problems: Problem[] = [];
  for (const { file, parsed, sheet } of content.factsheets) {
    if (!sheet) continue;
    const texts: { text: string; line: (offset: number) => number }[] = [
      { text: parsed.body, line: (o) => parsed.bodyLine + (parsed.body.slice(0, o).match(/\n/g)?.length ?? 0) },
      { text: sheet.summary, line: () => parsed.lineOf(['summary']) },
      ...sheet.claims.map((c, i) => ({ text: c.notes, line: () => parsed.lineOf(['claims', i, 'notes']) })),
    ];
    for (const { text, line } of texts) {
      for (const match of text.matchAll(LINK)) {
        const reason = brokenReason(match[1]!, content, sheets);
        if (!reason) continue;
        problems.push({ file, line: line(match.index), rule: 'link/broken', message: `broken link ${match[1]}: ${reason}`, fix: 'correct the link; fact sheets are /<story>/, claims /<story>/#<claim id>, sources /sources/<story>/<file stem>/#<sentence anchor>', severity: 'error' });
      }
    }
  }
  return problems;
};
