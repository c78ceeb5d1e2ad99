/**
 * An editor's life cycle on a copy of a content tree (issue #4):
 * 1. ingest three articles; 2. edit a statement, reject a claim, merge two claims, split one,
 * add a manual claim with a citation, mark one reviewed; 3. add two articles that repeat
 * some sentences and bring new ones; 4. ingest again. Every edit must be intact, the new
 * citations on the right claims, and re-ingesting unchanged input byte-identical.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addArticles } from '../../scripts/add.ts';
import { runChecks } from '../../scripts/lib/check/index.ts';
import { ingest } from '../../scripts/lib/pipeline.ts';
import { claim as claimSchema, type Claim } from '../../src/schema.ts';
import { citeSentence, claimQuoting, editSheet, FIXTURES, makeRoot, readSheet, removeRoot, sheetFile, snapshot, type SheetData } from './helpers/tree.ts';

const STORY = 'harbor-bridge';
const src = (stem: string) => `${STORY}/${stem}`;
const NEW = [src('04-state-news'), src('05-bay-times')];

/** Claims (not rejected unless asked) that cite `source` with a quote containing `text`. */
const holders = (sheet: SheetData, source: string, text: string, withRejected = false): Claim[] =>
  sheet.claims.filter((c) => (withRejected || !c.rejected) && c.citations.some((x) => x.source === source && x.quote.includes(text)));

let root: string;
let first: SheetData;
let before: Map<string, string>;
let after: SheetData;
/** Ids chosen in step 2. */
const ids = { edited: '', rejected: '', mergeA: '', mergeB: '', split: '', reviewed: '', parts: [] as string[] };
const EDITED_STATEMENT = 'Some 40,000 vehicles a day use the Harbor Bridge, according to the city transport department.';

beforeAll(async () => {
  root = await makeRoot(STORY, 'first');
  // 1. ingest
  await ingest({ root });
  first = await readSheet(root, STORY);

  // 2. an editor's pull request
  const manualCitation = await citeSentence(root, src('02-portville-herald'), 'Inspectors found cracks in two steel cables of the Harbor Bridge');
  await editSheet(root, STORY, (sheet) => {
    const edited = claimQuoting(sheet, '40,000 vehicles cross');
    edited.statement = EDITED_STATEMENT;
    const rejected = claimQuoting(sheet, 'Shop owners');
    rejected.rejected = true;
    rejected.notes = 'An opinion, not a fact.';
    const a = claimQuoting(sheet, 'closed to all traffic on Monday after inspectors');
    const b = claimQuoting(sheet, 'send a team of engineers');
    a.merged = [b.id];
    sheet.claims = sheet.claims.filter((c) => c !== b);
    const split = claimQuoting(sheet, 'four extra crossings');
    const part = (suffix: string, statement: string, citations: Claim['citations']): Claim => ({ ...structuredClone(split), id: `${split.id}${suffix}`, statement, splitFrom: split.id, citations });
    const parts = [
      part('a', 'BlueLine will add four ferry crossings a day.', split.citations.slice(0, 1)),
      part('b', 'The extra crossings run only while the bridge is closed.', split.citations.length > 1 ? split.citations.slice(1) : split.citations.slice(0, 1)),
    ];
    sheet.claims.splice(sheet.claims.indexOf(split), 1, ...parts);
    const reviewed = claimQuoting(sheet, 'at least three weeks');
    reviewed.reviewed = true;
    reviewed.notes = 'Confirmed on the city website.';
    // A claim written by hand: only what an editor writes; the schema fills in the rest.
    sheet.claims.push(claimSchema.parse({
      id: 'c-manual1',
      statement: 'Inspectors found cracks in two steel cables of the Harbor Bridge.',
      status: 'single-source',
      reviewed: true,
      citations: [manualCitation],
    }));
    Object.assign(ids, { edited: edited.id, rejected: rejected.id, mergeA: a.id, mergeB: b.id, split: split.id, reviewed: reviewed.id, parts: parts.map((p) => p.id) });
  });

  // 3. two new articles, added the way an editor does; 4. ingest again (add runs it)
  before = await snapshot(root);
  await addArticles({ root, inputs: [path.join(FIXTURES, STORY, 'later')], story: STORY, log: () => {} });
  after = await readSheet(root, STORY);
});

afterAll(() => removeRoot(root));

const claim = (id: string): Claim | undefined => after.claims.find((c) => c.id === id);

