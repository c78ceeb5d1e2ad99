/**
 * Reconcile on hand-made drafts: each editorial decision survives the machine's next proposal.
 * Independent of claim extraction, so these pin the rules of scripts/lib/reconcile.ts exactly.
 */
import { describe, expect, test } from 'vitest';
import { claim as claimSchema, factsheet as factsheetSchema, type Claim, type Factsheet } from '../../src/schema.ts';
import { editedFields, reconcile } from '../../scripts/lib/reconcile.ts';

type Cite = [source: string, anchor: string];

/** A machine claim as draftFactsheet makes it: snapshot equal to its fields. */
function machine(id: string, statement: string, cites: Cite[], extra: Partial<Claim> = {}): Claim {
  const c = claimSchema.parse({
    id,
    statement,
    status: 'single-source',
    section: 's-aaaaaa',
    citations: cites.map(([source, anchor]) => ({ source, anchor, quote: `quote ${anchor}` })),
    ...extra,
  });
  return { ...c, machine: { statement: c.statement, status: c.status, section: c.section, citations: c.citations.map((x) => `${x.source}#${x.anchor}`) } };
}

function sheet(claims: Claim[], extra: Partial<Factsheet> = {}): Factsheet {
  return factsheetSchema.parse({ id: 'story', title: 'Machine title', sections: [{ id: 's-aaaaaa', title: 'Other reports' }], claims, ...extra });
}

const ids = (s: Factsheet) => s.claims.map((c) => c.id);
const byId = (s: Factsheet, id: string) => s.claims.find((c) => c.id === id)!;
const keys = (c: Claim) => c.citations.map((x) => `${x.source}#${x.anchor}`);
/** Applies an editor's change to a copy of the sheet. */
const edit = (s: Factsheet, change: (s: Factsheet) => void): Factsheet => {
  const copy = structuredClone(s);
  change(copy);
  return copy;
};

const draft1 = sheet([
  machine('c-aaaa', 'The bridge closed on Monday.', [['st/a', 's-1'], ['st/b', 's-1']]),
  machine('c-bbbb', 'The bridge will stay closed three weeks.', [['st/a', 's-2']]),
  machine('c-cccc', 'Ferries add crossings.', [['st/a', 's-3']]),
  machine('c-dddd', 'About 40,000 vehicles a day use it.', [['st/b', 's-4']]),
]);

