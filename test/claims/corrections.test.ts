import { describe, expect, test } from 'vitest';
import { applyCorrection, findCorrection } from '../../scripts/lib/claims/corrections.ts';

/** Made-up quotations in which a speaker corrects a slip, in the ways people do. */
const rows: { name: string; text: string; meant: string; wrong: string }[] = [
  { name: '"not X but Y"', text: '"The barge was repaired in Ghent last year. Sorry, not Ghent but Bruges."', meant: '"The barge was repaired in Bruges last year."', wrong: 'Ghent' },
  { name: '"not X, Y" with a longer phrase', text: '"The pump was installed in March. Sorry, not March, the second week of April," she said.', meant: '"The pump was installed in the second week of April," she said.', wrong: 'March' },
  { name: 'the correction goes on after the right value', text: '"She resigned on Monday. Sorry, not Monday, on Tuesday evening, after the vote. We met later," he said.', meant: '"She resigned on Tuesday evening, after the vote. We met later," he said.', wrong: 'Monday' },
  { name: 'no "not": a number', text: '"We have 12 boats out. Sorry, 15: three more came from Hull," he said.', meant: '"We have 15 boats out: three more came from Hull," he said.', wrong: '12' },
  { name: 'no "not": a day', text: '"The road opens on Thursday. Sorry, Friday.', meant: '"The road opens on Friday.', wrong: 'Thursday' },
  { name: 'a correction that repeats the words before the value', text: '"The weir was inspected in 2022. Sorry, not 2022, it was inspected in 2024, and it passed," she said.', meant: '"The weir was inspected in 2024, and it passed," she said.', wrong: '2022' },
  { name: 'an aside between dashes: a time', text: '"The call came at 9:52 — sorry, 9:25 — and the crew left at once," she said.', meant: '"The call came at 9:25 and the crew left at once," she said.', wrong: '9:52' },
  { name: 'an aside between dashes: a number word', text: '"We lost three — sorry, four — pumps in the flood."', meant: '"We lost four pumps in the flood."', wrong: 'three' },
  { name: 'an aside between dashes: a name inside a phrase', text: '"The fire at our Redhill depot — I\'m sorry, not Redhill, Oakgate — spread fast," the manager said.', meant: '"The fire at our Oakgate depot spread fast," the manager said.', wrong: 'Redhill' },
  { name: 'an aside to the end: the same first word', text: '"The tanker is at Berth 4 — sorry, Berth 6.', meant: '"The tanker is at Berth 6.', wrong: 'Berth 4' },
  { name: 'an aside: the same head noun', text: '"It crossed the northern runway – sorry, the southern runway – and then left," he said.', meant: '"It crossed the southern runway and then left," he said.', wrong: 'the northern runway' },
  { name: 'one preposition, not two', text: '"Cases are rising in Tarnow. Sorry, not in Tarnow, in Mielec," she said.', meant: '"Cases are rising in Mielec," she said.', wrong: 'in Tarnow' },
  { name: 'a correction that is a clause of its own', text: '"The servers were in Leeds. Sorry, not Leeds – the servers are kept in York," she said.', meant: 'The servers are kept in York," she said.', wrong: 'Leeds' },
  { name: '"it was" points at the value', text: '"The work began late on Friday night. Sorry, not Friday, it was Saturday night," he said.', meant: '"The work began late on Saturday night," he said.', wrong: 'Friday' },
  { name: 'what the correction repeats is said once', text: '"We opened the church in Brae. No, sorry, not the church – the village hall in Brae.', meant: '"We opened the village hall in Brae.', wrong: 'the church' },
  { name: 'a later sentence the apology interrupted', text: '"The troops went to Spain. And I would not — excuse me, not Spain but Italy.', meant: '"The troops went to Italy.', wrong: 'Spain' },
  { name: 'a correction in its own quotation', text: '"The boat went back to Vela," the minister said, before correcting himself: "Sorry, not Vela but Koro, to the base."', meant: '"The boat went back to Koro," the minister said.', wrong: 'Vela' },
];

describe('corrections', () => {
  test.each(rows)('$name', ({ text, meant, wrong }) => {
    expect(applyCorrection(text)).toBe(meant);
    expect(findCorrection(text)?.wrong).toBe(wrong);
  });

  test('an apology is no correction', () => {
    for (const text of ['"We are deeply sorry for the delay," she said.', '"I am deeply sorry.', 'This is not what we wanted, and we are sorry.', '"Sorry to keep you waiting," he said.']) {
      expect(findCorrection(text)).toBeNull();
      expect(applyCorrection(text)).toBe(text);
    }
  });
});
