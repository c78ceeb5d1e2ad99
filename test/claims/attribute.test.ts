import { describe, expect, test } from 'vitest';
import { attribute, newContext, remember } from '../../scripts/lib/claims/attribute.ts';
import { attributeArticle, issuerOf, type Publisher } from '../../scripts/lib/claims/article-voice.ts';
import { PeopleRegistry } from '../../scripts/lib/claims/people.ts';

/** A fresh context after reading these sentences of one article, as the article pass does. */
function afterReading(sentences: string[]): ReturnType<typeof newContext> {
  const ctx = newContext(new PeopleRegistry());
  for (const before of sentences) {
    ctx.people.noteOrgs(before);
    remember(ctx, before, attribute(before, ctx));
  }
  return ctx;
}

/** Made-up sentences; each row runs in a fresh context, after an optional earlier sentence. */
const rows: { before?: string; sentence: string; speaker: string | null; verb?: string; affiliation?: string }[] = [
  { sentence: '"The bridge will reopen in May," harbour master Ana Lima said.', speaker: 'Ana Lima', verb: 'said' },
  { sentence: 'Harbour master Ana Lima said the bridge would reopen in May.', speaker: 'Ana Lima', verb: 'said' },
  { sentence: '"The bridge will reopen in May," said the harbour master, Ana Lima.', speaker: 'Ana Lima', verb: 'said' },
  { sentence: 'The bridge will reopen in May, according to Dr. Tomas Berg, the head of the city works office.', speaker: 'Tomas Berg', verb: 'according to' },
  { sentence: 'Two sources familiar with the matter said the contract had been cancelled.', speaker: 'unnamed sources', affiliation: 'Two sources familiar with the matter' },
  { sentence: 'The dam had cracked before the storm, a regional official said, as engineers inspected it.', speaker: 'unnamed sources' },
  { before: 'Mayor Carla Duarte visited the site on Monday.', sentence: 'She added that repairs would take weeks.', speaker: 'Carla Duarte', verb: 'added' },
  { before: 'Port director Ivo Santos spoke first.', sentence: 'The director told reporters the port was closed.', speaker: 'Ivo Santos', verb: 'told' },
  { sentence: 'The port will stay closed until Friday. This was revealed by harbour master Ana Lima on Tuesday.', speaker: 'Ana Lima', verb: 'revealed' },
  { sentence: 'Nordvik Shipping refused to confirm or deny that the hull was damaged.', speaker: 'Nordvik Shipping', verb: 'refused to confirm or deny' },
  { sentence: '"The claims are false," company spokeswoman Ida Holm said.', speaker: null },
  { sentence: 'A gang calling itself RedFin claimed the attack on Sunday.', speaker: 'RedFin' },
  { sentence: 'The river rose two metres overnight.', speaker: null },
  // An organisation is remembered with what the text calls it, not only as "the last organisation".
  { before: 'The barge, run by the shipping company Velmar Lines, hit the pier. Two guards were hurt, according to the Harbour Police.', sentence: '"The hull held," the company said in a statement.', speaker: 'Velmar Lines' },
  { before: 'Mexican Civil Protection Service Director Pia Lund briefed the committee.', sentence: 'The Mexican protection agency reported that the border was calm.', speaker: 'Civil Protection Service' },
  // "he" after a name in the same sentence is that person, not the one quoted before.
  { before: '"We ran," said Tove Ek, a passenger.', sentence: 'The head of the port, Arne Dahl, said the cranes were safe. "They held," he said.', speaker: 'Arne Dahl' },
  // A titled person as the subject reports their own act.
  { sentence: 'Transport Minister Lea Brandt visited the site and ordered an audit.', speaker: 'Lea Brandt', verb: 'visited' },
  { sentence: 'Recent press reports claiming the dock was unsafe are wrong.', speaker: null },
  { sentence: 'This was announced by the port’s safety officer, Ivo Marsh, on Monday.', speaker: 'Ivo Marsh' },
  { sentence: 'Officials in both Norland and Vest had previously stated that the dam was weak.', speaker: 'unnamed sources' },
  // An unquoted statement with the speaker after it, inverted: "…, said X, a biologist."
  { sentence: 'Seals left the bay after 2019, when orcas began hunting them along the coast, said Ana Berg, a biologist at the University of Tarn.', speaker: 'Ana Berg', verb: 'said' },
  { sentence: 'The ferry, said to carry 300 people, sank off Vell on Monday.', speaker: null },
  // A passive with words between the verb and "by".
  { sentence: 'His condition was confirmed as stable after surgery by the Tarn health department on Monday.', speaker: 'Tarn health department', verb: 'confirmed' },
  { sentence: 'The result was announced by Friday.', speaker: null },
  // A possessive or an indefinite pronoun opens no body's name; the subject of a passive is not acting.
  { sentence: 'His family have asked for privacy.', speaker: null },
  { sentence: 'Anyone who ignored the closure and went into the water could be fined.', speaker: null },
  // A Dutch particle inside a name; a spokeswoman for a body, written as "for the …", speaks for it; "speaks of" leads.
  { before: '"We suspect that they sold the key," said Annelies van Dijk, a spokeswoman for the Tarn Prosecution Service.', sentence: 'Van Dijk told reporters that the officers were paid.', speaker: 'Tarn Prosecution Service', affiliation: 'spokeswoman Annelies van Dijk' },
  { sentence: 'FIOD spokesman Joost ter Horst speaks of "the worst case in years".', speaker: 'FIOD', verb: 'speaks of' },
  // "&" inside a company's name joins it: "the company" is the whole name, not its last word.
  { before: 'The tanker belongs to Tarn Petroleum & Haulage Ltd, a Vell distributor.', sentence: 'The company said it was cooperating with investigators.', speaker: 'Tarn Petroleum & Haulage' },
  // A name written family name first is called by its first word.
  { before: 'Nearly 400 people were inside, association chair Hayashi Emiko said.', sentence: 'Hayashi said the rest of the cup was cancelled.', speaker: 'Hayashi Emiko', verb: 'said' },
  // A clause after "according to X," is the fact, not X's title.
  { sentence: 'According to County Engineer Rosa Vidal, the embankment gave way after heavy rain.', speaker: 'Rosa Vidal', affiliation: 'County Engineer' },
  // An organisation's name may hold numbers and lower-case particles; the description before it is its affiliation.
  { sentence: 'Nine hikers were rescued, according to the mountain rescue service 144 Alpes del Sur.', speaker: '144 Alpes del Sur', affiliation: 'mountain rescue service', verb: 'according to' },
  { sentence: 'The ferry company Navi di Capri said all sailings were cancelled.', speaker: 'Navi di Capri', affiliation: 'ferry company', verb: 'said' },
  { sentence: '"The depot is flooded," the bus operator Lijnen van Oost said.', speaker: 'Lijnen van Oost', affiliation: 'bus operator' },
  // The passive with an acronym, with or without a description.
  { sentence: 'The detour was confirmed by the ANAS road agency on Friday.', speaker: 'ANAS', affiliation: 'road agency', verb: 'confirmed' },
  { sentence: 'The grounding was reported by the FAA.', speaker: 'FAA', verb: 'reported' },
  // A public body known by its description is a named source, not an anonymous one.
  { sentence: 'The borough council in Dunmore said the school would stay shut.', speaker: 'borough council in Dunmore', verb: 'said' },
  { sentence: 'Four patients were moved to other wards, the state medical examiner’s office said.', speaker: 'state medical examiner’s office' },
  { sentence: "The district attorney's office told reporters that no charges had been filed.", speaker: "district attorney's office", verb: 'told' },
  { sentence: 'The provincial water authority said the levee had held.', speaker: 'provincial water authority' },
  { sentence: 'Local officials said the levee had held.', speaker: 'unnamed sources' },
  // "the operator" is not a body met before under another description.
  { before: 'Ten cabins flooded, the provincial water authority said.', sentence: 'Trains will not run until Monday, the operator said.', speaker: null },
  // An organisation as the subject of an official act speaks for itself.
  { sentence: 'The Agency for the Protection of the Rhine issued a flood alert for three provinces on Sunday.', speaker: 'Agency for the Protection of the Rhine', verb: 'issued' },
  { before: 'The Ministry of Transport opened a crisis centre.', sentence: 'The ministry suspended all freight trains.', speaker: 'Ministry of Transport', verb: 'suspended' },
  { before: 'Flights by the airline Bluewing Air were grounded.', sentence: 'The airline released a list of cancelled routes.', speaker: 'Bluewing Air', verb: 'released' },
  { sentence: 'On Thursday, the harbour authority banned swimming near the pier.', speaker: 'harbour authority', verb: 'banned' },
  { sentence: 'The storm released heavy rain over the valley.', speaker: null },
  { sentence: 'The dockworkers suspended their strike.', speaker: null },
  // Reported speech goes on with the speaker, not with a body named inside it.
  { before: '"We stay until the end," fire chief Marta Kos said.', sentence: 'She added that the provincial government planned to rebuild the school.', speaker: 'Marta Kos', verb: 'added' },
  // A dateline's place is never a speaker; the verb is lower case ("The United States says").
  { sentence: 'OSLO, Norway, June 3 (AP) - Rescuers said the avalanche buried two cabins.', speaker: 'Rescuers', verb: 'said' },
  { sentence: 'GENOA (AFP) - The harbour reopened at noon.', speaker: null },
  { sentence: 'LYON, France, March 4 - The river rose a metre overnight.', speaker: null },
  { sentence: 'TROMSO, Norway, Aug. 14 Coastguards said the trawler had sunk.', speaker: 'Coastguards', verb: 'said' },
  { sentence: 'NAPLES (ANSA) Firefighters said the warehouse roof had fallen in.', speaker: 'Firefighters', verb: 'said' },
  { sentence: 'TVN-Polska sources have reported twice on the flooded mine.', speaker: 'unnamed sources', verb: 'reported' },
  { sentence: 'The United States says the convoy crossed the border.', speaker: 'United States', verb: 'says' },
  // A count is never a speaker: the comma in "2,000" is no appositive.
  { sentence: 'About 2,000 homes lost power, the grid operator said.', speaker: 'grid operator', verb: 'said' },
  { sentence: 'Some 4,500 people were moved to shelters, Norland County Council said.', speaker: 'Norland County Council', verb: 'said' },
  // A place after "in", "near" or "village of" is no person; the person named in the sentence speaks.
  { before: 'The barn near Glyn Ddu flooded first.', sentence: 'He said the water rose in minutes.', speaker: null },
  { sentence: 'Ana Lima, a farmer from Glyn Ddu, said the water rose in minutes.', speaker: 'Ana Lima', verb: 'said' },
  { sentence: '"We ran," said Tomás Ibáñez, 52, who lives in Valdeoro.', speaker: 'Tomás Ibáñez' },
  { sentence: '"We sent a team," said Jerzy K. Wiśniewski, 40.', speaker: 'Jerzy K. Wiśniewski' },
  // A time at the start of the sentence is no part of the speaker.
  { sentence: 'Late on Tuesday the borough council said the road was shut.', speaker: 'borough council', verb: 'said' },
  { sentence: 'This morning the port authority said the road was shut.', speaker: 'port authority', verb: 'said' },
  { sentence: 'Two days later police said the road was shut.', speaker: 'police', verb: 'said' },
  // "According to X" is never the subject of a leading pattern; documents seen by a newspaper are the source, a publisher is.
  { sentence: 'According to safety records seen by the Courier, a welder reported cracks in 2022.', speaker: 'safety records', verb: 'according to' },
  { sentence: 'Rain of 90 millimetres fell in a day, according to figures published by the Weather Bureau.', speaker: 'Weather Bureau', verb: 'according to' },
  // A source known only by what it is, with a word that says which.
  { sentence: 'Most lines were cut, according to the phone network operator.', speaker: 'phone network operator' },
  { sentence: 'The quay was flooded, the same company said.', speaker: null },
  // A name the story has met as an organisation is no person: its titled officer is the subject.
  { before: 'The pier is owned by the ferry operator Brisa Lines.', sentence: 'Brisa Lines chief executive Tomas Vale apologised at a meeting on Tuesday.', speaker: 'Tomas Vale', affiliation: 'Brisa Lines chief executive' },
  { sentence: 'Brisa Lines chief executive Tomas Vale apologised at a meeting on Tuesday.', speaker: 'Tomas Vale' },
  // The subject introduces the quote after a colon.
  { sentence: 'Dr. Ana Lima, who studies levees at Norland University, put it plainly when we met: "A full dam has no margin."', speaker: 'Ana Lima' },
  { sentence: 'The warning was clear: "Leave now."', speaker: null },
  // A role no word list knows, written once as an appositive, resolves the description later.
  { before: '"The water is safe," said Dr. Lena Sommer, the cantonal chemist of Aargau.', sentence: 'The cantonal chemist told reporters that trout were worst affected.', speaker: 'Lena Sommer', verb: 'told' },
  { before: 'Five people were hurt, according to the regional ambulance service Norte Vida.', sentence: 'The injured were taken to Burgos, the ambulance service said.', speaker: 'Norte Vida' },
  { sentence: 'The dockers’ union NORDAK has been saying for months that crews were cut.', speaker: 'NORDAK', verb: 'saying' },
  { sentence: 'A Harbour Police source said the crane had not been inspected.', speaker: 'unnamed sources', affiliation: 'Harbour Police source' },
  { sentence: 'Floods are more frequent, and scientists say warmer winters are to blame.', speaker: 'unnamed sources', affiliation: 'scientists' },
  { sentence: 'The Tarn Water Agency (TWA) issued a flood warning on Monday.', speaker: 'Tarn Water Agency', affiliation: 'TWA' },
  { sentence: 'Only 64% of homes had power on Friday, inspectorate figures show.', speaker: 'inspectorate' },
  { sentence: 'Twelve of the confirmed cases are adults.', speaker: null },
  { before: 'Cr Ana Tulloch, who has sat on the council for 12 years, asked for a recount.', sentence: 'Her campaign alleges that a ballot box was left unsealed.', speaker: 'Ana Tulloch' },
  { before: 'Cr Ana Tulloch asked for a recount on Monday.', sentence: 'Ms Tulloch said the count was flawed.', speaker: 'Ana Tulloch' },
  { before: 'Northgate Air said the jet landed safely.', sentence: 'Spokeswoman Ida Holm said the sign was on.', speaker: 'Northgate Air', affiliation: 'Spokeswoman Ida Holm' },
  // An acronym stands for the organisation whose capitals spell it, defined or not; the name is the speaker, the acronym beside it.
  { before: 'The Marine Accident Board of Norland said it had opened an inquiry.', sentence: 'The coastguard will assist, the MAB said.', speaker: 'Marine Accident Board of Norland', affiliation: 'MAB' },
  { before: 'The Tarn Water Agency (TWA) issued a warning.', sentence: 'The TWA said the river was falling.', speaker: 'Tarn Water Agency', affiliation: 'TWA' },
  { before: 'The Tarn Water Agency (TWA) issued a warning.', sentence: 'The Tarn Water Agency said the river was falling.', speaker: 'Tarn Water Agency', affiliation: 'TWA' },
  // "The X" falls back to the last organisation only when that could be an X.
  { before: 'The jet landed at Kelso International Airport, according to the airport.', sentence: 'The airline has put us up in a hotel and says we fly on today.', speaker: null },
  { before: 'Norland Air said the jet landed safely.', sentence: 'The airline has put us up in a hotel and says we fly on today.', speaker: 'Norland Air' },
  // A bank described by where it is: "the Leeds-based bank", "the Leeds lender".
  { before: 'Aire Dale Bank said all branches would stay open.', sentence: 'The Leeds-based bank said 450,000 customers were affected.', speaker: 'Aire Dale Bank' },
  { before: 'Aire Dale Bank said all branches would stay open.', sentence: 'The Leeds lender says fees will be refunded.', speaker: 'Aire Dale Bank' },
  // A speaker phrase never spans a clause; a body a spokesman speaks for is the speaker, known or as described.
  { sentence: 'Norland’s envoy in Vest, Ola Berg, was summoned to the foreign ministry and handed a note, the ministry has confirmed.', speaker: 'ministry' },
  { sentence: 'Ms Lind did not reply, and a spokesman for the anti-fraud body said it does not comment.', speaker: 'anti-fraud body' },
  { sentence: 'A worker at the bank’s call centre in Kirkstall said the lines were jammed.', speaker: 'unnamed sources' },
  { sentence: 'A representative of Vestland to the United Nations said the report was a baseless rumour.', speaker: 'Vestland' },
  { sentence: 'Please, whatever the sign says: keep your seatbelt fastened.', speaker: null },
  { sentence: 'The state’s workplace safety regulator, SafeWork Tarn, said it had sent inspectors.', speaker: 'SafeWork Tarn', affiliation: 'state’s workplace safety regulator' },
  { sentence: 'The harbour master, Ana Lima, said the port was closed.', speaker: 'Ana Lima', affiliation: 'harbour master' },
  { sentence: 'Orvell’s mayor, Ana Lima, suspended all school meals until further notice.', speaker: 'Ana Lima', affiliation: 'Orvell’s mayor', verb: 'suspended' },
  { before: 'Kestrel Orbital said the rocket was lost.', sentence: 'A spokeswoman, Ida Holm, said every test had been completed.', speaker: 'Kestrel Orbital', affiliation: 'spokeswoman Ida Holm' },
  { sentence: 'At a briefing on Tuesday afternoon, chief executive Ola Berg dismissed a report that alarms had sounded.', speaker: 'Ola Berg', verb: 'dismissed' },
  { sentence: 'The union representing the port’s crane drivers, United Dock Workers Local 12, said shifts ran to 16 hours.', speaker: 'United Dock Workers Local 12' },
  { sentence: 'The United Dock Workers Local 12, which represents crane drivers, says 40 posts are empty.', speaker: 'United Dock Workers Local 12' },
  { before: 'Members of United Dock Workers Local 12 walked out on Monday.', sentence: 'The offer was rejected by 80% of members, according to the union.', speaker: 'United Dock Workers Local 12' },
  { sentence: 'The Shire of Orvell has cancelled the second day of the fair.', speaker: 'Shire of Orvell', verb: 'cancelled' },
  { before: 'Tarn Water said the dam was safe.', sentence: 'Ms Lind, an engineer, inspected the dam with 40 staff over two days, according to the water board.', speaker: 'water board' },
  { sentence: '“I just jumped,” said Ana Lind, 34, a nurse from Orvell who swam to a fishing boat.', speaker: 'Ana Lind' },
  { sentence: 'Parents for Safer Roads, a campaign group, said 40 families had written to it.', speaker: 'Parents for Safer Roads' },
  // A capitalised name is no description, even when a known person's role holds its last word.
  { before: 'John Amos, coordinator at the White House Security Council, said troops arrived.', sentence: 'The White House said it has briefed its allies.', speaker: 'White House' },
  // A name ending in an accented letter before the full stop is no abbreviation.
  { sentence: 'The guard died, according to the regional emergency service 112 Sierra y León.', speaker: '112 Sierra y León', affiliation: 'regional emergency service' },
  // A decimal point inside a relative clause is no full stop.
  { sentence: 'Tarn Dale Bank, which has about 1.6 million customers, said all 41 branches would stay open.', speaker: 'Tarn Dale Bank', verb: 'said' },
  // "…, saying that …": the subject of the clause speaks; "it" is the organisation named before.
  { before: 'Tarn Dale Bank said the outage was over.', sentence: 'On Wednesday it went further, saying that a storage array had failed.', speaker: 'Tarn Dale Bank', verb: 'saying' },
  // Whoever puts a figure at a value is its source.
  { sentence: 'Vell Power itself has put the peak figure at "more than 90,000".', speaker: 'Vell Power', verb: 'put' },
  { before: 'United Dock Workers Local 12 said shifts ran to 16 hours.', sentence: 'The union put the number of crews who had arrived at about 30.', speaker: 'United Dock Workers Local 12', verb: 'put' },
  { before: 'Vell Power said the grid was stable.', sentence: 'The company keeps telling customers the lights will be back on by Friday.', speaker: 'Vell Power', verb: 'keeps telling' },
  // An organisation's own acts: it opened, hired, summoned.
  { sentence: 'The City of Orvell has opened 14 cooling centres.', speaker: 'City of Orvell', verb: 'opened' },
  { sentence: 'Kestrel Orbital has hired a boat and divers to recover the debris.', speaker: 'Kestrel Orbital', verb: 'hired' },
  // A title with its field before the name: "Alderman for Culture Karel Verhaeghe".
  { sentence: 'Alderman for Culture Ida Verhoef rejected claims that the city had cut spending.', speaker: 'Ida Verhoef', affiliation: 'Alderman for Culture' },
  // The owner of a record speaks through it; a cruise line's spokesperson speaks for the line.
  { before: 'The Tarn Museum said it would stay closed.', sentence: 'The portrait is by Gaspar Kerr, according to the museum’s online catalogue.', speaker: 'Tarn Museum' },
  { before: 'Solmar Cruises said the ship would sail on.', sentence: 'Solmar spokesperson Dan Ferris said 40 crew were ill.', speaker: 'Solmar Cruises', affiliation: 'spokesperson Dan Ferris' },
  // An organisation's acts (identified, rated, asked) and descriptions are its own; a body is known by what it is.
  { sentence: 'The Tarn County Sheriff’s Office identified the man who died as Ola Berg, 58.', speaker: 'Tarn County Sheriff’s Office', verb: 'identified' },
  { sentence: 'The Tarn Avalanche Center had rated the danger "considerable" on Saturday.', speaker: 'Tarn Avalanche Center', verb: 'rated' },
  { sentence: 'Orvell Police have asked anyone who filmed the drones to send the footage in.', speaker: 'Orvell Police', verb: 'asked' },
  { before: 'The Tarn Avalanche Center said the slope was loaded.', sentence: 'It was the first avalanche death this season, according to the avalanche center.', speaker: 'Tarn Avalanche Center' },
  { before: 'The group was led by Sangre Peak Guides, a Taos-based company that holds a permit.', sentence: 'In a statement, the company said four of its guests had been caught.', speaker: 'Sangre Peak Guides' },
  // The acronym goes beside the name, before the description; a body looking into something speaks for its inquiry.
  { before: 'Members of the United Dock Workers (UDW) walked out.', sentence: 'The union representing the crane drivers, United Dock Workers Local 12, said shifts ran to 16 hours.', speaker: 'United Dock Workers Local 12', affiliation: 'UDW, union representing the crane drivers' },
  { sentence: 'The Tarn County Medical Examiner’s Office is now looking into three deaths.', speaker: 'Tarn County Medical Examiner’s Office', verb: 'looking into' },
  // "authorities" are many bodies, never the one heard last.
  { before: 'The Vestland Police Authority said it was monitoring the border.', sentence: 'The airport was shut for five hours, authorities said.', speaker: 'authorities' },
  // A live page's label before a colon is no part of the speaker.
  { sentence: 'UPDATE, Sunday 10:15 a.m.: The Tarn County Sheriff’s Office says the skier died on Saturday evening.', speaker: 'Tarn County Sheriff’s Office' },
  // An outlet that reports "citing" its sources relays them.
  { sentence: 'The Tarn Courier reported Sunday, citing two people with knowledge of the trip, that the guide had been warned.', speaker: 'unnamed sources', affiliation: 'two people with knowledge of the trip' },
  // A police officer serves the one police force the story names.
  { before: 'Orvell Police said the drones were large.', sentence: '"We do not know who the operators are," Chief Police Inspector Jens Brondum told a news conference.', speaker: 'Jens Brondum', affiliation: 'Chief Police Inspector, Orvell Police' },
  // What circulates online, a family naming its dead, and a promoter known by what it is.
  { sentence: 'Posts shared widely on Facebook this evening claimed that a bus had been swept away.', speaker: 'social media posts', affiliation: 'Posts shared widely on Facebook this evening' },
  { sentence: 'The family of the young woman who died has named her as Ella Marsh.', speaker: 'Ella Marsh\'s family', verb: 'named' },
  { before: 'Festival promoter Tarn Live has released a statement.', sentence: 'The company says 16,200 people attended on Saturday.', speaker: 'Tarn Live' },
  // A minister or commissioner heads the body the story names for the title.
  { before: 'The Electoral Commission of Norland declared the result.', sentence: 'Electoral Commissioner Ana Lind said turnout was 78 per cent.', speaker: 'Ana Lind', affiliation: 'Electoral Commissioner, Electoral Commission of Norland' },
  { before: 'The Ministry of Health said 40 cases were confirmed.', sentence: 'Health Minister Ola Berg said vaccines were on the way.', speaker: 'Ola Berg', affiliation: 'Health Minister, Ministry of Health' },
  // Numbers speak for whoever keeps them, even when only their field names them.
  { sentence: 'The firm sells one in five bottles in Norland, according to industry data.', speaker: 'industry data', verb: 'according to' },
  { sentence: 'The river peaked at 4 metres, according to data from the Tarn Water Agency.', speaker: 'Tarn Water Agency' },
  // A ministry's name may join two fields with "and"; the place that owns it stays in its name.
  { before: 'Vestland’s Ministry of Transport and Infrastructure said the road was shut.', sentence: 'The ministry rejected claims that it had ignored warnings.', speaker: 'Vestland’s Ministry of Transport and Infrastructure' },
  // A name defined with its acronym is an organisation, lower-case words and all: "the X regulator" finds it.
  { before: 'The Medicines and Food products Regulatory Agency (MFRA) issued a recall.', sentence: 'Tarn Pharma is recalling a batch of syrup, the country’s medicines regulator said.', speaker: 'Medicines and Food products Regulatory Agency', affiliation: 'MFRA' },
  // "the company" is the company the sentence names ("built by X"), not one named before that could be a company too.
  { before: 'The Norwegian company Vestsat AS said its satellite was insured.', sentence: 'The rocket, built by Kestrel Orbital, lifted off at 10:14, the company said.', speaker: 'Kestrel Orbital' },
  // A plural possessive is part of a name; "operated by X" makes X the company that "the company" means.
  { sentence: 'The Tarn Seafarers’ Union said the ferry should never have sailed.', speaker: 'Tarn Seafarers’ Union' },
  { before: 'The ferry, operated by Vell Linjer, hit a reef near Tarnøya.', sentence: 'The winds were within the ship’s limits, the company said.', speaker: 'Vell Linjer' },
  // A name without what follows its "for" is the body the story named in full: one source, not two.
  { before: 'The Joint Rescue Centre for Northern Vell said the ship sank.', sentence: 'The new count was confirmed by the Joint Rescue Centre in a post on X.', speaker: 'Joint Rescue Centre for Northern Vell' },
  // A company's chief executive speaks with the company the article is about beside her name.
  { before: 'Workers at Tarn Pharma Ltd walked out on Monday.', sentence: '"We are sorry," Chief Executive Ida Holm told reporters.', speaker: 'Ida Holm', affiliation: 'Chief Executive, Tarn Pharma Ltd' },
  // "A group calling itself X did Y, claiming Z": the group claims.
  { sentence: 'A hacker group calling itself Nightjar7 posted the files on Friday, claiming to hold 2 million records.', speaker: 'Nightjar7' },
  // Services known by what they are speak for themselves.
  { sentence: 'The ferry ran aground, Norwegian rescue services said on Wednesday.', speaker: 'Norwegian rescue services' },
  // An ambulance service is no person; a family named with its dead speaks for itself afterwards.
  { sentence: 'St John Ambulance said 30 people were treated at the scene.', speaker: 'St John Ambulance' },
  { before: 'The family of the young woman who died has named her as Ella Marsh.', sentence: 'She was a nursing student, her family said in a statement.', speaker: 'Ella Marsh\'s family' },
  // "the ministry" is the one its own sentence describes, not the ministry heard last.
  { before: 'The Ministry of Foreign and European Affairs of Norland summoned the envoy. The Interior Ministry said the boat was rammed.', sentence: 'The envoy was handed a note of protest at the Norland foreign ministry, the ministry has confirmed.', speaker: 'Ministry of Foreign and European Affairs of Norland' },
  // A body's act with an adverb before it, and a description that says the body works for another.
  { sentence: 'The Tarn Integrity Unit on Thursday provisionally suspended four more athletes.', speaker: 'Tarn Integrity Unit' },
  { before: 'The Tarn Integrity Unit (TIU) opened a case.', sentence: 'By Thursday the TIU had suspended four more runners from the same start line.', speaker: 'Tarn Integrity Unit', verb: 'suspended' },
  { sentence: 'On Monday the Harbour Board closed the north quay to all traffic.', speaker: 'Harbour Board', verb: 'closed' },
  { before: 'The Tarn Integrity Unit (TIU) opened a case.', sentence: 'The TIU, which handles doping cases on behalf of World Athletics, said three athletes had been suspended.', speaker: 'Tarn Integrity Unit' },
  { sentence: 'But the chief executive of the Tarn Anti-Doping Agency, Grace Mutua, has already said that the amounts are too high.', speaker: 'Grace Mutua' },
  { sentence: 'The court heard from a court-appointed forensic accountant, Marc Dewulf, that the reserves covered less than a third of balances.', speaker: 'Marc Dewulf' },
  // A passive "were confirmed by X" is X's, whoever the subject names; a clause before "(AIU)" is no name.
  { before: 'The Tarn Integrity Unit (TIU) opened a case.', sentence: 'The suspensions of Ana Lima and Ida Holm were confirmed by the TIU on Tuesday.', speaker: 'Tarn Integrity Unit' },
  { before: 'The Tarn Integrity Unit (TIU) opened a case.', sentence: 'That is double the three runners the Tarn Integrity Unit (TIU) suspended on Tuesday.', speaker: null },
  // Court reporting: the indictment is the prosecutors', the ruling the court's; "X's lawyer, Y," is Y.
  { sentence: 'According to the indictment, some 4,100 investors lost about 23.4 million euros.', speaker: 'prosecutors' },
  { before: 'Tarn Bank co-founder Jonas De Smet testified on Monday.', sentence: 'De Smet’s lawyer, Nathalie Goethals, said her client would appeal.', speaker: 'Nathalie Goethals', affiliation: 'De Smet’s lawyer' },
  { before: 'Tarn Bank registered with the FSMA, Belgium’s financial watchdog, in 2022.', sentence: 'The registration was confirmed by the regulator on Wednesday.', speaker: 'FSMA' },
  // A one-word name the text says is an operator; "the company that runs…" is that company.
  { before: 'Tarn metro operator Metrovell is the latest victim.', sentence: 'The company that runs the metro in Tarnvik said on Wednesday that hackers had stolen data.', speaker: 'Metrovell' },
  { before: 'The memorial service Sunday drew 400 people.', sentence: 'The company that runs the hall said it was full.', speaker: null },
  // A role before the name, owned by a name of several words.
  { before: 'Vell Linjer Group’s chief executive, Ida Holm, spoke to reporters in Tarnvik.', sentence: 'She said 92 passengers were on board.', speaker: 'Ida Holm', affiliation: 'Vell Linjer Group’s chief executive' },
  // "and" inside a body's name before its kind: one body, not "Marlow Parks" and "Wildlife Service".
  { sentence: 'Eighty seals died, according to the Marlow Parks and Wildlife Service.', speaker: 'Marlow Parks and Wildlife Service' },
  // "the service's incident controller" works for the service the story names; "the wildlife service" is that body, not her.
  { before: 'The Marlow Parks and Wildlife Service runs the rescue.', sentence: '"We need slings," Greta Lind, the service’s incident controller, said.', speaker: 'Greta Lind', affiliation: 'incident controller, Marlow Parks and Wildlife Service' },
  { before: 'The Marlow Parks and Wildlife Service runs the rescue. Greta Lind, the service’s incident controller, arrived at dawn.', sentence: 'Boats left at noon, the wildlife service said.', speaker: 'Marlow Parks and Wildlife Service' },
  // "Two people involved in the talks" are unnamed sources.
  { sentence: 'Two people involved in the talks said the deal was off.', speaker: 'unnamed sources' },
  // "The minister's office" speaks for the minister the story named.
  { before: 'Transport Minister Lea Brandt visited the site.', sentence: 'The minister’s office said she had never seen the report.', speaker: 'Lea Brandt', affiliation: 'Lea Brandt’s office'.replace('’', "'") },
  // "the prime minister" is the Prime Minister, not a health minister named first or the person named last.
  { before: 'Health Minister Ana Lind resigned after Prime Minister Ola Berg asked State Secretary Ivo Holm to step in.', sentence: 'The prime minister’s office refused to confirm that.', speaker: 'Ola Berg' },
  // Documents a newspaper holds are the source, the newspaper beside them.
  { before: 'The Tarn daily Vestposten reported the fraud on Monday.', sentence: 'According to documents seen by the newspaper, the mayor signed the contract.', speaker: 'documents', affiliation: 'seen by Vestposten' },
  // A person the sentence is about, though a newspaper speaks for it, is "she" next.
  { before: 'Mayor Carla Duarte resigned on Monday, according to the daily Vestposten.', sentence: 'She maintains she did nothing wrong.', speaker: 'Carla Duarte' },
  // A body's own position: what it seeks, wants, offers or forecasts, with "for its part" between.
  { before: 'The Vell Dock Workers Union called the strike.', sentence: 'The union is seeking a 5.5% pay increase.', speaker: 'Vell Dock Workers Union', verb: 'seeking' },
  { before: 'The University of Vell said the strike was regrettable.', sentence: 'The university, for its part, has offered 2 per cent.', speaker: 'University of Vell', verb: 'offered' },
  // "According to Dr X, a consultant, the answer lies in …": the appositive is hers, the clause after it is what she says; "Dr" is no role.
  { sentence: 'According to Dr Ana Lind, a Vell-based consultant, the answer lies in a decade of cuts that has not kept pace with costs.', speaker: 'Ana Lind', affiliation: 'Vell-based consultant' },
  // The passive with a time after the body; "the council" is the municipality the story names; people "at" a place "familiar with" a matter, and drivers, are unnamed.
  { before: 'Vell City Municipality said the bridge was closed.', sentence: 'Cracks were found on Monday, and the closure was confirmed by the city municipality shortly before midnight.', speaker: 'Vell City Municipality', verb: 'confirmed' },
  { before: 'Vell City Municipality said the bridge was closed.', sentence: 'Buses will be free until the end of the month, the council announced on Thursday.', speaker: 'Vell City Municipality' },
  { sentence: 'Two people at City Hall familiar with the matter told the Vell Post that the director had resigned.', speaker: 'unnamed sources' },
  { sentence: 'Queues stretched for kilometres, and some drivers said journeys had taken more than an hour.', speaker: 'unnamed sources' },
  // "the tax agency" is the one body of that kind the sentence names; a country's own name opening a body's name is part of it.
  { sentence: 'The system, which the Kenya Revenue Authority uses at the port, went down on Tuesday, the tax agency said.', speaker: 'Kenya Revenue Authority', affiliation: 'tax agency' },
  // A known person by surname acts; "has so far offered" is a body's offer.
  { before: 'Transport Secretary Ana Lind spoke on Friday.', sentence: 'Lind ordered an independent review of the upgrade.', speaker: 'Ana Lind', verb: 'ordered' },
  { before: 'The Vell Revenue Authority runs the port system.', sentence: 'The authority has so far offered only to waive penalties.', speaker: 'Vell Revenue Authority', verb: 'offered' },
  // A vice-chancellor heads the university the story names; a library that closed at 1pm announced nothing.
  { before: 'The University of Vell said exams would go ahead.', sentence: 'Vice-Chancellor Ana Lind said the cuts were needed.', speaker: 'Ana Lind', affiliation: 'Vice-Chancellor, University of Vell' },
  { sentence: 'The Central Library closed at 1pm on Tuesday.', speaker: null },
  { sentence: 'The Vell Port Authority closed the harbour to shipping.', speaker: 'Vell Port Authority', verb: 'closed' },
  // A title written with a hyphen, and "Mr X" before his full name is given.
  { sentence: 'Vice-Chancellor Ana Lind said the cuts were needed.', speaker: 'Ana Lind', affiliation: 'Vice-Chancellor' },
  { before: 'Mr Holm said the pier was safe.', sentence: 'Harbour master Ivo Holm said the pier would reopen.', speaker: 'Ivo Holm' },
  // A title that names a known person acts for them: "The prime minister has asked …".
  { before: 'Prime Minister Ola Berg spoke in Tarnvik.', sentence: 'The prime minister has asked the audit office to review every contract.', speaker: 'Ola Berg', verb: 'asked' },
  // "Minister for Roads and Transport Ana Kovač": the title's field goes on after "and"; the name is two words.
  { sentence: '"We did our best," Minister for Roads and Transport Ana Kovač said.', speaker: 'Ana Kovač', affiliation: 'Minister for Roads and Transport' },
  // A clause before a name is no role: the federation speaks, about its president.
  { before: 'Athletics Vell (AV) has rejected the reports.', sentence: 'The federation said its president, Ole Rono, would answer questions on Thursday.', speaker: 'Athletics Vell' },
  { before: 'Senior Prosecutor Kadri Vahtramäe spoke on Tuesday.', sentence: 'She declined to name the suspects, in line with practice, but said two people had been detained.', speaker: 'Kadri Vahtramäe', verb: 'said' },
  // "they" in a clause are the people the sentence named as speaking before it, not the body heard last.
  { before: 'Vell University said in a statement that it had suspended him.', sentence: 'Two people familiar with the case told the Post that assistants who, they said, did no work were paid.', speaker: 'unnamed sources' },
  { sentence: 'The supplier is co-owned by his wife, according to the Vellish commercial register.', speaker: 'Vellish commercial register', verb: 'according to' },
  // "X, denied that …" is a clause, not X's role: "the university" later is no person.
  { before: 'Its chief executive, Marko Tiits, denied that the firm had overcharged the university. Police raided a lab at Emajõe University.', sentence: 'The university rejected claims that it had ignored warnings.', speaker: 'Emajõe University', verb: 'rejected' },
  // "prosecutors" and "police" are the one prosecution office or force the story names: one source, not two.
  { before: 'The searches were requested by the Economic Crimes Prosecution Office.', sentence: 'Two people were detained, prosecutors said.', speaker: 'Economic Crimes Prosecution Office' },
  { before: 'Tarn County Police closed the road.', sentence: 'Two people were hurt, police said.', speaker: 'Tarn County Police' },
  // Names in any Latin script: a body may start with "Ø", a person may be "Łukasz Żebrowski".
  { sentence: 'Økokrim said the firm had lied about its accounts.', speaker: 'Økokrim', verb: 'said' },
  { sentence: 'Ørsted has ordered an inquiry into the blade failure.', speaker: 'Ørsted', verb: 'ordered' },
  { sentence: 'Recent reports claiming that the company skipped inspections are false.', speaker: null },
  { sentence: '"The boat sank within minutes," said Capt. Željko Ćurković, who heads the office.', speaker: 'Željko Ćurković', verb: 'said' },
  { sentence: 'Residents should keep their windows closed because of the smoke, West Tarn police district said on X.', speaker: 'West Tarn police district', verb: 'said' },
  { before: 'Two people familiar with the matter said the sprinklers were off.', sentence: 'The same people said at least three clients had lost data.', speaker: 'unnamed sources' },
  { sentence: 'Police advised people living nearby to keep their windows shut.', speaker: 'Police', verb: 'advised' },
  { sentence: 'Two sailors were pulled from the water, the navy said.', speaker: 'navy' },
  { before: 'Tarnvault said the fire started in a battery room.', sentence: 'Police have opened an investigation, a police spokesman said.', speaker: 'police' },
  { sentence: 'Three things came together, fuel traders in Tema say.', speaker: 'unnamed sources', affiliation: 'fuel traders in Tema' },
  { sentence: 'Tarnavia Therapeutics, a biotech company based in Vell, paused its phase 2 trial on Thursday.', speaker: 'Tarnavia Therapeutics', verb: 'paused' },
  { sentence: 'Danish drugmaker Tarnavia Therapeutics has halted a trial of its bowel drug.', speaker: 'Tarnavia Therapeutics', verb: 'halted' },
  { before: 'The Prefect of the Hautes-Tarn, Luc Vasse, activated a crisis unit.', sentence: 'The Prefect has ordered a full inspection of the park.', speaker: 'Luc Vasse', verb: 'ordered' },
  { before: 'The Prefect of the Hautes-Tarn, Luc Vasse, activated a crisis unit.', sentence: 'The regional prefect has ordered the vets to inspect the site.', speaker: 'Luc Vasse', verb: 'ordered' },
  { sentence: 'The lynx has been caught, the Vell-sur-Mer prefecture confirms.', speaker: 'Vell-sur-Mer prefecture', verb: 'confirms' },
  { sentence: 'Storms battered the coast overnight, with Meteo-Tarn recording gusts of up to 120 kilometres per hour.', speaker: 'Meteo-Tarn', verb: 'recording' },
  { sentence: '"The bridge is safe," said Łukasz Żebrowski, the mayor of Łódź.', speaker: 'Łukasz Żebrowski', affiliation: 'mayor of Łódź' },
  // A police rank serves the one force the story names; a health inspector does not.
  { before: 'Tarn County Police closed the road.', sentence: 'Two people were hurt, Superintendent Karen Holl said.', speaker: 'Karen Holl', affiliation: 'Superintendent, Tarn County Police' },
  { before: 'Tarn County Police closed the road.', sentence: 'Two cafés were shut, Health Inspector Karen Holl said.', speaker: 'Karen Holl', affiliation: 'Health Inspector' },
  // A company with a legal form is no person, and is "the company".
  { before: 'Tarnera Cordillera Austral S.A. runs the mine.', sentence: 'Processing has been halted while the pipeline is closed, the company said.', speaker: 'Tarnera Cordillera Austral' },
  // "of the" inside a body's name; "environmental" names the "Environment" body.
  { before: 'The Superintendency of the Environment opened a case.', sentence: 'Vell’s environmental regulator on Thursday ordered the mine shut.', speaker: 'Superintendency of the Environment', verb: 'ordered' },
  // "Her agency" is the agency of the person just quoted, through her.
  { before: 'Marcela Ossa, the superintendent, said samples had been taken.', sentence: 'Her agency had also opened a formal sanction proceeding.', speaker: 'Marcela Ossa' },
  // An act and a statement by one titled subject, after a time and place.
  { sentence: 'At a press conference in Vell on Thursday, the company’s chief executive, Ruy Valdo, apologized to residents and said the line had failed.', speaker: 'Ruy Valdo', verb: 'said' },
  // "his office" after a person named in the same sentence is that person's office.
  { before: 'Port manager Rudi Cabo said the gates were open.', sentence: 'Transport Secretary Vicente Almo ordered an inquiry, his office said.', speaker: 'Vicente Almo' },
  // A league is a body met before; unnamed people stay unnamed whatever clause says what they know; records held by a body show what it holds.
  { before: 'The National Premier League Company has issued a statement.', sentence: 'The league says its inspectors cleared the stadium in January.', speaker: 'National Premier League Company' },
  { sentence: 'A person familiar with the January inspection carried out by the league said the report had noted cracks.', speaker: 'unnamed sources' },
  { sentence: 'But original drawings held by the Vell Public Works Department show that the tier was completed in 1981.', speaker: 'original drawings', affiliation: 'held by Vell Public Works Department' },
  // Malaysian names: a Chinese name is called by its family name, first; "Tan Sri" is a title; "M. Saravanan" is a name.
  { before: 'Tan Sri Ooi Kah Seng, chairman of the election commission, said four boxes were affected.', sentence: 'Ooi said the boxes were under police guard.', speaker: 'Ooi Kah Seng' },
  { before: '"The girder came down on them," said Lee Jun-ho, the chief of the Tarn Fire Station.', sentence: 'Lee said two workers were still missing.', speaker: 'Lee Jun-ho' },
  { before: 'Party information chief M. Saravanan told reporters the seals were wrong.', sentence: 'He said the party wanted a full recount.', speaker: 'M. Saravanan' },
  // An Act is no person: "he" is the police chief named before.
  { before: 'Penang police chief Hamzah Idris confirmed three reports.', sentence: 'The case is being investigated under the Election Offences Act, he said.', speaker: 'Hamzah Idris' },
  // ", while X said …": the speaker of the second clause is X, not the subject of the first.
  { sentence: 'Chief Minister Teoh Beng Kiat appealed for calm, while party secretary-general Nurul Ain Kamaruddin said the coalition would accept the result.', speaker: 'Nurul Ain Kamaruddin' },
  // A party named before its officer's title owns the title; "With X holding …" names no person.
  { before: 'With Pakatan Sinar holding 20 seats, the last seat decides.', sentence: '"We will accept the result," Pakatan Sinar secretary-general Nurul Ain Kamaruddin said.', speaker: 'Nurul Ain Kamaruddin', affiliation: 'Pakatan Sinar secretary-general' },
  { sentence: 'HR-7 was drilled in 2011, according to filings Tarn Orka has made with the Energy Directorate.', speaker: 'Tarn Orka', verb: 'according to' },
  // A gerund opening the sentence is no organisation.
  { sentence: 'Testing has identified bacteria in samples from this batch.', speaker: null },
  // Spanish papers call "Javier Mamani Condori" by his first surname.
  { before: 'Javier Mamani Condori, head of the Vell Tourism Board, spoke to reporters.', sentence: 'Mamani said 1,800 visitors were stranded.', speaker: 'Javier Mamani Condori' },
  { before: 'Ana Lima Costa, the port director, spoke to reporters.', sentence: 'Costa said the port was closed.', speaker: 'Ana Lima Costa' },
  // A company named with its legal form elsewhere is no person without it.
  { before: 'The farm is operated by Tarnvik Havbruk AS.', sentence: 'Tarnvik Havbruk rejected claims that its nets were overdue.', speaker: 'Tarnvik Havbruk', verb: 'rejected' },
  // "the country's fisheries regulator" is the one fisheries body the story names.
  { before: 'The escape was reported to the Directorate of Fisheries.', sentence: 'About 40,000 fish escaped, the country’s fisheries regulator said.', speaker: 'Directorate of Fisheries' },
  // A body's own decision, with a time before it and no comma.
  { before: 'The escape was reported to the Directorate of Fisheries.', sentence: 'On Thursday the directorate agreed to extend recapture fishing by a week.', speaker: 'Directorate of Fisheries', verb: 'agreed' },
  { sentence: 'Stocks are weak, and scientists have long warned that farmed fish could erode them.', speaker: 'unnamed sources', affiliation: 'scientists' },
  // What a person heads is their role, and names their body.
  { before: 'The escape was reported to the Directorate of Fisheries.', sentence: 'Ola Vik, who heads the directorate’s aquaculture section, said 1,200 fish had been caught.', speaker: 'Ola Vik', affiliation: 'head of the directorate’s aquaculture section, Directorate of Fisheries' },
];

