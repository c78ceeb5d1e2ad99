/**
 * Machine output + existing content -> content that keeps every human edit.
 * (First version: the draft when there is no existing fact sheet; see issue #4 for the full rules.)
 */
import type { Factsheet } from '../../src/schema.ts';

export function reconcile(existing: Factsheet | null, draft: Factsheet): Factsheet {
  return existing ? { ...draft } : draft;
}
