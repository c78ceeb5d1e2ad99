import { describe, expect, test } from 'vitest';
import { corroborate, shortAffiliation, type CitedSource, type Dispute } from '../../scripts/lib/corroborate.ts';

const cite = (source: string, outlet: string, speaker: string | null, affiliation: string | null = null, copyOf: string | null = null): CitedSource => ({ source, outlet, copyOf, attribution: { speaker, affiliation, verb: 'said' } });
const outletOf = (id: string): string => ({ 's/a': 'Daily Post', 's/b': 'Evening Star' })[id] ?? 'Unknown outlet';

describe('corroborate', () => {
  test.each([
    {
      name: 'three outlets quoting one briefing: reported',
      cited: [cite('s/a', 'Daily Post', 'Ana Ruiz', 'Harbour Authority press officer'), cite('s/b', 'Evening Star', 'Ana Ruiz'), cite('s/c', 'Coast FM', 'Ruiz')],
      disputes: [] as Dispute[],
      status: 'reported',
      reason: '3 outlets · 1 primary source: Ana Ruiz (Harbour Authority)',
    },
    {
      name: 'a syndicated copy counts once',
      cited: [cite('s/a', 'Daily Post', null), cite('s/c', 'Wire Copy', null, null, 's/a')],
      disputes: [],
      status: 'single-source',
      reason: '1 outlet · 1 primary source: Daily Post',
    },
    {
      name: 'two independent voices: corroborated',
      cited: [cite('s/a', 'Daily Post', 'Ana Ruiz'), cite('s/b', 'Evening Star', 'Tom Berg')],
      disputes: [],
      status: 'corroborated',
      reason: '2 outlets · 2 primary sources: Ana Ruiz; Tom Berg',
    },
    {
      name: 'a register and company filings are one public record: reported, not corroborated',
      cited: [cite('s/a', 'Daily Post', 'Vellish commercial register'), cite('s/b', 'Evening Star', 'company filings')],
      disputes: [],
      status: 'reported',
      reason: '2 outlets · 1 primary source: Vellish commercial register',
    },
    {
      name: 'outlets stating unattributed what a named source said relay it: reported, not corroborated',
      cited: [cite('s/a', 'Daily Post', null), cite('s/b', 'Evening Star', null), cite('s/c', 'Harbour Authority', 'Harbour Authority')],
      disputes: [],
      status: 'reported',
      reason: '3 outlets · 1 primary source: Harbour Authority',
    },
    {
      name: 'outlets stating a fact with nobody named: each outlet is a voice',
      cited: [cite('s/a', 'Daily Post', null), cite('s/b', 'Evening Star', null)],
      disputes: [],
      status: 'corroborated',
      reason: '2 outlets · 2 primary sources: Daily Post; Evening Star',
    },
    {
      name: 'denied',
      cited: [cite('s/a', 'Daily Post', 'Ana Ruiz')],
      disputes: [{ kind: 'denial', by: 'the port company', words: 'pure fiction' }] as Dispute[],
      status: 'disputed',
      reason: 'Denied by the port company (“pure fiction”) · 1 outlet · 1 primary source: Ana Ruiz',
    },
    {
      name: 'figures differ',
      cited: [cite('s/a', 'Daily Post', 'Ana Ruiz')],
      disputes: [{ kind: 'figures', values: [{ text: '120', who: 'Ana Ruiz' }, { text: '300', who: 'unnamed sources' }] }] as Dispute[],
      status: 'disputed',
      reason: 'Figures differ: 120 (Ana Ruiz) vs 300 (unnamed sources) · 1 outlet · 1 primary source: Ana Ruiz',
    },
  ])('$name', ({ cited, disputes, status, reason }) => {
    const c = corroborate(cited, disputes, outletOf);
    expect(c.status).toBe(status);
    expect(c.statusReason).toBe(reason);
  });
});

describe('shortAffiliation', () => {
  test.each([
    { affiliation: 'Northern Water Board Communications Director', speaker: 'Lia Moss', expected: 'Northern Water Board' },
    { affiliation: 'President and Chief Executive Officer of Lakeside Rail', speaker: 'Dr. Omar Zee', expected: 'Lakeside Rail' },
    { affiliation: 'Canadian Minister', speaker: 'Ben Fox', expected: null },
    { affiliation: 'Slovenian Foreign Minister', speaker: 'Mojca Vrhovnik', expected: 'Slovenian Foreign Ministry' },
    { affiliation: 'Arktis Kystlinjer’s chief executive', speaker: 'Kjersti Hovland', expected: 'Arktis Kystlinjer' },
    { affiliation: 'De Smet’s lawyer', speaker: 'Nathalie Goethals', expected: 'De Smet’s lawyer' },
    { affiliation: null, speaker: 'Ben Fox', expected: null },
    { affiliation: 'Fisheries, Marine and Coastal Affairs Minister', speaker: 'Ana Lind', expected: 'Ministry of Fisheries, Marine and Coastal Affairs' },
  ])('$affiliation', ({ affiliation, speaker, expected }) => {
    expect(shortAffiliation(affiliation, speaker)).toBe(expected);
  });
});
