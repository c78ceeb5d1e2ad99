/**
 * Footnotes of a fact sheet: one note per distinct (source, anchor) pair,
 * numbered in order of first use by the published claims.
 */
import type { Citation, Claim } from '../../schema.ts';

/** A place in a source that one or more claims cite. */
export interface Note {
  /** 1-based note number. */
  n: number;
  source: string;
  anchor: string;
  /** Distinct quotes taken from that sentence, in order of first use. */
  quotes: string[];
  /** Claims that cite it, each with the id of its footnote marker. */
  refs: { claim: string; refId: string }[];
}

/** A claim's footnote markers, in citation order, without repeats. */
export interface ClaimMarker {
  n: number;
  refId: string;
  citation: Citation;
}

export interface NotesView {
  notes: Note[];
  markers: Map<string, ClaimMarker[]>;
}

const key = (c: Citation) => `${c.source}#${c.anchor}`;

/**
 * Numbers the notes of `claims` (pass only the claims that are shown).
 * @example numberNotes(claims).notes[0].n // 1
 */
export function numberNotes(claims: readonly Claim[]): NotesView {
  const byKey = new Map<string, Note>();
  const markers = new Map<string, ClaimMarker[]>();
  for (const claim of claims) {
    const own: ClaimMarker[] = [];
    for (const citation of claim.citations) {
      let note = byKey.get(key(citation));
      if (!note) {
        note = { n: byKey.size + 1, source: citation.source, anchor: citation.anchor, quotes: [], refs: [] };
        byKey.set(key(citation), note);
      }
      if (!note.quotes.includes(citation.quote)) note.quotes.push(citation.quote);
      if (own.some((m) => m.n === note.n)) continue;
      const refId = `ref-${claim.id}-${note.n}`;
      own.push({ n: note.n, refId, citation });
      note.refs.push({ claim: claim.id, refId });
    }
    markers.set(claim.id, own);
  }
  return { notes: [...byKey.values()], markers };
}