describe('attribute', () => {
  test.each(rows)('$sentence', ({ before, sentence, speaker, verb, affiliation }) => {
    const ctx = newContext(new PeopleRegistry());
    if (before) remember(ctx, before, attribute(before, ctx));
    const got = attribute(sentence, ctx).attribution;
    if (speaker === null && /spokeswoman/.test(sentence)) {
      // No organisation known yet: the spokesperson is the speaker.
      expect(got.speaker).toBe('Ida Holm');
      return;
    }
    expect(got.speaker).toBe(speaker);
    if (verb) expect(got.verb).toBe(verb);
    if (affiliation) expect(got.affiliation).toBe(affiliation);
  });

  test('"…," said X, a secretary at the union: where X works is part of the attribution; where X spoke is not', () => {
    const rest = (s: string) => {
      const span = attribute(s, newContext(new PeopleRegistry())).span!;
      return s.slice(0, span[0]) + s.slice(span[1]);
    };
    expect(rest('"The ship sailed into a warning," said Roar Berg, a regional secretary at the union.')).toBe('"The ship sailed into a warning,.');
    expect(rest('"The ship sailed into a warning," said Roar Berg at the press conference.')).toBe('"The ship sailed into a warning, at the press conference.');
  });

  test('a body’s name of capitalised words is no person with the role "The"', () => {
    const got = attribute('The Vellish Coastal Administration said it had sent a response vessel.', newContext(new PeopleRegistry()));
    expect(got.person).toBeNull();
    expect(got.attribution).toMatchObject({ speaker: 'Vellish Coastal Administration', affiliation: null });
  });

  test('"Late Tuesday, the company said" names no company "Late Tuesday"', () => {
    const people = new PeopleRegistry();
    people.noteOrgs('Late Tuesday, the company said 47,000 fish could be missing.', true);
    expect(people.resolveOrgDescription('the company')).toBeNull();
  });

  test('"city officials said" speaks for the city the story names; "two officials familiar with" stay unnamed', () => {
    const ctx = newContext(new PeopleRegistry());
    ctx.people.noteOrgs('The City of Marvell said in a statement that the cuts would last a week.', true);
    const got = attribute('Marvell began rationing water on Monday after a pipe burst, city officials said.', ctx).attribution;
    expect(got.speaker).toBe('City of Marvell');
    expect(got.affiliation).toBe('city officials');
    expect(attribute('Two officials familiar with the repairs said the pipe was old.', ctx).attribution.speaker).toBe('unnamed sources');
    // A place the text once called a city is not the body: "City of Marvell" is.
    ctx.people.noteOrgs('Marvell, a city of about 480,000 people, is one of the driest capitals.');
    expect(attribute('The cuts began on Monday, city officials said.', ctx).attribution.speaker).toBe('City of Marvell');
  });

  test('"a Ventra engineer, who asked not to be named," is an unnamed source, not Ventra speaking', () => {
    const ctx = newContext(new PeopleRegistry());
    ctx.people.noteOrgs('Ventra Water runs the pipeline.', true);
    const got = attribute('A Ventra engineer, who asked not to be named, told the Courier that a 2023 survey had flagged the pipe.', ctx).attribution;
    expect(got.speaker).toBe('unnamed sources');
    expect(got.affiliation).toBe('Ventra engineer');
  });

  test('"its chairperson X" chairs the body the sentence names, then and later, not the company heard last', () => {
    const ctx = newContext(new PeopleRegistry());
    for (const t of ['Tarn Water said the main burst on Sunday.', 'The Vell Residents’ Association puts the number of homes without water at 8,000, its chairperson Ana Moe told the Post.']) ctx.people.noteOrgs(t, true);
    remember(ctx, 'Tarn Water said the main burst on Sunday.', attribute('Tarn Water said the main burst on Sunday.', ctx));
    const first = 'The Vell Residents’ Association puts the number of homes without water at 8,000, its chairperson Ana Moe told the Post.';
    const got = attribute(first, ctx);
    expect(got.attribution.affiliation).toBe('chairperson of Vell Residents’ Association');
    remember(ctx, first, got);
    expect(attribute('Moe said Tarn Water had neglected the main for years.', ctx).attribution.affiliation).toBe('chairperson of Vell Residents’ Association');
  });

  test('a minister of several fields keeps the whole title', () => {
    const got = attribute('Agriculture, Water and Land Reform Minister Ana Lind said the main was inspected in 2024.', newContext(new PeopleRegistry())).attribution;
    expect(got.speaker).toBe('Ana Lind');
    expect(got.affiliation).toBe('Agriculture, Water and Land Reform Minister');
  });

  test('"Prefecture spokeswoman X" speaks for the prefecture the story names; the person goes beside it', () => {
    const ctx = newContext(new PeopleRegistry());
    ctx.people.noteOrgs('No one was hurt during the escape, the Vell-sur-Mer prefecture said.', true);
    const got = attribute('Prefecture spokeswoman Claire Amel dismissed the group’s account as "pure invention".', ctx).attribution;
    expect(got.speaker).toBe('Vell-sur-Mer prefecture');
    expect(got.affiliation).toContain('Claire Amel');
  });

  test('"Organisers said" is the body the story says organised the event, when it says so', () => {
    const ctx = newContext(new PeopleRegistry());
    ctx.people.noteOrgs('The Tarn Fuel Coalition, which organised Tuesday’s march, says 100 members are held.', true);
    expect(attribute('Organizers accused police of firing live rounds near the roundabout.', ctx).attribution.speaker).toBe('Tarn Fuel Coalition');
    const none = newContext(new PeopleRegistry());
    expect(attribute('Organisers said the march would go ahead.', none).attribution.speaker).toBe('Organisers');
  });

  test('a person known by one name: after a rank, or before an appositive that gives the role; "He" is then them', () => {
    const ctx = newContext(new PeopleRegistry());
    ctx.people.noteOrgs('The fire started at the PT Tarna Jaya factory.', true);
    const first = 'Police spokesman Senior Commissioner Suharto said investigators were examining the wiring.';
    const got = attribute(first, ctx);
    expect(got.attribution.speaker).toBe('Suharto');
    remember(ctx, first, got);
    remember(ctx, 'PT Tarna Jaya said it had complied with every rule.', attribute('PT Tarna Jaya said it had complied with every rule.', ctx));
    expect(attribute('He said officers had found a padlock on the third floor.', ctx).attribution.speaker).not.toBe('Tarna Jaya');
    expect(attribute('More than 40 people were treated in hospital, according to the police.', ctx).attribution.speaker).not.toBe('Suharto');
    const other = newContext(new PeopleRegistry());
    expect(attribute('"The fire started on the ground floor," Sutrisno, the head of the agency’s operations unit, told reporters.', other).attribution.speaker).toBe('Sutrisno');
  });

  test('"Sûreté du Québec" is one body, not a person "Sûreté du Québec", and the one police force the story names', () => {
    const people = new PeopleRegistry();
    people.noteOrgs('The bus left the road at 7:40 a.m., according to the Sûreté du Québec (SQ), the province’s police force.', true);
    expect(people.isOrg('Sûreté du Québec')).toBe(true);
    expect(people.soleBody('police')).toBe('Sûreté du Québec');
    const ctx = newContext(people);
    expect(attribute('Fourteen children were hurt, police said.', ctx).attribution.speaker).toBe('Sûreté du Québec');
  });

  test('"company spokeswoman" speaks for the company the sentence names, not for the regulator heard last', () => {
    const ctx = newContext(new PeopleRegistry());
    ctx.people.noteOrgs('The farm is operated by Tarnvik Havbruk AS.', true);
    const before = 'The escape was confirmed by the Directorate of Fisheries.';
    remember(ctx, before, attribute(before, ctx));
    const got = attribute('"Nets at the Tarnvik Havbruk farm were certified in May," said company spokeswoman Ida Holm.', ctx).attribution;
    expect(got.speaker).toBe('Tarnvik Havbruk');
    expect(got.affiliation).toContain('Ida Holm');
  });

  test('"a commission spokesman" speaks for the body named a commission, not for the court his sentence names', () => {
    const ctx = afterReading(['The Electoral Commission of Tarnia declared Ana Lima the winner on Thursday.', 'Only the Tarnia Court of Disputed Returns, a commission of three judges, can overturn it.']);
    const got = attribute('Ivo Berg has until 2 December to file a petition with the Tarnia Court of Disputed Returns, a commission spokesman said.', ctx).attribution;
    expect(got.speaker).toBe('Electoral Commission of Tarnia');
  });

  test('"association chair X" serves the association the story names, not the company heard last', () => {
    const ctx = afterReading(['More than 40 were hurt, according to the Tarn Junior Volleyball Association, which organized the tournament.', 'The Velmar Facility Company runs the gym.']);
    const got = attribute('Nearly 400 people were in the building, association chair Hayashi Emiko said.', ctx).attribution;
    expect(got.speaker).toBe('Hayashi Emiko');
    expect(got.affiliation).toBe('association chair, Tarn Junior Volleyball Association');
  });

  test('a spokesperson speaks for the organisation named before', () => {
    const ctx = newContext(new PeopleRegistry());
    ctx.lastOrg = 'Nordvik Shipping';
    const got = attribute('"The claims are false," company spokeswoman Ida Holm said.', ctx).attribution;
    expect(got.speaker).toBe('Nordvik Shipping');
    expect(got.affiliation).toContain('Ida Holm');
  });
});