describe('after new articles and a second ingest', () => {
  test('no claim changed its id: every sentence cited before sits on a claim that existed before', () => {
    const known = new Set([...first.claims.map((c) => c.id), ...ids.parts, 'c-manual1']);
    const key = (x: { source: string; anchor: string }) => `${x.source}#${x.anchor}`;
    const firstKeys = new Set(first.claims.flatMap((c) => c.citations.map(key)));
    const now = after.claims.flatMap((c) => c.citations.filter((x) => firstKeys.has(key(x))).map((x) => [key(x), c.id] as const));
    expect(new Set(now.map(([k]) => k))).toEqual(firstKeys);
    expect(now.filter(([, id]) => !known.has(id))).toEqual([]);
    // Claims the editor did not fold away keep their ids unless the machine itself folded them into another.
    const folded = first.claims.filter((c) => !after.claims.some((a) => a.id === c.id)).map((c) => c.id);
    expect(folded).toEqual(expect.arrayContaining([ids.mergeB, ids.split]));
  });

  test('the edited statement is intact, marked edited, and has the repeat from the new article', () => {
    const c = claim(ids.edited)!;
    expect(c.statement).toBe(EDITED_STATEMENT);
    expect(c.edited).toContain('statement');
    expect(c.machine?.statement).not.toBe(EDITED_STATEMENT);
    expect(holders(after, src('05-bay-times'), '40,000 vehicles cross').map((h) => h.id)).toEqual([ids.edited]);
  });

  test('the rejected claim stays rejected and absorbs its repeat', () => {
    expect(claim(ids.rejected)).toMatchObject({ rejected: true, notes: 'An opinion, not a fact.' });
    expect(holders(after, src('04-state-news'), 'Shop owners')).toEqual([]);
    expect(holders(after, src('04-state-news'), 'Shop owners', true).map((h) => h.id)).toEqual([ids.rejected]);
  });

  test('the merge holds: B stays gone and its new citation lands on A', () => {
    expect(claim(ids.mergeB)).toBeUndefined();
    expect(claim(ids.mergeA)!.merged).toEqual([ids.mergeB]);
    expect(holders(after, src('04-state-news'), 'send a team of engineers').map((h) => h.id)).toEqual([ids.mergeA]);
    expect(holders(after, src('03-coast-radio'), 'send a team of engineers').map((h) => h.id)).toEqual([ids.mergeA]);
    expect(holders(after, src('04-state-news'), 'closed to all traffic on Monday').map((h) => h.id)).toEqual([ids.mergeA]);
  });

  test('the split holds: the parts stay, the original does not return, the repeat lands on a part', () => {
    expect(claim(ids.split)).toBeUndefined();
    expect(ids.parts.map((id) => claim(id)?.splitFrom)).toEqual([ids.split, ids.split]);
    expect(claim(ids.parts[0]!)!.statement).toBe('BlueLine will add four ferry crossings a day.');
    const h = holders(after, src('05-bay-times'), 'four extra crossings');
    expect(h).toHaveLength(1);
    expect(ids.parts).toContain(h[0]!.id);
  });

  test('the manual claim and the review are intact', () => {
    expect(claim('c-manual1')).toMatchObject({ statement: 'Inspectors found cracks in two steel cables of the Harbor Bridge.', reviewed: true });
    expect(claim('c-manual1')!.citations[0]).toMatchObject({ origin: 'editor', source: src('02-portville-herald') });
    expect(claim(ids.reviewed)).toMatchObject({ reviewed: true, notes: 'Confirmed on the city website.' });
  });

  test('the new articles bring new claims', () => {
    expect(holders(after, src('04-state-news'), '$12 million').length).toBe(1);
    expect(holders(after, src('04-state-news'), '$12 million')[0]!.machine).not.toBeNull();
  });

  test('the first articles\' sources are untouched', async () => {
    const now = await snapshot(root);
    for (const [file, text] of before) if (file.startsWith('sources/')) expect(now.get(file), file).toBe(text);
  });

  test('the content passes npm run check', async () => {
    expect((await runChecks(root)).filter((p) => p.severity === 'error')).toEqual([]);
  });

  test('re-ingesting unchanged input gives a byte-identical tree', async () => {
    const once = await snapshot(root);
    const report = await ingest({ root });
    expect(report.written).toEqual([]);
    expect(await snapshot(root)).toEqual(once);
  });

  test('a quote edited so it no longer matches its source fails the check, with file:line and a suggestion', async () => {
    const file = path.join(root, sheetFile(STORY));
    const text = await readFile(file, 'utf8');
    const original = 'quote: About 40,000 vehicles cross the bridge every day';
    expect(text).toContain(original);
    await writeFile(file, text.replace(original, 'quote: About 50,000 vehicles cross the bridge every day'));
    try {
      // The build runs ingest before the check: ingest must keep the edited quote, not quietly restore it.
      await ingest({ root });
      expect(await readFile(file, 'utf8')).toContain('quote: About 50,000 vehicles cross the bridge every day');
      const problems = (await runChecks(root)).filter((p) => p.rule === 'quote/not-found');
      expect(problems.length).toBeGreaterThan(0);
      const p = problems[0]!;
      expect(p.file).toBe(sheetFile(STORY));
      expect((await readFile(file, 'utf8')).split('\n')[p.line! - 1]).toContain('50,000 vehicles');
      expect(p.message).toMatch(/closest passage at content\/sources\/harbor-bridge\/0[15]-[a-z-]+\.md:\d+: "About 40,000 vehicles cross the bridge every day/);
    } finally {
      await writeFile(file, text);
    }
  });
});
