import { describe, expect, test } from 'vitest';
import { lendSubject, splitClauses } from '../../scripts/lib/claims/clauses.ts';
import { contentOf } from '../../scripts/lib/claims/statement.ts';

const rows: { input: string; parts: string[] }[] = [
  { input: '"The bridge is closed. Repairs start Monday," she said.', parts: ['"The bridge is closed.', 'Repairs start Monday," she said.'] },
  { input: 'The ferry sank at noon; all 40 passengers were rescued.', parts: ['The ferry sank at noon;', 'all 40 passengers were rescued.'] },
  { input: 'We cannot say whether the levee will hold, but engineers could reinforce it with sandbags by Friday.', parts: ['We cannot say whether the levee will hold,', 'but engineers could reinforce it with sandbags by Friday.'] },
  { input: 'Dr. J. Smith of the U.S. agency arrived on Monday.', parts: ['Dr. J. Smith of the U.S. agency arrived on Monday.'] },
  // ", and" before a clause with its own subject and verb: two facts.
  { input: 'A ferry ran aground off Tarnvik late on Tuesday, and everyone on board was taken off by lifeboat, rescue services said.', parts: ['A ferry ran aground off Tarnvik late on Tuesday,', 'and everyone on board was taken off by lifeboat, rescue services said.'] },
  // Not the last item of a list, not a clause that leans on the first ("and it was"), not inside a speaker's quotation.
  { input: 'Crews from Lyon, Nice, and Paris were sent to the fire.', parts: ['Crews from Lyon, Nice, and Paris were sent to the fire.'] },
  { input: 'The bridge was closed on Monday morning, and it was reopened on Tuesday.', parts: ['The bridge was closed on Monday morning, and it was reopened on Tuesday.'] },
  { input: '"Our teams are still looking at the hull, and the divers were told to wait," she said.', parts: ['"Our teams are still looking at the hull, and the divers were told to wait," she said.'] },
  { input: '"We sent two pumps from Braga. Sorry, not Braga but Porto," he said.', parts: ['"We sent two pumps from Braga. Sorry, not Braga but Porto," he said.'] },
  // ", two days after X did Y": a second fact with its own subject and verb; "two days after the storm" is none.
  { input: 'The mayor of Vell resigned on Friday, two days after a local paper reported that the port had overpaid for cranes.', parts: ['The mayor of Vell resigned on Friday,', 'two days after a local paper reported that the port had overpaid for cranes.'] },
  { input: 'The ferry sank off Vell on Monday, two days after the storm.', parts: ['The ferry sank off Vell on Monday, two days after the storm.'] },
  { input: 'The ferry sank off Vell on Monday, hours after hitting a reef.', parts: ['The ferry sank off Vell on Monday, hours after hitting a reef.'] },
  // A correction without "but" joins the slip it corrects too; an apology is no correction.
  { input: '"The dam was checked in June. Sorry, not June, the first week of July. We found nothing," she said.', parts: ['"The dam was checked in June. Sorry, not June, the first week of July.', 'We found nothing," she said.'] },
  { input: '"We are deeply sorry. The dam held," she said.', parts: ['"We are deeply sorry.', 'The dam held," she said.'] },
  // A second verb phrase of one subject, in the perfect or passive, or a past verb with its object: a fact of its own.
  { input: 'The Tarn bridge opened in 1979 and was renovated in 2018 by a local firm.', parts: ['The Tarn bridge opened in 1979', 'and was renovated in 2018 by a local firm.'] },
  { input: 'The minister pointed to a loose rail, and has appointed a commission to investigate.', parts: ['The minister pointed to a loose rail,', 'and has appointed a commission to investigate.'] },
  // Two verbs sharing one object, and nouns joined by "and", stay one fact.
  { input: 'To date, Velmar has delivered and installed 12 scanners in Tarn.', parts: ['To date, Velmar has delivered and installed 12 scanners in Tarn.'] },
  { input: 'Cats and dogs were taken to the shelter on Monday.', parts: ['Cats and dogs were taken to the shelter on Monday.'] },
  // The earlier event after "after", with its own subject and verb, is a fact of its own; "after the storm" is none.
  { input: 'Vell began rationing water on Monday after the main pipeline from the Tarn dam burst early on Sunday.', parts: ['Vell began rationing water on Monday', 'after the main pipeline from the Tarn dam burst early on Sunday.'] },
  { input: 'The ferry sank off Vell on Monday after hitting a reef.', parts: ['The ferry sank off Vell on Monday after hitting a reef.'] },
  { input: 'The ferry sank off Vell after the storm.', parts: ['The ferry sank off Vell after the storm.'] },
  // What a modal clause supposes happens after something is no event of its own.
  { input: 'Residents of Vell should expect low pressure even after supply resumed on Friday.', parts: ['Residents of Vell should expect low pressure even after supply resumed on Friday.'] },
  { input: 'The ban would stay in place after the reservoirs were refilled in May.', parts: ['The ban would stay in place after the reservoirs were refilled in May.'] },
  { input: 'A case of damage was opened by Vell police on Monday, after reports that a valve had been tampered with.', parts: ['A case of damage was opened by Vell police on Monday, after reports that a valve had been tampered with.'] },
];

