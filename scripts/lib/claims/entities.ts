/** People, organisations and places named in the claims, with aliases and the claims that name them. */
import { shortHash } from '../../../src/lib/anchor.ts';
import type { Claim, Entity } from '../../../src/schema.ts';
import { PeopleRegistry, surname } from './people.ts';

export function buildEntities(claims: readonly Claim[], people: PeopleRegistry): Entity[] {
  const entities = new Map<string, Entity>();
  for (const claim of claims) {
    for (const cit of claim.citations) {
      const name = cit.attribution.speaker;
      if (!name || name === 'unnamed sources') continue;
      const person = people.resolveName(name);
      const id = `e-${shortHash(name, 6)}`;
      const entity = entities.get(id) ?? { id, name, kind: person ? ('person' as const) : ('organization' as const), aliases: person ? [surname(name)] : [], claims: [] };
      if (!entity.claims.includes(claim.id)) entity.claims.push(claim.id);
      entities.set(id, entity);
    }
  }
  return [...entities.values()].sort((a, b) => a.name.localeCompare(b.name));
}
