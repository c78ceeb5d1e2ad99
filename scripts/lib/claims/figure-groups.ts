/** Figures across sources -> groups about one quantity; a group whose values differ is a conflict. */
import type { FigureGroup } from '../../../src/schema.ts';
import type { Article, Candidate } from '../types.ts';

const UNIT_FAMILY: Record<string, string> = {
  soldier: 'personnel', troop: 'personnel', fighter: 'personnel', force: 'personnel', servicemen: 'personnel', personnel: 'personnel', member: 'personnel',
  death: 'deaths', dead: 'deaths', fatalit: 'deaths', killed: 'deaths', victim: 'deaths',
  injur: 'injured', wounded: 'injured', hurt: 'injured',
  peopl: 'people', person: 'people', resident: 'people',
};
const family = (unit: string): string => UNIT_FAMILY[unit] ?? Object.entries(UNIT_FAMILY).find(([k]) => unit.startsWith(k))?.[1] ?? unit;

export function groupFigures(items: readonly { c: Candidate; claim: string }[], byId: ReadonlyMap<string, Article>): FigureGroup[] {
  const groups = new Map<string, FigureGroup>();
  for (const { c, claim } of items) {
    for (const f of c.figures) {
      const key = family(f.unit);
      const group = groups.get(key) ?? { id: `f-${key}`, quantity: key, conflicting: false, values: [] };
      if (!group.values.some((v) => v.source === c.source && v.value === f.value)) {
        group.values.push({ value: f.value, text: f.text, qualifier: f.qualifier, source: c.source, anchor: c.anchor, speaker: c.attribution.speaker, date: c.date?.start ?? byId.get(c.source)?.metadata.published ?? null, claim });
      }
      groups.set(key, group);
    }
  }
  return [...groups.values()]
    .filter((g) => g.values.length >= 2)
    .map((g) => ({ ...g, conflicting: new Set(g.values.map((v) => v.value)).size > 1, values: g.values.sort((a, b) => a.value - b.value || a.source.localeCompare(b.source)) }))
    .sort((a, b) => a.id.localeCompare(b.id));
}
