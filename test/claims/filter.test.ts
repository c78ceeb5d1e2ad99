import { describe, expect, test } from 'vitest';
import { isClaimSentence, startsFooter } from '../../scripts/lib/claims/filter.ts';

const rows: { input: string; claim: boolean }[] = [
  { input: 'The flood reached the old town on Sunday.', claim: true },
  { input: 'Why does the river keep flooding?', claim: false },
  { input: 'River town braces for second flood', claim: false },
  { input: 'Follow Radio Nord on Facebook for the latest updates.', claim: false },
  { input: 'Download the Nord News app for alerts.', claim: false },
  { input: 'This article is based on material from a news agency.', claim: false },
  { input: 'Please donate to keep our reporting free.', claim: false },
  { input: 'WATCH: our full report airs tonight at 9.', claim: false },
  { input: 'At least 12 homes were evacuated.', claim: true },
  { input: 'This page was last updated at 09:10 GMT on Friday 3 May 2025.', claim: false },
  { input: 'This story was updated at 2.15pm to add comment from the council.', claim: false },
  { input: 'Good evening and welcome to our live coverage of the Tarn floods.', claim: false },
  { input: 'The council updated its flood map on Friday.', claim: true },
  { input: 'Last updated 14 November 2025, 09:41 CET.', claim: false },
  { input: 'This live page is no longer being updated.', claim: false },
  { input: 'Our original story follows.', claim: false },
  { input: 'This is a preliminary report.', claim: false },
  { input: 'Details may change as our investigation continues.', claim: false },
  { input: 'The preliminary report found the dam had cracked.', claim: true },
  { input: 'Subscribers only: this article is free to read for a limited time.', claim: false },
  { input: 'If you were on the ferry and want to tell us what happened, email news@tarnpost.example.', claim: false },
  { input: 'This article contains material from Reuters.', claim: false },
  { input: 'Our Standards: The Thomson Reuters Trust Principles.', claim: false },
  { input: 'Correction: An earlier version of this article misstated the number of homes flooded.', claim: false },
  { input: 'This article was amended on 19 September 2025.', claim: false },
  { input: 'Watch Tarn 24 live on channel 9 or stream us on the Tarn 24 app.', claim: false },
  { input: 'In an emergency, call 112.', claim: false },
  { input: 'Residents are reminded to call triple zero (000) in an emergency, and to check on elderly neighbours.', claim: false },
  { input: 'Support The Tarn Record for $2.99 a month and keep community journalism alive.', claim: false },
  { input: 'The union said it would support the strike for a third week.', claim: true },
  { input: 'Clients with questions should contact their account manager or our service desk, which is staffed 24 hours a day.', claim: false },
  { input: 'Further updates will be published at tarnvault.example/brg2.', claim: false },
  { input: 'The emergency call came in at 4:12 a.m., the fire service said.', claim: true },
  { input: 'Crews watched the fire live from a drone before the roof fell.', claim: true },
  { input: 'An earlier version misspelt the name of the Vell fire chief.', claim: false },
  { input: 'An earlier version of the software was recalled in May.', claim: true },
  { input: 'This is a developing story and will be updated.', claim: false },
  { input: 'Got a news tip? Send us your photos and videos.', claim: false },
  { input: 'We use cookies to improve your experience.', claim: false },
  { input: 'The Tarn Post is independent and reader-funded.', claim: false },
  { input: 'If our coverage matters to you, please consider becoming a supporter.', claim: false },
  { input: 'Photograph: A council truck outside the depot on Monday.', claim: false },
  { input: 'Image caption: A fragment of the rocket on the beach at Norwick on Tuesday.', claim: false },
  { input: 'If you enjoy these posts, you can buy me a coffee to help keep the site running.', claim: false },
  { input: 'The council corrected its earlier figure of 40 homes on Monday.', claim: true },
  { input: 'Disclaimer: I am an independent researcher.', claim: false },
  { input: 'Nobody was hurt.', claim: true },
  { input: 'That is where we leave our live coverage for today.', claim: false },
  { input: 'Our court reporter Ana Lind will have the full story on the evening news at 19:00.', claim: false },
  { input: 'Ana Lind is a former national 10,000m finalist who writes about athletics for the Review.', claim: false },
  { input: 'The views in this column are her own.', claim: false },
  { input: 'The court will have its ruling on Friday.', claim: true },
  { input: 'Details may change.', claim: false },
  { input: 'What we know so far: the airport shut at 20:04 after a pilot saw a drone.', claim: true },
  { input: 'Sources familiar with the matter tell us the alarms went off on Sunday.', claim: true },
  { input: 'Please tell us what you saw.', claim: false },
  { input: 'Views are my own and not those of any client or employer.', claim: false },
  { input: 'The opinions expressed in this piece are the author’s own.', claim: false },
  { input: 'That’s all from us on this live page tonight.', claim: false },
  { input: 'That\'s the end of the press conference.', claim: false },
  { input: 'That concludes our live coverage for today.', claim: false },
  { input: 'That was the press conference where the minister resigned, aides said.', claim: true },
  { input: 'Our correspondents in Lyon will follow the story on Friday.', claim: false },
  { input: 'The union said the views of its members were ignored.', claim: true },
  { input: 'Rescuers will follow the river south on Friday.', claim: true },
  { input: '“The pumps held through the night. The levee did not. ”', claim: true },
];

describe('isClaimSentence', () => {
  test.each(rows)('$input', ({ input, claim }) => expect(isClaimSentence(input)).toBe(claim));
  test.each(['About Nordvik Shipping', 'About the Tarn Water Board', '###', '***', 'Media contact: press office', 'About the TWB: The Tarn Water Board runs the dams.', 'About Tarn Airports A/S'])('footer %s', (t) => expect(startsFooter(t)).toBe(true));
  test('a list item is a claim without a full stop; a short one is a label', () => {
    expect(isClaimSentence('Engineers say the main cable is corroded', true)).toBe(true);
    expect(isClaimSentence('Engineers say the main cable is corroded')).toBe(false);
    expect(isClaimSentence('Bridge closed', true)).toBe(false);
  });
  test.each(['About 40 homes were flooded.', 'About the same time: rain began.'])('no footer: %s', (t) => expect(startsFooter(t)).toBe(false));
});
