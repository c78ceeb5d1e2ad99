/**
 * The search index of a `file://` copy of the site. Browsers refuse to load Pagefind's index from
 * disk (module imports and fetch need HTTP), but they run a classic `<script src>`, so this index
 * is written as one: `search-offline.js`, setting `window.FACTSHEET_OFFLINE_SEARCH`.
 * One record per published claim (its statement and quotes) and per source (title, outlet).
 */
import type { Content } from './export.ts';

export interface OfflineRecord {
  kind: 'claim' | 'source';
  /** What the result shows: a claim's statement, a source's title. */
  title: string;
  /** From the site root, directory style: "story/#claim-c-1", "sources/story/stem/". */
  url: string;
  /** Everything searched, lower case: a claim's statement, quotes and speakers; a source's title, outlet and author. */
  text: string;
  /** The fact sheet or outlet shown under the title. */
  context: string;
}

/**
 * Records of published content (rejected claims already left out, see publishedFactsheet).
 * @example offlineRecords(published)[0] // { kind: 'claim', title: 'North Korea moved …', url: 'nk/#claim-c-1', … }
 */
export function offlineRecords(published: Content): OfflineRecord[] {
  const records: OfflineRecord[] = [];
  for (const sheet of published.factsheets) {
    for (const claim of sheet.claims) {
      // What the claim says and who said it; the fact sheet's title would make every claim match its words.
      const text = [claim.statement, ...claim.citations.flatMap((c) => [c.quote, c.attribution.speaker ?? ''])].join(' ');
      records.push({ kind: 'claim', title: claim.statement, url: `${sheet.id}/#claim-${claim.id}`, text: text.toLowerCase(), context: sheet.title });
    }
  }
  for (const source of published.sources) {
    const text = [source.title, source.outlet, source.author ?? ''].join(' ');
    records.push({ kind: 'source', title: source.title, url: `sources/${source.id}/`, text: text.toLowerCase(), context: source.outlet });
  }
  return records;
}

/** The index as a classic script; "<" is escaped so no text can close a script element it is inlined into. */
export function offlineScript(records: readonly OfflineRecord[]): string {
  return `window.FACTSHEET_OFFLINE_SEARCH = ${JSON.stringify(records).replace(/</g, '\\u003c')};\n`;
}
