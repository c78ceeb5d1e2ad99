/** Table-driven tests of the page view helpers and the CSV quoting. */
import { describe, expect, test } from 'vitest';
import { claim as claimSchema, type Claim } from '../../src/schema.ts';
import { numberNotes } from '../../src/components/view/notes.ts';
import { relativeUrl, rootPrefix } from '../../src/components/view/paths.ts';
import { sourceLabel, statusParts, supportLine } from '../../src/components/view/factsheet.ts';
import { csvField } from '../../scripts/lib/export.ts';

const claim = (id: string, cites: [string, string][]): Claim =>
  claimSchema.parse({ id, statement: id, status: 'reported', citations: cites.map(([source, anchor]) => ({ source, anchor, quote: `q ${anchor}` })) });

describe('numberNotes', () => {
  test.each([
    { name: 'one note per (source, anchor), in order of first use', claims: [claim('c-a', [['s/1', 's-a'], ['s/2', 's-b']]), claim('c-b', [['s/2', 's-b'], ['s/1', 's-c']])], notes: ['s/1#s-a', 's/2#s-b', 's/1#s-c'], markers: { 'c-a': [1, 2], 'c-b': [2, 3] } },
    { name: 'a claim citing one sentence twice gets one marker', claims: [claim('c-a', [['s/1', 's-a'], ['s/1', 's-a']])], notes: ['s/1#s-a'], markers: { 'c-a': [1] } },
    { name: 'same anchor in two sources is two notes', claims: [claim('c-a', [['s/1', 's-a'], ['s/2', 's-a']])], notes: ['s/1#s-a', 's/2#s-a'], markers: { 'c-a': [1, 2] } },
  ])('$name', ({ claims, notes, markers }) => {
    const view = numberNotes(claims);
    expect(view.notes.map((n) => `${n.source}#${n.anchor}`)).toEqual(notes);
    expect(view.notes.map((n) => n.n)).toEqual(notes.map((_, i) => i + 1));
    for (const [id, ns] of Object.entries(markers)) expect(view.markers.get(id)!.map((m) => m.n)).toEqual(ns);
  });

  test('notes list back-links to every citing claim', () => {
    const view = numberNotes([claim('c-a', [['s/1', 's-a']]), claim('c-b', [['s/1', 's-a']])]);
    expect(view.notes[0]!.refs).toEqual([{ claim: 'c-a', refId: 'ref-c-a-1' }, { claim: 'c-b', refId: 'ref-c-b-1' }]);
  });
});

test.each([
  { path: '/', target: '/nk/', expected: './nk/' },
  { path: '/nk/', target: '/sources/nk/000-a/#s-1', expected: '../sources/nk/000-a/#s-1' },
  { path: '/sources/nk/000-a/', target: '/nk/#claim-c-1', expected: '../../../nk/#claim-c-1' },
])('relativeUrl($path, $target)', ({ path, target, expected }) => {
  expect(relativeUrl(path, target)).toBe(expected);
  expect(new URL(expected, `http://x${path}`).href).toBe(`http://x${target}`);
});

test('rootPrefix', () => expect(rootPrefix('/a/b/')).toBe('../../'));

test.each([
  { outlets: 1, primary: [], expected: '1 outlet · 0 primary sources' },
  { outlets: 3, primary: ['John Kirby'], expected: '3 outlets · 1 primary source: John Kirby' },
  { outlets: 2, primary: ['A', 'B'], expected: '2 outlets · 2 primary sources: A, B' },
])('supportLine($outlets, $primary)', ({ outlets, primary, expected }) => {
  expect(supportLine({ ...claim('c-a', []), outlets, primarySources: primary })).toBe(expected);
});

test.each([
  { input: 'plain', expected: 'plain' },
  { input: 'a, b', expected: '"a, b"' },
  { input: 'say "hi"', expected: '"say ""hi"""' },
  { input: 'two\nlines', expected: '"two\nlines"' },
  { input: '', expected: '' },
])('csvField($input)', ({ input, expected }) => expect(csvField(input)).toBe(expected));

describe('status parts', () => {
  test.each([
    { reason: 'Denied by Port Authority (“false”) · 2 outlets · 1 primary source: Ana Lima (mayor)', why: 'Denied by Port Authority (“false”)', support: '2 outlets · 1 primary source: Ana Lima (mayor)' },
    { reason: '3 outlets · 2 primary sources: Ana Lima; Port Authority', why: null, support: '3 outlets · 2 primary sources: Ana Lima; Port Authority' },
    { reason: '', why: null, support: '1 outlet · 1 primary source: Ana Lima' },
  ])('$reason', ({ reason, why, support }) => {
    const c = { ...claim('c-a', []), outlets: 1, primarySources: ['Ana Lima'], statusReason: reason };
    expect(statusParts(c)).toEqual({ why, support });
  });

  test('a source without a known outlet is named by its title', () => {
    expect(sourceLabel({ outlet: 'Unknown outlet', title: 'Ferry fire' }, 'x')).toBe('Ferry fire (outlet unknown)');
    expect(sourceLabel({ outlet: 'Coast Wire', title: 'Ferry fire' }, 'x')).toBe('Coast Wire');
    expect(sourceLabel(undefined, 'story/a')).toBe('story/a');
  });
});
