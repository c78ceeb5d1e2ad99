/** Links each denial to the claims it disputes. */
import type { ClaimCandidate } from './extract.ts';
import { containment } from './tokens.ts';

export interface DraftGroup {
  id: string;
  group: readonly ClaimCandidate[];
  rep: ClaimCandidate;
}

export interface DenialLinks {
  /** Claim id -> ids of the denials that dispute it. */
  disputedBy: Map<string, string[]>;
  /** Denial id -> ids of the claims it disputes. */
  denies: Map<string, string[]>;
}

/** A denial disputes the claims whose words it shares most (with the sentence before it, for vague denials). */
export function linkDenials(drafts: readonly DraftGroup[]): DenialLinks {
  const disputedBy = new Map<string, string[]>();
  const denies = new Map<string, string[]>();
  for (const denial of drafts.filter((d) => d.rep.denial)) {
    const dset = new Set(denial.group.flatMap((c) => [...c.tokens, ...c.context]));
    const targets = drafts
      .filter((d) => !d.rep.denial)
      .map((d) => ({ d, score: containment(new Set(d.group.flatMap((c) => c.tokens)), dset) }))
      .filter((x) => x.score >= 0.34)
      .sort((a, b) => b.score - a.score)
      .slice(0, 3);
    denies.set(denial.id, targets.map((t) => t.d.id));
    for (const t of targets) disputedBy.set(t.d.id, [...(disputedBy.get(t.d.id) ?? []), denial.id]);
  }
  return { disputedBy, denies };
}