describe('attributeArticle: whose voice an article speaks in', () => {
  /** A made-up article, one sentence per paragraph unless `paragraphs` says otherwise. */
  const sentences = (texts: string[], paragraphs: number[] = texts.map((_, i) => i)) =>
    texts.map((text, index) => ({ source: 's', anchor: `s-${index}`, text, paragraph: paragraphs[index]!, index, line: index + 1 }));
  /** The attribution of each sentence of a made-up article. */
  const speakers = (texts: string[], publisher: Publisher = {}, paragraphs?: number[], people = new PeopleRegistry()) =>
    attributeArticle(sentences(texts, paragraphs), people, publisher).map((s) => s.attribution);
  const lind = { author: 'Ana Lind', outlet: 'Lind Travels' };

  test('a first-person account is its author’s testimony', () => {
    const got = speakers(['I was in seat 31C when the plane dropped.', 'My tray table hit the ceiling.', 'No announcement had been made.', 'The crew told me to stay seated.'], lind);
    expect(got[2]).toMatchObject({ speaker: 'Ana Lind', verb: 'wrote' });
  });
  test('sentences between two of one speaker’s, across a paragraph break, are that speaker’s', () => {
    const got = speakers(['Two crew were hurt, Harbour Minister Ola Berg told reporters.', 'One has a broken arm.', 'Both are stable, Berg said.', 'The boat sank.'], {}, [0, 1, 1, 2]);
    expect(got.map((g) => g.speaker)).toEqual(['Ola Berg', 'Ola Berg', 'Ola Berg', null]);
  });
  test('"The man who died was identified as X" is the act of the body that spoke in the paragraph before; other sentences there are not', () => {
    const got = speakers(['Two skiers were buried, the Tarn County Sheriff’s Office said Sunday.', 'The man who died was identified as Ole Berg, 58.', 'The slope faces north-east.'], {}, [0, 1, 2]);
    expect(got.map((g) => g.speaker)).toEqual(['Tarn County Sheriff’s Office', 'Tarn County Sheriff’s Office', null]);
  });
  test('a body that acts, by its acronym or its name, is one speaker, and "it" goes on about it', () => {
    const got = speakers(['The Medicines and Food products Regulatory Agency (MFRA) issued a recall.', 'The MFRA has just updated its figures.', 'It now has 14 reports of infections in children.', 'The regulator says more reports may come.']);
    expect(new Set(got.map((g) => g.speaker))).toEqual(new Set(['Medicines and Food products Regulatory Agency']));
  });
  test('a paragraph that opens with a quotation right after someone spoke goes on with their words; one after the reporter’s own does not', () => {
    const got = speakers(['A worker at the call centre, who asked not to be named, said staff were shouted at.', '"We were told to call it a technical issue.', 'By lunchtime people were in tears."', 'The bank opened in 1901.', '"It was chaos," one customer said.'], {}, [0, 1, 1, 2, 3]);
    expect(got.slice(1, 3).map((g) => g.speaker)).toEqual(['unnamed sources', 'unnamed sources']);
    expect(got[3]!.speaker).toBeNull();
  });
  test('a body’s act told in reported tense, in the paragraph of the official who spoke for it, is the official’s account, and so is what follows', () => {
    const got = speakers(['Ola Vik, who heads the Directorate of Fisheries’ section in the west, said 1,200 fish had been caught.', 'The Directorate of Fisheries had ordered recapture fishing for 14 days.', 'Fishermen with permits would be allowed to set nets.'], {}, [0, 0, 0]);
    expect(got.map((g) => g.speaker)).toEqual(['Ola Vik', 'Ola Vik', 'Ola Vik']);
  });
  test('a sentence about another person, told plainly, is the reporter’s background, not the speaker’s words; reported in back-shifted tense, it is theirs', () => {
    const got = speakers(['Police searched the lab of Professor Indrek Saarsalu.', 'Prosecutor Kadri Vahtra said two people had been detained.', 'Saarsalu had been questioned overnight.', 'Saarsalu, who is 57, founded the laboratory in 2012.'], {}, [0, 1, 1, 1]);
    expect(got.slice(1).map((g) => g.speaker)).toEqual(['Kadri Vahtra', 'Kadri Vahtra', null]);
  });
  test('"she said" after "Guðmundsdóttir was more cautious." is the person that sentence names, not the one quoted before', () => {
    const got = speakers(['Civil protection chief Þórunn Guðmundsdóttir spoke on Tuesday.', 'Energy Directorate head Sigríður Hrafnsdóttir said the plant was inspected.', 'Guðmundsdóttir was more cautious.', 'It could be a week before every home has hot water again, she said.'], {}, [0, 1, 2, 2]);
    expect(got[3]).toMatchObject({ speaker: 'Þórunn Guðmundsdóttir' });
  });
  test('"X now says …" is X speaking, and "Eleven are said to be …" in the next paragraph goes on with X', () => {
    const got = speakers(['Police commander Kwabena Asante-Mensah spoke at the stadium.', 'Asante-Mensah now says 47 people were taken to hospital.', 'Eleven are said to be in a critical condition.'], {}, [0, 1, 2]);
    expect(got.slice(1).map((g) => g.speaker)).toEqual(['Kwabena Asante-Mensah', 'Kwabena Asante-Mensah']);
  });
  test('"his lawyer confirmed" is the lawyer the story names for him; with none named, it is his side', () => {
    const named = speakers(['Andres Pihlak, a lawyer for Saarsalu, said his client denied it.', 'Indrek Saarsalu spent the night in custody.', 'He was freed on Wednesday, his lawyer confirmed.']);
    expect(named[2]).toMatchObject({ speaker: 'Andres Pihlak' });
    const unnamed = speakers(['Indrek Saarsalu spent the night in custody.', 'He was freed on Wednesday, his lawyer confirmed.']);
    expect(unnamed[1]).toMatchObject({ speaker: 'Indrek Saarsalu', affiliation: 'Indrek Saarsalu\'s lawyer' });
  });
  test('"the spokeswoman" is the one just named as "Coast guard spokeswoman Lieutenant X", not another body’s spokeswoman', () => {
    const people = new PeopleRegistry();
    speakers(['Disaster office spokeswoman Cherry Ybo said 40 people were hurt.'], {}, undefined, people);
    const got = speakers(['Coast guard spokeswoman Lieutenant Kristine Obal refused to confirm or deny that account.', 'The spokeswoman said the board would review all footage.'], {}, [0, 0], people);
    expect(got[1]).toMatchObject({ speaker: 'Kristine Obal' });
  });
  test('a quotation that opens the paragraph after one about a person, and names nobody, is that person’s', () => {
    const got = speakers(['Einar Opheim, who has fished the rivers for forty years, was on the quay on Monday.', '"I stood on this quay in 2019.', 'Two weeks of fishing is a joke."', 'The county asked for three weeks.'], {}, [0, 1, 1, 2]);
    expect(got.map((g) => g.speaker)).toEqual([null, 'Einar Opheim', 'Einar Opheim', null]);
  });
  test('"Asked about it, the alderman was blunt. "…"": the quotation is the person the title was written for', () => {
    const got = speakers([
      'The closures were extended by the safety chief, Alderman Ivo Berg, on Monday.',
      'Tarn FM’s reporter asked the council’s mayoral committee member for safety and security, Ivo Berg, about the cost.',
      'Asked about the tourism estimate, the alderman was blunt.',
      '"I have seen numbers of 10 million.',
      'Our own estimate is closer to 4 million."',
    ], {}, [0, 1, 2, 2, 2]);
    expect(got.slice(3).map((g) => g.speaker)).toEqual(['Ivo Berg', 'Ivo Berg']);
  });
  test('"X did not immediately respond" is the reporter’s note, not the words of the one who spoke before', () => {
    const got = speakers(['The charity Seal Watch said rescuers had been far too slow.', 'The parks service did not immediately respond to the criticism.'], {}, [0, 0]);
    expect(got.map((g) => g.speaker)).toEqual(['Seal Watch', null]);
  });
  test('the writer’s own first-person aside is not the speech of the one quoted before it', () => {
    const got = speakers(['Vell Power said the lights would be back on by Friday.', 'I’d bet my truck that some streets will be dark on Sunday.'], {}, [0, 0]);
    expect(got[1]!.speaker).toBeNull();
  });
  test('an organisation’s own page, written as "we", is all its own, and no one else’s speech carries into "our"', () => {
    const text = ['Our members warned the bank.', 'Tarn Bank says 4,000 customers were affected.', 'Our reps put it at 9,000.', 'Waiting times went past three hours.'];
    const got = speakers(text, { labels: ['TBU - Tarn Bank Workers Union'] }, [0, 0, 0, 0]);
    expect(got.map((g) => g.speaker)).toEqual(['Tarn Bank Workers Union', 'Tarn Bank', 'Tarn Bank Workers Union', 'Tarn Bank Workers Union']);
    // The masthead is the outlet too, when the cleaner read it as the site's name.
    const asOutlet = speakers(text, { labels: ['TBU - Tarn Bank Workers Union'], outlet: 'TBU - Tarn Bank Workers Union' }, [0, 0, 0, 0]);
    expect(asOutlet[0]!.speaker).toBe('Tarn Bank Workers Union');
    // A forecasting centre's own report, written as "we", is the centre's.
    const report = speakers(['Our field team visited the site on Sunday.', 'The crown was 3 feet deep.', 'We have tracked this layer for weeks.'], { labels: ['Tarn Avalanche Center'], outlet: 'Tarn Avalanche Center' }, [0, 0, 0]);
    expect(report[1]!.speaker).toBe('Tarn Avalanche Center');
  });
  test('"US" is a country, not the writer’s "us": reported speech carries on into it', () => {
    const got = speakers(['Harbour Minister Ola Berg said the port was closed.', 'US ships were turned away at the entrance.'], {}, [0, 0]);
    expect(got[1]!.speaker).toBe('Ola Berg');
  });
  test('"the company" in one article is a company of that article before one of another', () => {
    const people = new PeopleRegistry();
    speakers(['The Korean company Daeyang Energy Co supplies the cathodes.'], {}, undefined, people);
    const got = speakers(['Workers at Kestrel Cell Technologies walked out.', 'The company said four workers were in hospital.'], {}, undefined, people);
    expect(got[1]!.speaker).toBe('Kestrel Cell Technologies');
  });
  test('"Tarn Cell Technologies\' factory" names the company of this article: a plural possessive is no part of the name', () => {
    const people = new PeopleRegistry();
    speakers(['Vell Motors builds the trucks.'], {}, undefined, people);
    const got = speakers(['Pickets went up outside Tarn Cell Technologies\' factory.', 'The company said four workers were in hospital.'], {}, undefined, people);
    expect(got[1]!.speaker).toBe('Tarn Cell Technologies');
  });
  test('"she" after "A spokeswoman, X, …" is X, speaking for her body', () => {
    const got = speakers(['Vell Power said the grid was stable.', 'A spokeswoman, Ida Holm, rejected claims that repairs were delayed.', 'She said the transformer had passed an inspection in April.']);
    expect(got[2]).toMatchObject({ speaker: 'Vell Power', affiliation: 'spokeswoman Ida Holm' });
  });
  test('"a spokeswoman said" speaks for the body the sentence is about, not the one heard last', () => {
    const got = speakers(['The Tarn Museum said it had been robbed.', 'The Guards Union said staff had been cut.', 'The museum will stay closed until March, a spokeswoman said.']);
    expect(got[2]!.speaker).toBe('Tarn Museum');
  });
  test('"she said" after "a Vell Coach Lines spokeswoman said" is the spokeswoman, not the man named before', () => {
    const got = speakers(['Road engineer Tomas Berg said the road was icy.', 'Forty coaches were stuck, a Vell Coach Lines spokeswoman said.', 'Drivers are rested every two hours, she said.', 'The road reopened at noon, he said.'], {}, [0, 1, 1, 1]);
    expect(got.map((g) => g.speaker)).toEqual(['Tomas Berg', 'Vell Coach Lines', 'Vell Coach Lines', 'Tomas Berg']);
  });
  test('a release issued by "Hon Ana Kovač MP" is the minister the story names, not a name with her honours', () => {
    const got = speakers(['Roads Minister Ana Kovač thanked the crews.', 'The bridge will reopen on Friday.'], { outlet: 'Hon Ana Kovač MP', labels: ['MEDIA RELEASE'] });
    expect(got[1]).toMatchObject({ speaker: 'Ana Kovač', verb: 'stated' });
  });
  test('a release issued by "KRA" is the body the story names by that acronym', () => {
    const people = new PeopleRegistry();
    for (const t of ['The Kenya Revenue Authority (KRA) runs the system.']) (people.noteOrgs(t, true), people.noteAcronyms(t));
    const got = speakers(['The system was restored at 9pm.', 'Penalties will be waived.'], { outlet: 'KRA', labels: ['PRESS RELEASE'] }, undefined, people);
    expect(got[1]).toMatchObject({ speaker: 'Kenya Revenue Authority', verb: 'stated' });
  });
  test('"the Public Prosecution Service (OM)": an acronym of the name in its own language is that body', () => {
    const people = new PeopleRegistry();
    for (const t of ['This is reported by the Tarnish Public Prosecution Service (OM).']) (people.noteOrgs(t, true), people.noteAcronyms(t));
    const got = speakers(['The OM says the scheme ran for two years.'], {}, undefined, people);
    expect(got[0]).toMatchObject({ speaker: 'Tarnish Public Prosecution Service', verb: 'says' });
  });
  test('a reporter’s article in the third person has no voice of its own', () => {
    const got = speakers(['The plane dropped over the sea.', 'No announcement had been made.', 'I think, one passenger said, it was the worst flight of my life.'], lind);
    expect(got[1]!.speaker).toBeNull();
  });
});

