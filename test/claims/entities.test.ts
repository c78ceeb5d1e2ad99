import { describe, expect, test } from 'vitest';
import { buildEntities } from '../../scripts/lib/claims/entities.ts';
import { capitalRuns, dropTitles } from '../../scripts/lib/claims/entity-names.ts';
import { PeopleRegistry } from '../../scripts/lib/claims/people.ts';
import { makeClaim } from './helpers.ts';

describe('capitalRuns and dropTitles', () => {
  test.each([
    { input: 'Crews from the Harbour Authority reached Port Elm on Sunday.', runs: ['Crews', 'Harbour Authority', 'Port Elm'] },
    { input: 'The Board of Trade met Judge Ana B. Ferro.', runs: ['Board of Trade', 'Judge Ana B. Ferro'] },
    { input: 'Boats left Vale. And then the wind rose.', runs: ['Boats', 'Vale'] },
  ])('$input', ({ input, runs }) => expect(capitalRuns(input).map((r) => r.text)).toEqual(runs));

  test.each([
    ['Secretary Moreau', 'Moreau'],
    ['Dr. Ines Quarry', 'Ines Quarry'],
    ['Tomas Rell', 'Tomas Rell'],
  ])('dropTitles(%s)', (input, expected) => expect(dropTitles(input)).toBe(expected));
});

describe('buildEntities', () => {
  const claims = [
    makeClaim('Harbour director Tomas B. Rell said the Larkfield Port Authority closed the north quay.', { id: 'c-a1', speaker: 'Tomas B. Rell' }),
    makeClaim('Rell said ferries from Dunmore were diverted to Cobb Island.', { id: 'c-a2', speaker: 'Tomas B. Rell' }),
    makeClaim('Secretary Rell visited the Larkfield Port Authority.', { id: 'c-a3' }),
    makeClaim('The NGO sent divers to Dunmore, the agency said.', { id: 'c-a4', speaker: 'Brightwater' }),
    makeClaim('Brightwater said the operator Keel & Sons had not filed a report.', { id: 'c-a5', speaker: 'Brightwater' }),
    makeClaim('The company Keel & Sons denied the report.', { id: 'c-a6', speaker: 'Keel & Sons' }),
  ];
  const entities = buildEntities(claims, new PeopleRegistry(), ['Tidewater Courier']);
  const byName = (name: string) => entities.find((e) => e.name === name);

  test.each([
    { name: 'Tomas B. Rell', kind: 'person', claims: ['c-a1', 'c-a2', 'c-a3'] },
    { name: 'Larkfield Port Authority', kind: 'organization', claims: ['c-a1', 'c-a3'] },
    { name: 'Dunmore', kind: 'place', claims: ['c-a2', 'c-a4'] },
    { name: 'Cobb Island', kind: 'place', claims: ['c-a2'] },
    { name: 'Brightwater', kind: 'organization', claims: ['c-a4', 'c-a5'] },
  ])('$name', ({ name, kind, claims }) => {
    expect(byName(name)).toMatchObject({ kind, claims });
  });

  test('a surname is an alias; titles are not names', () => {
    expect(byName('Tomas B. Rell')!.aliases).toContain('Rell');
    expect(entities.some((e) => /Secretary|Harbour director/.test(e.name))).toBe(false);
  });

  test('ids are stable', () => {
    expect(buildEntities(claims, new PeopleRegistry(), ['Tidewater Courier']).map((e) => e.id)).toEqual(entities.map((e) => e.id));
  });
});
