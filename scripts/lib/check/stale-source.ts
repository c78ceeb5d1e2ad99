/** Rule "source/stale": each source still matches its archived article (the file exists and its hash is the same). */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Check, Problem } from './types.ts';

export const staleSourceCheck: Check = async (content) => {
  const problems: Problem[] = [];
  for (const { file, parsed, source } of content.sources.values()) {
    if (!source) continue;
    const bytes = await readFile(path.join(content.root, source.file)).catch(() => null);
    const line = parsed.lineOf(bytes ? ['hash'] : ['file']);
    if (!bytes) {
      problems.push({ file, line, rule: 'source/missing-article', message: `the archived article ${source.file} is missing`, fix: 'restore the article file, or run `npm run ingest` to remove this source', severity: 'error' });
    } else if (createHash('sha256').update(bytes).digest('hex') !== source.hash) {
      problems.push({ file, line, rule: 'source/stale', message: `${source.file} changed since this source was written`, fix: 'run `npm run ingest`', severity: 'error' });
    }
  }
  return problems;
};
