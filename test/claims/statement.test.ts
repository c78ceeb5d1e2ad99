import { describe, expect, test } from 'vitest';
import { subjectNamed } from '../../scripts/lib/claims/extract.ts';
import { PeopleRegistry } from '../../scripts/lib/claims/people.ts';
import { balanceQuotes, nameSpeaker, neutralStatement } from '../../scripts/lib/claims/statement.ts';

const ana = { speaker: 'Ana Lima', affiliation: 'mayor of Porto', verb: 'said' };
const none = { speaker: null, affiliation: null, verb: null };

describe('neutral statements', () => {
  test.each([
    { name: 'pronoun subject named', text: 'She said the bridge would reopen on Friday.', own: true, out: 'Ana Lima said the bridge would reopen on Friday.' },
    { name: 'pronoun after a quote named', text: '"The bridge is safe," she said.', own: true, out: '"The bridge is safe," Ana Lima said.' },
    { name: 'surname expanded', text: 'Lima told reporters the ferry was late.', own: true, out: 'Ana Lima told reporters the ferry was late.' },
    { name: 'according to him', text: 'According to her, the ferry was late.', own: true, out: 'According to Ana Lima, the ferry was late.' },
    { name: 'description named', text: 'The city official confirmed the closure.', own: true, out: 'Ana Lima confirmed the closure.' },
    { name: 'continued quotation attributed', text: '“Repairs will take a month.', own: false, out: 'Ana Lima said: “Repairs will take a month.”' },
    { name: 'unquoted first person attributed', text: 'We will reopen the bridge on Friday.', own: false, out: 'Ana Lima said: “We will reopen the bridge on Friday.”' },
    { name: 'own reporting clause kept as written', text: 'The port authority says the ferry was late.', own: false, out: 'The port authority says the ferry was late.' },
    { name: 'third-person clause attributed', text: 'the ferry was late by two hours', own: false, out: 'According to Ana Lima, the ferry was late by two hours.' },
    { name: 'trailing comma ends the sentence', text: '“The ferry was late,', own: false, out: 'Ana Lima said: “The ferry was late.”' },
    { name: 'a part cut at a semicolon ends with a full stop', text: 'On Tuesday Ana Lima put the damage at 480,000 euros;', own: true, out: 'On Tuesday Ana Lima put the damage at 480,000 euros.' },
  ])('$name', ({ text, own, out }) => {
    expect(neutralStatement(text, null, own, ana)).toBe(out);
  });

  test('a clause cut at ", two days after" reads as a sentence of its own', () => {
    expect(neutralStatement('two days after a local paper reported that the port had overpaid for cranes.', null, false, none)).toBe('A local paper reported that the port had overpaid for cranes.');
  });

  test('a clause cut at ", but that" reads as a sentence', () => {
    expect(neutralStatement('but that the work was pushed back to 2026.', null, false, none)).toBe('The work was pushed back to 2026.');
    expect(neutralStatement('That decision was taken in May.', null, false, none)).toBe('That decision was taken in May.');
  });

  test('an organisation the part already names gets no "According to"', () => {
    const corwen = { speaker: 'Corwen Pharmaceuticals', affiliation: null, verb: 'stated' };
    expect(neutralStatement('Corwen also rejects claims that it cut staff.', null, false, corwen)).toBe('Corwen also rejects claims that it cut staff.');
    expect(neutralStatement('The batch was recalled on Monday.', null, false, corwen)).toBe('According to Corwen Pharmaceuticals, the batch was recalled on Monday.');
    // A plural common noun loses its sentence capital; a name, even one that looks plural, keeps it.
    expect(neutralStatement('Passengers have been put up in hotels.', null, false, corwen)).toBe('According to Corwen Pharmaceuticals, passengers have been put up in hotels.');
    expect(neutralStatement('Edwards was among the injured.', null, false, corwen)).toBe('According to Corwen Pharmaceuticals, Edwards was among the injured.');
    expect(neutralStatement('Several had contacted the union.', null, false, corwen)).toBe('According to Corwen Pharmaceuticals, several had contacted the union.');
  });

  test('"the crew’s head count" is no description of the speaker', () => {
    expect(nameSpeaker('The first count was based on the crew’s head count at the muster stations.', 'Ana Lima')).toBe('The first count was based on the crew’s head count at the muster stations.');
    expect(nameSpeaker('The official said the road was shut.', 'Ana Lima')).toBe('Ana Lima said the road was shut.');
  });

  test('pronouns inside a quotation are the speaker’s words, not the speaker', () => {
    expect(nameSpeaker("'But he left early,' the mayor said.", 'Ana Lima')).toBe("'But he left early,' Ana Lima said.");
  });

  test('a corrected slip is not repeated', () => {
    const text = '“The ferry sailed to Porto. Sorry, not Porto but Braga.”';
    expect(neutralStatement(text, { wrong: 'Porto', right: 'Braga' }, false, ana)).not.toContain('Porto');
  });

  test('a connective that ties the sentence to the one before is dropped', () => {
    expect(neutralStatement('Meanwhile, the port stayed open, the harbour master said.', null, true, { speaker: 'harbour master', affiliation: null, verb: 'said' })).toBe('The port stayed open, the harbour master said.');
  });

  test('a live page’s label is no part of the statement', () => {
    const office = { speaker: 'Tarn County Sheriff’s Office', affiliation: null, verb: 'says' };
    expect(neutralStatement('UPDATE, Sunday 10:15 a.m.: The Tarn County Sheriff’s Office says the skier died on Saturday.', null, true, office)).toBe('The Tarn County Sheriff’s Office says the skier died on Saturday.');
    expect(neutralStatement('What we know so far: the airport shut at 20:04.', null, false, { speaker: null, affiliation: null, verb: null })).toBe('The airport shut at 20:04.');
    expect(neutralStatement('Verdict: Ana Lind is guilty of fraud, the court rules.', null, true, { speaker: 'court', affiliation: null, verb: 'rules' })).toBe('Ana Lind is guilty of fraud, the court rules.');
  });

  test('an unattributed sentence is kept as the outlet wrote it', () => {
    expect(neutralStatement('Two ferries collided near the port on Monday.', null, false, none)).toBe('Two ferries collided near the port on Monday.');
  });

  test.each([
    ['He added, "Why now?', 'He added, "Why now?"'],
    ['It is done," he said.', '"It is done," he said.'],
    ['“It is done', '“It is done.”'],
    ["'It is done", "'It is done.'"],
  ])('balanceQuotes(%s)', (input, output) => expect(balanceQuotes(input)).toBe(output));
});

describe('subjectNamed: a statement that opens with "he" or "she" names the one person the sentence before names', () => {
  const people = new PeopleRegistry();
  test.each([
    { statement: 'He received 30 months, half of it suspended.', before: 'Co-founder Jonas De Smet was convicted of fraud.', expected: 'Jonas De Smet received 30 months, half of it suspended.' },
    // Two people before: whom "he" means is not clear, so the statement stays as written.
    { statement: 'He received 30 months.', before: 'Jonas De Smet and Pieter Vandamme were convicted.', expected: 'He received 30 months.' },
    { statement: 'She was operating a scheduled service.', before: 'The ferry left Tromsø at 20:32.', expected: 'She was operating a scheduled service.' },
    { statement: 'The court adjourned.', before: 'Jonas De Smet was convicted.', expected: 'The court adjourned.' },
  ])('$statement', ({ statement, before, expected }) => expect(subjectNamed(statement, before, people)).toBe(expected));
});