describe('splitClauses', () => {
  test.each(rows)('$input', ({ input, parts }) => {
    const got = splitClauses(input);
    expect(got.map((p) => p.text)).toEqual(parts);
    for (const p of got) expect(input.slice(p.start, p.end)).toBe(p.text);
  });

  test('a corrected slip is applied to the content, never repeated', () => {
    const [part] = splitClauses('"We sent two pumps from Braga. Sorry, not Braga but Porto," he said.');
    expect(part!.correction).toEqual({ wrong: 'Braga', right: 'Porto' });
    const content = contentOf(part!, [part!.text.indexOf(' he said'), part!.text.length]);
    expect(content).toContain('from Porto');
    expect(content).not.toContain('Braga');
  });
});

/** Made-up sentences: the words a continued part borrows from the part before it, or the part joined back. */
const lends: { input: string; said?: string; speaker?: { name: string; person: boolean }; leads: (string | null)[] }[] = [
  { input: 'The Tarn bridge opened in 1979 and was renovated in 2018.', leads: [null, 'The Tarn bridge'] },
  { input: 'Zeebit, founded in Bruges in 2018, froze all withdrawals in March and was declared bankrupt in April.', leads: [null, 'Zeebit'] },
  // In reported speech the subject follows the attribution; a pronoun there is the speaker; a stance is the speaker's.
  { input: 'Ana Lima said the transformer had been inspected in April and had passed every test.', said: 'Ana Lima said', leads: [null, 'The transformer'] },
  { input: 'Velmar said it had taken the portal offline and had notified the regulator.', said: 'Velmar said', speaker: { name: 'Velmar', person: false }, leads: [null, 'Velmar'] },
  { input: 'Ivo Berg said the real loss was far lower and rejected the collective’s figure.', said: 'Ivo Berg said', speaker: { name: 'Ivo Berg', person: true }, leads: [null, 'Ivo Berg'] },
  // A passive's auxiliary goes with the subject when the second verb has no object of its own.
  { input: 'Two passengers were taken to hospital in Tarn and released the same night.', leads: [null, 'Two passengers were'] },
  { input: 'Co-founder Ivo Berg was convicted of fraud and received a 30-month sentence.', leads: [null, 'Co-founder Ivo Berg'] },
];

describe('lendSubject', () => {
  test.each(lends)('$input', ({ input, said, speaker, leads }) => {
    const at = said ? input.indexOf(said) : -1;
    const got = lendSubject(splitClauses(input), input, said ? [at, at + said.length] : null, speaker ?? null);
    expect(got.leads).toEqual(leads);
  });

  test('a continued part without a subject to read is joined back to the part it continues', () => {
    const input = 'Officials said it had closed the road and had warned drivers to stay away.';
    const got = lendSubject(splitClauses(input), input, [0, 13], null);
    expect(got.parts.map((p) => p.text)).toEqual([input]);
    expect(got.leads).toEqual([null]);
  });
});
