import { mkdtempSync, cpSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { clean } from '../../scripts/lib/clean/index.ts';
import { loadStory } from '../../scripts/lib/load.ts';
import { resolveMetadata } from '../../scripts/lib/metadata.ts';
import type { LoadedArticle } from '../../scripts/lib/types.ts';
import { expectFixture, fixtureCases } from '../helpers/fixtures.ts';

const FIXTURES = path.join(import.meta.dirname, '../fixtures/clean');

function article(text: string, given: LoadedArticle['given'] = {}): LoadedArticle {
  const blocks = text.split('\n').map((t, i) => ({ text: t.trim(), line: i + 1 })).filter((b) => b.text);
  return { story: 's', id: 's/a', file: 'a.txt', hash: '0'.repeat(64), given, blocks };
}

const kept = (text: string) => clean(article(text)).paragraphs.map((p) => p.text);

describe('clean: fixtures (input -> output.md)', () => {
  test.each(fixtureCases(FIXTURES))('%s', async (name) => {
    const root = mkdtempSync(path.join(tmpdir(), 'clean-'));
    const dir = path.join(root, 'story');
    cpSync(path.join(FIXTURES, name), dir, { recursive: true, filter: (f) => !/output\.md$/.test(f) });
    const story = await loadStory(root, 'story');
    const cleaned = clean(story.articles[0]!);
    const meta = resolveMetadata(cleaned);
    const out = [
      `<!-- title: ${meta.title} | outlet: ${meta.outlet} | published: ${meta.published} | dateline: ${cleaned.dateline} -->`,
      ...cleaned.paragraphs.map((p) => `${p.line}: ${p.text}`),
      '',
      '## dropped',
      ...cleaned.dropped.map((d) => `${d.line} [${d.rule}]: ${d.text}`),
      '',
    ].join('\n');
    expectFixture(path.join(FIXTURES, name, 'output.md'), out);
  });
});

describe('clean rules keep article text and drop boilerplate', () => {
  test.each([
    { name: 'language switcher', input: 'de fr en\nThe council voted 7 to 2 on Monday to close the bridge.', drop: 'de fr en' },
    { name: 'pipe-separated switcher', input: 'EN | ES\nThe council voted 7 to 2 on Monday to close the bridge.', drop: 'EN | ES' },
    { name: 'switcher after the site’s name', input: 'TVN English | LT | EN | RU\nThe council voted 7 to 2 on Monday to close the bridge.', drop: 'TVN English' },
    { name: 'photo credit', input: 'The council voted 7 to 2 on Monday to close the bridge.\nPhoto: Jan Kos / Reuters', drop: 'Photo: Jan Kos / Reuters' },
    { name: 'photographer credited as "Fot."', input: 'Smog over the Tarn district on Tuesday morning. Fot. Ana Berg / Dziennik Tarnowski\nThe council voted 7 to 2 on Monday to close the bridge.', drop: 'Fot. Ana Berg' },
    { name: 'a "Read also" link with its call to click', input: 'The council voted 7 to 2 on Monday to close the bridge.\nRead also:\nFree buses for drivers during the closure. Check the rules', drop: 'Free buses for drivers' },
    { name: 'agency credit in parentheses', input: 'Firefighters at the scene on Friday (Getty Images)\nThe council voted 7 to 2 on Monday to close the bridge.', drop: 'Firefighters at the scene on Friday (Getty Images)' },
    { name: 'date line', input: 'Published: 12 May 2023\nThe council voted 7 to 2 on Monday to close the bridge.', drop: 'Published: 12 May 2023' },
    { name: 'copyright line', input: 'The council voted 7 to 2 on Monday to close the bridge.\n© 2026 Harbour Wire. All rights reserved.', drop: '© 2026 Harbour Wire. All rights reserved.' },
    { name: 'syndication notice', input: 'The council voted 7 to 2 on Monday to close the bridge.\nThis story was republished from the Coast Wire and has not been edited by us.', drop: 'This story was republished from the Coast Wire and has not been edited by us.' },
    { name: 'a release’s sign-off promising updates', input: 'The council voted 7 to 2 on Monday to close the bridge.\nTCA will continue to provide updates as new information becomes available.', drop: 'will continue to provide updates' },
    { name: 'a newsroom’s social links and tip line', input: 'The council voted 7 to 2 on Monday to close the bridge.\nRepairs will start in June, the mayor said.\nThe Tarn Courier is on Facebook and X. Send news tips to newsdesk@tarncourier.example.', drop: 'Send news tips' },
    { name: 'where up-to-date information is', input: 'The council voted 7 to 2 on Monday to close the bridge.\nUp-to-date information on ferry services is available at tarnferries.example/news and on the passenger hotline.', drop: 'Up-to-date information' },
    { name: 'a licence note on syndicated copy', input: 'The council voted 7 to 2 on Monday to close the bridge.\nThis article is published under licence from AFP. The Tarn Ledger is not responsible for the content of syndicated material.', drop: 'published under licence' },
    { name: 'syndication credit', input: 'The council voted 7 to 2 on Monday to close the bridge.\nThis story is from The Associated Press.', drop: 'This story is from The Associated Press.' },
    { name: 'reporting credit', input: 'The council voted 7 to 2 on Monday to close the bridge.\nReporting by Ana Brel; Editing by Jan Kos', drop: 'Reporting by Ana Brel; Editing by Jan Kos' },
    { name: 'update promise', input: 'The council voted 7 to 2 on Monday to close the bridge.\nWe will keep following the bridge closure and update this post when the council meets.', drop: 'We will keep following the bridge closure and update this post when the council meets.' },
    { name: 'helpline notice', input: 'The council voted 7 to 2 on Monday to close the bridge.\nAnyone worried about a relative should ring the council hotline on 0300 123 4567.', drop: 'Anyone worried about a relative should ring the council hotline on 0300 123 4567.' },
    { name: 'reader told to visit a site', input: 'The council voted 7 to 2 on Monday to close the bridge.\nIf you need help finding a detour, visit www.harbourroads.example.', drop: 'If you need help finding a detour, visit www.harbourroads.example.' },
    { name: 'contact line by email', input: 'The council voted 7 to 2 on Monday to close the bridge.\nPeople with photos of the collapse can contact the inquiry at evidence@bridgeinquiry.example.', drop: 'People with photos of the collapse can contact the inquiry at evidence@bridgeinquiry.example.' },
    { name: 'byline with outlet and dates', input: 'By Mara Quist, Tarn Valley Post. Published May 3, 2025, updated May 4, 2025.\nThe council voted 7 to 2 on Monday to close the bridge.', drop: 'By Mara Quist, Tarn Valley Post.' },
    { name: 'where to look for updates', input: 'The council voted 7 to 2 on Monday to close the bridge.\nFor current road conditions, visit TarnRoads.', drop: 'For current road conditions, visit TarnRoads.' },
    { name: 'helpline for families', input: 'The council voted 7 to 2 on Monday to close the bridge.\nRelatives seeking news may call the council line at 0300 123 4567.', drop: 'Relatives seeking news may call the council line at 0300 123 4567.' },
    { name: 'caption with its photograph credit', input: 'Police outside the town hall on Monday. Photograph: Ana Brel/AP\nThe council voted 7 to 2 on Monday to close the bridge.', drop: 'Police outside the town hall on Monday.' },
    { name: 'app promotion', input: 'The council voted 7 to 2 on Monday to close the bridge.\nThe bridge opened in 1962 and carries 9,000 cars a day.\nGet breaking news alerts from the Post on your phone. Download our free app.', drop: 'Download our free app.' },
    { name: 'promotion for the outlet’s own page', input: 'The council voted 7 to 2 on Monday to close the bridge.\nSafety courses in the valley are filling up fast this season. Find a course near you at our Outdoors Centre page.\nRepairs will start in June, the mayor said.', drop: 'Safety courses in the valley are filling up fast' },
    { name: 'the writer’s bio at the foot', input: 'The council voted 7 to 2 on Monday to close the bridge.\nRepairs will start in June, the mayor said.\nMara Quist is the Tarn Valley Post’s transport correspondent. She is based in Orvell.', drop: 'Mara Quist is the Tarn Valley Post' },
    { name: 'crosshead', input: 'The council voted 7 to 2 on Monday to close the bridge.\nWhat happens next\nRepairs will start in June, the mayor said.', drop: 'What happens next' },
  ])('$name', ({ input, drop }) => {
    const result = kept(input);
    // Substring, not element: a paragraph that keeps part of the boilerplate fails too.
    expect(result.join('\n')).not.toContain(drop);
    expect(result).toContain('The council voted 7 to 2 on Monday to close the bridge.');
  });

  test('the site’s name before a language switcher is the outlet', () => {
    expect(clean(article('TVN English | LT | EN | RU\nThe council voted 7 to 2 on Monday to close the bridge.')).masthead).toBe('TVN');
    expect(clean(article('Radio Vell | Te Reo Māori | English\nThe council voted 7 to 2 on Monday to close the bridge.')).masthead).toBe('Radio Vell');
    // A menu is no switcher: "News | Sport" names no languages.
    const menu = clean(article('Vell Post | News | Sport\nThe council voted 7 to 2 on Monday to close the bridge.'));
    expect(menu.dropped.find((d) => d.text.startsWith('Vell Post'))?.rule).not.toBe('language-switcher');
  });

  test('a source described by trade mid-article is kept: only the writer’s note at the foot goes', () => {
    const text = 'By Mara Quist\nThe council voted 7 to 2 on Monday to close the bridge.\nIvo Holm is a retired engineer who built the bridge in 1962.\nRepairs will start in June, the mayor said.';
    expect(kept(text)).toContain('Ivo Holm is a retired engineer who built the bridge in 1962.');
    expect(kept(`${text}\nJan Kos is a freelance journalist based in Orvell.`).join('\n')).toContain('Jan Kos is a freelance journalist');
  });

  test.each([
    ['OSLO, Norway (NTB) — Ferries resumed on Monday.', 'OSLO, Norway (NTB)'],
    ['OSLO, Norway, May 4 (NTB) - Ferries resumed on Monday.', 'OSLO, Norway, May 4 (NTB)'],
    ['LEEDS, 16 September (PA) - Ferries resumed on Monday.', 'LEEDS, 16 September (PA)'],
  ])('a dateline with a country and a date: %s', (text, dateline) => {
    const cleaned = clean(article(text));
    expect(cleaned.dateline).toBe(dateline);
    expect(cleaned.paragraphs[0]!.text).toBe('Ferries resumed on Monday.');
  });

  test('page chrome above the article goes; the masthead names the outlet, the byline strip gives the date', () => {
    const text = ['Harbour Times', 'Home / News / Local', 'By Staff | Tuesday, 4 March 2025 | 9:10 am', 'Ferry service resumes after strike', 'Ferries resumed on Monday after a two-day strike, the operator said.'].join('\n');
    const cleaned = clean(article(text));
    expect(cleaned.paragraphs.map((p) => p.text)).toEqual(['Ferries resumed on Monday after a two-day strike, the operator said.']);
    const meta = resolveMetadata(cleaned);
    expect(meta).toMatchObject({ outlet: 'Harbour Times', title: 'Ferry service resumes after strike', published: '2025-03-04' });
  });

  test('points that end like sentences, at the end of a live page above its share bar and links, stay', () => {
    const text = ['Good morning and welcome to our live coverage. Here is what we know.', '- The voivode declared a smog alert for Tarn on Monday.', '- All municipal kindergartens are closed.', '- Public transport in Tarn is free for drivers.', 'Share: Facebook | X | Email', 'Related:', '- Podcast: Why Tarn traps smog', '- Five air purifiers tested'].join('\n');
    const result = kept(text).join('\n');
    expect(result).toContain('All municipal kindergartens are closed.');
    expect(result).not.toContain('Five air purifiers tested');
  });

  test('a bulleted list under "Summary" is the story’s own points; a headline list under "Read more" goes', () => {
    const text = ['The Tarn bridge will stay shut for weeks, the council said on Tuesday.', 'Summary', '- The Tarn bridge has been closed to all traffic since Monday', '- Engineers say the main cable is corroded', '- The council will decide on repairs next week', 'The council voted 7 to 2 on Monday to close the bridge.', 'Read more:', '- Tarn floods: a timeline', '- Ten bridges to see', '- Why cables rust'].join('\n');
    const result = kept(text).join('\n');
    expect(result).toContain('Engineers say the main cable is corroded');
    expect(result).not.toContain('Ten bridges to see');
  });

  test.each([
    { strip: '2 October 2025, 13:15 | By Sofia Amaral | ▶ Listen to this article (4 min)', author: 'Sofia Amaral', published: '2025-10-02' },
    { strip: 'Posted on 2 October 2025 by Marta Quintela · 7 min read', author: 'Marta Quintela', published: '2025-10-02' },
    { strip: 'Published 1 October 2025 · 19:40 CEST · With AP', author: null, published: '2025-10-01' },
    { strip: 'By Atlantic Newswire | November 18, 2025, 2:05 p.m. EST', author: null, published: '2025-11-18' },
  ])('a byline strip gives the author and date: $strip', ({ strip, author, published }) => {
    const text = ['Tarn Post', 'Home › News › Local', strip, 'Ferry service resumes after strike', 'Ferries resumed on Monday after a two-day strike, the operator said.'].join('\n');
    const cleaned = clean(article(text));
    expect(cleaned.paragraphs.map((p) => p.text)).toEqual(['Ferries resumed on Monday after a two-day strike, the operator said.']);
    expect(resolveMetadata(cleaned)).toMatchObject({ author, published, title: 'Ferry service resumes after strike' });
  });

  test('a minister’s release: the title under the minister’s name is no headline', () => {
    const text = ['MEDIA RELEASE', 'Hon Ana Lind MP', 'Minister for Roads and Transport', 'Thursday, 18 September 2025', 'Vell bridge reopens to traffic', 'The Vell bridge reopened on Thursday after repairs.'].join('\n');
    expect(resolveMetadata(clean(article(text)))).toMatchObject({ title: 'Vell bridge reopens to traffic', published: '2025-09-18' });
  });

  test('a byline strip names its paper by any newspaper word: "Sentinel", "Examiner", "Advertiser"', () => {
    const text = ['Tarn Post', 'Home › News › Local', '**By Ana Lind** | Vell Coast Sentinel | Wednesday, 17 September 2025', 'Ferry service resumes after strike', 'Ferries resumed on Monday after a two-day strike, the operator said.'].join('\n');
    expect(resolveMetadata(clean(article(text)))).toMatchObject({ author: 'Ana Lind', published: '2025-09-17' });
    const strip = ['**By Ana Lind** | Vell Coast Sentinel | Wednesday, 17 September 2025', 'Ferries resumed on Monday after a two-day strike, the operator said.'].join('\n');
    expect(resolveMetadata(clean(article(strip))).outlet).toBe('Vell Coast Sentinel');
  });

  test('a name taken as the headline does not drop the first sentence that opens with it; a release’s place and date line dates it', () => {
    const text = ['Tarn Pharma plc', 'Runcorn, 9 April 2025', 'Tarn Pharma plc ("Tarn") is recalling one batch of syrup as a precaution.', 'The batch was made in March.'].join('\n');
    const cleaned = clean(article(text));
    expect(cleaned.paragraphs.map((p) => p.text)).toContain('Tarn Pharma plc ("Tarn") is recalling one batch of syrup as a precaution.');
    expect(resolveMetadata(cleaned).published).toBe('2025-04-09');
  });

  test('a byline strip is never a sentence that opens with a date', () => {
    const text = ['Tarn Post', 'On Tuesday 18 November 2025, the ferry left port at 9:10.', 'It hit a reef an hour later.'].join('\n');
    expect(kept(text)).toContain('On Tuesday 18 November 2025, the ferry left port at 9:10.');
  });

  test('a site’s name above its menu names the outlet, even in lower case, and an edition label is no part of it', () => {
    const blog = ['quintela.sec — notes on breaches', 'Home / Blog / Incidents', 'The leak: what is in the data', 'On 21 September a ransomware group listed the operator on its leak site.'].join('\n');
    expect(resolveMetadata(clean(article(blog)))).toMatchObject({ outlet: 'quintela.sec', title: 'The leak: what is in the data' });
    const edition = ['RTN Notícias | English', 'Home › Portugal › Porto', 'Metro hacked', 'Hackers stole the data of 120,000 card holders, the operator said.'].join('\n');
    expect(resolveMetadata(clean(article(edition)))).toMatchObject({ outlet: 'RTN Notícias', title: 'Metro hacked' });
  });

  test('a live page: the breadcrumb opens with the site’s name, and a headline with a dash is no menu', () => {
    const text = ['Norsk | English', 'TarnTV News > Troms', 'LIVE: Ferry aground off Tarnøya – rescue centre raises passenger count', 'Wednesday 5 November 2025', 'The ferry hit a reef at 21:40 on Tuesday.'].join('\n');
    expect(resolveMetadata(clean(article(text)))).toMatchObject({ outlet: 'TarnTV News', title: 'LIVE: Ferry aground off Tarnøya – rescue centre raises passenger count', published: '2025-11-05' });
  });

  test('a press release: the name under its label is the issuer, the line after it the title', () => {
    const text = ['PRESS RELEASE', 'Vell Linjer AS', 'Update on the grounding of MS Tarn', 'On Tuesday at 21:38 the ship ran aground near Tarnøya.'].join('\n');
    expect(resolveMetadata(clean(article(text)))).toMatchObject({ outlet: 'Vell Linjer AS', title: 'Update on the grounding of MS Tarn' });
  });

  test.each([
    { top: ['Ferry strike ends after two days', 'The Canadian Press', 'Thursday, September 25, 2025, 4:18 p.m. ADT'], outlet: 'The Canadian Press', author: null },
    { top: ['CBN News | Nova Scotia', 'Home › News › Canada', 'Ferry strike ends after two days'], outlet: 'CBN News', author: null },
    { top: ['Ferry strike ends after two days', '**Tarn Posten** · Local news · By Signe Holm · 14 November 2025'], outlet: 'Tarn Posten', author: 'Signe Holm' },
    { top: ['KTRN 7 News | Northern Tarn', 'Ferry strike ends after two days', 'By Jordan Beltrán, KTRN 7 News'], outlet: 'KTRN 7 News', author: 'Jordan Beltrán' },
    { top: ['Nord24 › News › Denmark', 'Skip to latest update', 'Ferry strike ends after two days'], outlet: 'Nord24', author: null },
    { top: ['Ferry strike ends after two days', 'By Reuters | 7 May 2025, 08:14 SAST'], outlet: 'Reuters', author: null },
    { top: ['Ferry strike ends after two days', 'By The Tarn Post with AP | 14.05.2025 | Updated 08:40'], outlet: 'The Tarn Post', author: null },
    { top: ['HR | EN', 'Home > Press > Press releases', 'MINISTRY OF THE SEA OF THE REPUBLIC OF NORLAND', 'Ferry strike ends after two days'], outlet: 'Ministry of the Sea of the Republic of Norland', author: null },
    { top: ['Tarn Airports A/S', 'Press release', 'Ferry strike ends after two days'], outlet: 'Tarn Airports A/S', author: null },
    { top: ['UNITED FERRY WORKERS — LOCAL 41', 'Tarnvik, Norland', 'FOR IMMEDIATE RELEASE', 'Ferry strike ends after two days'], outlet: 'United Ferry Workers — Local 41', author: null },
    { top: ['FOR IMMEDIATE RELEASE', 'Ferry strike ends after two days', 'About Tarn Ferries', 'SOURCE Tarn Ferries'], outlet: 'Tarn Ferries', author: null },
    { top: ['PRESS RELEASE', 'For immediate release', 'Tarn Ferries S.A.', 'Ferry strike ends after two days'], outlet: 'Tarn Ferries S.A.', author: null },
    { top: ['Tarn Ferries Ltd.', 'Ferry strike ends after two days'], outlet: 'Tarn Ferries Ltd.', author: null },
    // A masthead in capitals is the outlet's name as written in words; menus and section labels around it go.
    { top: ['RAILWAY SAFETY WEEKLY', 'Ferry strike ends after two days'], outlet: 'Railway Safety Weekly', author: null },
    { top: ['Tarn Orka hf. | Press release', 'Ferry strike ends after two days'], outlet: 'Tarn Orka hf.', author: null },
    // A letterhead above a numbered release label: the body in capitals issues it.
    { top: ['Republic of Vell', 'Department of Transportation', 'NATIONAL COAST GUARD', 'Pier 1, Tarnvik 6020', 'PRESS RELEASE No. 214-2025', 'Ferry strike ends after two days'], outlet: 'National Coast Guard', author: null },
    { top: ['PRÉFET DES HAUTES-ALPES-DU-NORD', 'Liberté', 'Égalité', 'Fraternité', 'PRESS RELEASE', 'Ferry strike ends after two days'], outlet: 'Préfet des Hautes-Alpes-du-Nord', author: null },
    { top: ['Home › News › World', 'THE TARN COURIER', 'Ferry strike ends after two days'], outlet: 'The Tarn Courier', author: null },
    { top: ['TARN FUNDING INSIDER', 'Policy & Oversight', 'Ferry strike ends after two days'], outlet: 'Tarn Funding Insider', author: null },
    { top: ['VBC NEWS', 'Ferry strike ends after two days'], outlet: 'VBC News', author: null },
  ])('the outlet named above the article: $outlet', ({ top, outlet, author }) => {
    const cleaned = clean(article([...top, 'Ferries resumed on Monday after a two-day strike, the operator said.'].join('\n')));
    expect(resolveMetadata(cleaned)).toMatchObject({ outlet, author, title: 'Ferry strike ends after two days' });
    expect(cleaned.paragraphs.map((p) => p.text)).toEqual(['Ferries resumed on Monday after a two-day strike, the operator said.']);
  });

  test('a first line "Site – Blog" names the outlet', () => {
    const text = ['FjordWatch – Blog', 'Our samples show the leak was larger', 'We measured 8 tonnes of fuel oil in the fjord on Tuesday.'].join('\n');
    expect(resolveMetadata(clean(article(text))).outlet).toBe('FjordWatch');
  });

  test('an article that starts with a sentence has no masthead', () => {
    const cleaned = clean(article('Ferries resumed on Monday.\nThe strike had lasted two days, the union said.'));
    expect(cleaned.masthead).toBeNull();
    expect(cleaned.paragraphs).toHaveLength(2);
  });

  test('a dateline is removed from the text and kept as metadata', () => {
    const cleaned = clean(article('OSLO (NTB) — Ferries resumed on Monday after a two-day strike.'));
    expect(cleaned.paragraphs[0]!.text).toBe('Ferries resumed on Monday after a two-day strike.');
    expect(cleaned.dateline).toBe('OSLO (NTB)');
    expect(resolveMetadata(cleaned).outlet).toBe('NTB');
  });

  test('an appeal at the end goes, with everything after it', () => {
    const text = ['The strike ended on Monday after 48 hours, the union said.', 'Ferry traffic will be normal by Wednesday, the operator said.', 'Ticket refunds are available online.', 'If you value this reporting, please donate today.', 'Become a member and get our newsletter.'].join('\n');
    expect(kept(text)).toEqual(['The strike ended on Monday after 48 hours, the union said.', 'Ferry traffic will be normal by Wednesday, the operator said.', 'Ticket refunds are available online.']);
  });

  test.each([
    'Residents called the council on Monday to complain about the 120 trucks.',
    'The mayor said anyone who needed shelter could go to the school, which holds 300 people.',
    'Police said they had received 40 calls at 10 a.m.',
  ])('a report of calls or contacts is no service notice: %s', (sentence) => {
    expect(kept(`The council voted 7 to 2 on Monday to close the bridge.\n${sentence}`)).toContain(sentence);
  });

  test('a notice at the end of a paragraph is trimmed, the facts before it kept', () => {
    expect(kept('The bridge will stay shut until June. For updates, visit harbourroads.example.')).toEqual(['The bridge will stay shut until June.']);
    expect(kept('The bridge will stay shut until June. Drivers with questions can call our information line on +33 4 00 00 00, open around the clock.')).toEqual(['The bridge will stay shut until June.']);
  });

  test('a news paragraph in the tail that mentions donating is no appeal, nor is what follows it', () => {
    const text = ['The train derailed on Tuesday, police said.', 'Rescuers reached it within an hour.', 'The hospital asked residents to donate blood, the director said.', 'The line will reopen on Friday, the operator said.'].join('\n');
    expect(kept(text)).toHaveLength(4);
  });

  test.each([
    'Never miss Tarn Valley news. Sign up for the Post’s free morning newsletter.',
    'The Tarn Valley Post is an independent newsroom. Support local journalism: become a member.',
    'Thanks for reading Notes from the Ferry! Subscribe for free to receive new posts.',
  ])('an appeal that speaks to the reader only in its second sentence goes: %s', (appealText) => {
    const text = ['The strike ended on Monday after 48 hours, the union said.', 'Ferry traffic will be normal by Wednesday, the operator said.', appealText].join('\n');
    expect(kept(text)).toHaveLength(2);
  });

  test('article sentences that mention support or members are kept', () => {
    const text = ['Union members voted to support the deal on Monday, the union said.', 'The deal raises pay by 4% from June.', 'Members will vote again in a year.'].join('\n');
    expect(kept(text)).toHaveLength(3);
  });

  test('a related-headlines list goes, even without a heading', () => {
    const text = ['The strike ended on Monday after 48 hours, the union said.', 'Ferry traffic will be normal by Wednesday.', '- Union leader re-elected', '- Fares to rise in autumn', '- New ferry ordered from Finland'].join('\n');
    expect(kept(text)).toEqual(['The strike ended on Monday after 48 hours, the union said.', 'Ferry traffic will be normal by Wednesday.']);
  });

  test('the headline becomes the title when none is given', () => {
    const cleaned = clean(article('Ferries resume after strike\nFerries resumed on Monday after a two-day strike.'));
    expect(resolveMetadata(cleaned).title).toBe('Ferries resume after strike');
    expect(resolveMetadata(clean(article('Ferries resume after strike\nText here is long enough.', { title: 'Given' }))).title).toBe('Given');
  });

  test('the example articles lose all their boilerplate and keep their facts', async () => {
    const story = await loadStory(path.join(import.meta.dirname, '../..'), 'content/articles/nk-troops-russia-2024');
    const text = story.articles.map((a) => clean(a).paragraphs.map((p) => p.text).join('\n')).join('\n');
    for (const boilerplate of ['ua en ru', 'Related:', 'cup of coffee', 'Become a patron', '(Getty Images)']) expect(text).not.toContain(boilerplate);
    expect(text).toContain('Wonsan');
    expect(readdirSync(path.join(import.meta.dirname, '../../content/articles/nk-troops-russia-2024'))).toHaveLength(5);
  });
});
