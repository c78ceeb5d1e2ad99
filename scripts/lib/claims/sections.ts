/** Groups a fact sheet's claims into a handful of plain-worded sections. */
import { shortHash } from '../../../src/lib/anchor.ts';
import type { Claim, Section } from '../../../src/schema.ts';

/** Sections by main voice: each speaker with several claims gets one; denials get their own. Sets `claim.section`. */
export function assignSections(claims: Claim[]): Section[] {
  const counts = new Map<string, number>();
  for (const c of claims) for (const p of c.primarySources.slice(0, 1)) counts.set(p, (counts.get(p) ?? 0) + 1);
  const sections: Section[] = [];
  const idFor = (title: string) => `s-${shortHash(title, 6)}`;
  for (const claim of claims) {
    const main = claim.primarySources[0];
    let title: string;
    if (claim.denies.length > 0) title = 'Denials and disputes';
    else if (main && (counts.get(main) ?? 0) >= 3) title = `What ${main} said`;
    else title = 'Other reports';
    claim.section = idFor(title);
    if (!sections.some((s) => s.id === claim.section)) sections.push({ id: claim.section, title, origin: 'machine' });
  }
  const order = (s: Section) => (s.title === 'Other reports' ? 2 : s.title === 'Denials and disputes' ? 1 : 0);
  return sections.sort((a, b) => order(a) - order(b) || a.title.localeCompare(b.title));
}