describe('reconcile', () => {
  test('first ingest: the draft, with nothing marked edited', () => {
    const out = reconcile(null, draft1);
    expect(ids(out)).toEqual(['c-aaaa', 'c-bbbb', 'c-cccc', 'c-dddd']);
    expect(out.claims.every((c) => c.edited.length === 0)).toBe(true);
  });

  test('unchanged input gives identical output', () => {
    const once = reconcile(null, draft1);
    const edited = edit(once, (s) => {
      s.claims[0]!.statement = 'Edited.';
      s.claims[1]!.rejected = true;
    });
    const twice = reconcile(edited, draft1);
    expect(reconcile(twice, draft1)).toEqual(twice);
  });

  test('an edited statement wins over a new machine statement; an unedited one follows the machine', () => {
    const existing = edit(reconcile(null, draft1), (s) => (s.claims[0]!.statement = 'The Harbor Bridge closed on Monday, 12 May.'));
    const draft2 = sheet([machine('c-aaaa', 'Better machine wording.', [['st/a', 's-1']]), machine('c-bbbb', 'New wording for B.', [['st/a', 's-2']])]);
    const out = reconcile(existing, draft2);
    expect(byId(out, 'c-aaaa').statement).toBe('The Harbor Bridge closed on Monday, 12 May.');
    expect(byId(out, 'c-aaaa').machine?.statement).toBe('Better machine wording.');
    expect(byId(out, 'c-aaaa').edited).toEqual(['statement']);
    expect(byId(out, 'c-bbbb').statement).toBe('New wording for B.');
  });

  test('a claim keeps its id when the machine derives another one for it', () => {
    const existing = reconcile(null, draft1);
    // A new article sorts first, so the machine's id for the first claim changes.
    const draft2 = sheet(
      [machine('c-ffff', 'The bridge closed on Monday.', [['st/0', 's-9'], ['st/a', 's-1'], ['st/b', 's-1']]), ...draft1.claims.slice(1)],
      { timeline: [{ start: '2025-05-12', end: null, text: 'Monday', claim: 'c-ffff' }] },
    );
    const out = reconcile(existing, draft2);
    expect(ids(out)).toEqual(['c-aaaa', 'c-bbbb', 'c-cccc', 'c-dddd']);
    expect(keys(byId(out, 'c-aaaa'))).toEqual(['st/0#s-9', 'st/a#s-1', 'st/b#s-1']);
    expect(out.timeline.map((t) => t.claim)).toEqual(['c-aaaa']);
  });

  test('a rejected claim absorbs what matches it and never comes back', () => {
    const existing = edit(reconcile(null, draft1), (s) => (s.claims[2]!.rejected = true));
    const draft2 = sheet([...draft1.claims.slice(0, 2), machine('c-9999', 'Ferries add crossings.', [['st/a', 's-3'], ['st/c', 's-3']]), draft1.claims[3]!]);
    const out = reconcile(existing, draft2);
    expect(ids(out)).toEqual(['c-aaaa', 'c-bbbb', 'c-cccc', 'c-dddd']);
    expect(byId(out, 'c-cccc').rejected).toBe(true);
    expect(keys(byId(out, 'c-cccc'))).toEqual(['st/a#s-3', 'st/c#s-3']);
  });

  test.each([
    ['deleted', (s: Factsheet) => (s.claims = s.claims.filter((c) => c.id !== 'c-dddd'))],
    ['rejected', (s: Factsheet) => (byId(s, 'c-dddd').rejected = true)],
  ])('a merge holds when the merged claim is %s', (_, removeB) => {
    const existing = edit(reconcile(null, draft1), (s) => {
      byId(s, 'c-aaaa').merged = ['c-dddd'];
      removeB(s);
    });
    const draft2 = sheet([...draft1.claims.slice(0, 3), machine('c-dddd', 'About 40,000 vehicles a day use it.', [['st/b', 's-4'], ['st/c', 's-4']])]);
    const out = reconcile(existing, draft2);
    expect(out.claims.filter((c) => !c.rejected).map((c) => c.id)).toEqual(['c-aaaa', 'c-bbbb', 'c-cccc']);
    expect(keys(byId(out, 'c-aaaa'))).toEqual(expect.arrayContaining(['st/a#s-1', 'st/b#s-1', 'st/c#s-4']));
    expect(byId(out, 'c-aaaa').edited).toContain('merged');
  });

  test('a machine citation an editor deleted stays deleted, and the claim counts as edited', () => {
    const existing = edit(reconcile(null, draft1), (s) => {
      byId(s, 'c-aaaa').citations = byId(s, 'c-aaaa').citations.filter((c) => c.source !== 'st/b');
    });
    const draft2 = sheet([machine('c-aaaa', 'The bridge closed on Monday.', [['st/a', 's-1'], ['st/b', 's-1'], ['st/c', 's-1']]), ...draft1.claims.slice(1)]);
    const out = reconcile(existing, draft2);
    expect(keys(byId(out, 'c-aaaa'))).toEqual(['st/a#s-1', 'st/c#s-1']);
    expect(byId(out, 'c-aaaa').edited).toEqual(['citations']);
    // Once more with the same input: nothing changes, the deletion holds.
    expect(reconcile(out, draft2)).toEqual(out);
    // A reviewed claim keeps its deletion the same way.
    const reviewed = edit(out, (s) => (byId(s, 'c-aaaa').reviewed = true));
    expect(keys(byId(reconcile(reviewed, draft2), 'c-aaaa'))).toEqual(['st/a#s-1', 'st/c#s-1']);
  });

  test('a split: machine citations go to the part they match', () => {
    const existing = edit(reconcile(null, draft1), (s) => {
      const a = byId(s, 'c-aaaa');
      const part = (id: string, statement: string, cite: number): Claim => ({ ...structuredClone(a), id, statement, splitFrom: 'c-aaaa', citations: [a.citations[cite]!] });
      s.claims.splice(0, 1, part('c-aaaa1', 'The bridge closed.', 0), part('c-aaaa2', 'It closed on Monday.', 1));
    });
    const draft2 = sheet([machine('c-aaaa', 'The bridge closed on Monday.', [['st/a', 's-1'], ['st/b', 's-1'], ['st/c', 's-1']]), ...draft1.claims.slice(1)]);
    const out = reconcile(existing, draft2);
    expect(ids(out)).toEqual(['c-aaaa1', 'c-aaaa2', 'c-bbbb', 'c-cccc', 'c-dddd']);
    expect(keys(byId(out, 'c-aaaa1'))).toEqual(['st/a#s-1', 'st/c#s-1']);
    expect(keys(byId(out, 'c-aaaa2'))).toEqual(['st/b#s-1']);
  });

  test('a manual claim stays, and a machine claim citing the same sentence lands on it', () => {
    const manual = claimSchema.parse({
      id: 'c-manual1',
      statement: 'Repairs will cost $12 million.',
      status: 'single-source',
      citations: [{ source: 'st/c', anchor: 's-7', quote: 'repairs would cost about $12 million', origin: 'editor' }],
    });
    const existing = edit(reconcile(null, draft1), (s) => s.claims.push(manual));
    const out1 = reconcile(existing, draft1);
    expect(byId(out1, 'c-manual1')).toMatchObject({ statement: manual.statement, machine: null, edited: ['statement', 'status', 'citations'] });
    const draft2 = sheet([...draft1.claims, machine('c-eeee', 'Repairs cost $12m.', [['st/c', 's-7'], ['st/d', 's-1']])]);
    const out2 = reconcile(out1, draft2);
    expect(ids(out2)).toEqual(['c-aaaa', 'c-bbbb', 'c-cccc', 'c-dddd', 'c-manual1']);
    expect(byId(out2, 'c-manual1').statement).toBe(manual.statement);
    expect(byId(out2, 'c-manual1').citations.map((c) => c.origin)).toEqual(['editor', 'machine']);
  });

  test('new claims go after the claim that precedes them in the machine order', () => {
    const existing = edit(reconcile(null, draft1), (s) => s.claims.reverse());
    const draft2 = sheet([draft1.claims[0]!, machine('c-new1', 'New.', [['st/e', 's-1']]), ...draft1.claims.slice(1)]);
    expect(ids(reconcile(existing, draft2))).toEqual(['c-dddd', 'c-cccc', 'c-bbbb', 'c-aaaa', 'c-new1']);
  });

  test('editor sections, titles and review marks stay', () => {
    const existing = edit(reconcile(null, draft1), (s) => {
      s.title = 'Harbor Bridge closure';
      s.summaryOrigin = 'editor';
      s.sections.push({ id: 's-editor', title: 'Traffic', origin: 'editor' });
      s.claims[3]!.section = 's-editor';
      s.claims[3]!.reviewed = true;
      s.claims[3]!.notes = 'Checked with the transport department.';
    });
    const out = reconcile(existing, draft1);
    expect(out.title).toBe('Harbor Bridge closure');
    expect(out.sections.map((s) => s.id)).toEqual(['s-aaaaaa', 's-editor']);
    expect(byId(out, 'c-dddd')).toMatchObject({ section: 's-editor', reviewed: true, edited: ['section', 'notes', 'reviewed'] });
  });
});

test('editedFields lists what differs from the machine snapshot', () => {
  const c = machine('c-1', 'A.', [['st/a', 's-1']]);
  expect(editedFields(c)).toEqual([]);
  expect(editedFields({ ...c, status: 'disputed', rejected: true })).toEqual(['status', 'rejected']);
});