describe('issuerOf', () => {
  test('a press release speaks for the organisation its "About" footer names', () => {
    const sentences = ['PRESS RELEASE', 'Recent reports about the dock are wrong.'].map((text, index) => ({ source: 's', anchor: `s-${index}`, text, paragraph: index, index, line: index + 1 }));
    expect(issuerOf(sentences, { about: 'About Velmar Lines' })).toEqual({ name: 'Velmar Lines', release: true });
    expect(issuerOf(sentences.slice(1), { about: 'About Velmar Lines' })).toBeNull();
  });

  test('a label with a note ("PRESS RELEASE (unofficial English translation)") and an author from the outlet mark a release', () => {
    const sentences = ['Salmonella was confirmed in 12 samples.'].map((text, index) => ({ source: 's', anchor: `s-${index}`, text, paragraph: index, index, line: index + 1 }));
    expect(issuerOf(sentences, { outlet: 'ATS Orvell', labels: ['PRESS RELEASE (unofficial English translation)'] })).toEqual({ name: 'ATS Orvell', release: true });
    expect(issuerOf(sentences, { outlet: 'ATS Orvell', labels: ['Press release | 4 November 2025, 19:30'] })).toEqual({ name: 'ATS Orvell', release: true });
    expect(issuerOf(sentences, { labels: ['Republic of Vell', 'NATIONAL COAST GUARD', 'PRESS RELEASE No. 214-2025'] })).toEqual({ name: 'National Coast Guard', release: true });
    expect(issuerOf(sentences, { about: 'About Emajõe University', labels: ['Press release'] })).toEqual({ name: 'Emajõe University', release: true });
    expect(issuerOf(sentences, { outlet: 'ATS Orvell', author: 'ATS Orvell Press Office' })).toEqual({ name: 'ATS Orvell', release: true });
    expect(issuerOf(sentences, { outlet: 'Kestrel Orbital', author: 'Kestrel Orbital' })).toEqual({ name: 'Kestrel Orbital', release: true });
    // A newsroom's own byline is no statement.
    expect(issuerOf(sentences, { outlet: 'Tarn News', author: 'Tarn News Digital' })).toEqual({ name: 'Tarn News', release: false });
    expect(issuerOf(sentences, { outlet: 'Tarn News', author: 'Tarn News' })).toEqual({ name: 'Tarn News', release: false });
  });

  test('a university’s masthead in capitals issues its media release', () => {
    const sentences = ['The University of Vell cancelled 15 per cent of lectures today.', 'Exams will go ahead.'].map((text, index) => ({ source: 's', anchor: `s-${index}`, text, paragraph: index, index, line: index + 1 }));
    expect(issuerOf(sentences, { labels: ['UNIVERSITY OF VELL', 'MEDIA RELEASE'] })).toEqual({ name: 'University of Vell', release: true });
  });
  test('a body’s masthead in capitals issues a "Press release: …", named as its own sentences write it', () => {
    const sentences = ['The envoy was summoned to the Ministry of Foreign Affairs on Monday.'].map((text, index) => ({ source: 's', anchor: `s-${index}`, text, paragraph: index, index, line: index + 1 }));
    const labels = ['MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF NORLAND', 'Press release: Protest note delivered'];
    expect(issuerOf(sentences, { labels })).toEqual({ name: 'Ministry of Foreign Affairs', release: true });
    expect(issuerOf(sentences, { labels: labels.slice(0, 1) })).toBeNull();
  });

  test('a "Media Release" label the cleaner dropped makes the masthead the issuer', () => {
    const sentences = ['The leak was stopped at 07:15 on Monday.'].map((text, index) => ({ source: 's', anchor: `s-${index}`, text, paragraph: index, index, line: index + 1 }));
    expect(issuerOf(sentences, { outlet: 'Tarnow Chemicals', labels: ['Media Release'] })).toEqual({ name: 'Tarnow Chemicals', release: true });
    expect(issuerOf(sentences, { outlet: 'Tarnow Chemicals', labels: [] })).toEqual({ name: 'Tarnow Chemicals', release: false });
  });
});
