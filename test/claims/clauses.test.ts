import { describe, expect, test } from 'vitest';
import { splitClauses } from '../../scripts/lib/claims/clauses.ts';
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
