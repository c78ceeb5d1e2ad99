import { describe, expect, test } from 'vitest';
import type { Factsheet } from '../src/schema.ts';
import type { GoldStory } from '../scripts/lib/eval/gold.ts';
import { scoreStory } from '../scripts/lib/eval/score.ts';
import { articleOf, makeClaim } from './claims/helpers.ts';

describe('scoreStory: best match', () => {
  test('of two claims citing one sentence, the one whose quote holds the evidence is the match', () => {
    const sentence = 'The Tarn Sailing Club, which organizes the race, denied that it had ignored a storm warning.';
    const article = { ...articleOf('tarn/01-wire', [sentence]), file: 'tarn/articles/01_wire.txt' };
    // Both cite the same sentence (one anchor); the background part sorts first by id.
    const background = makeClaim('The Tarn Sailing Club organizes the race.', { id: 'c-a', source: 'tarn/01-wire', quotes: ['The Tarn Sailing Club, which organizes the race'] });
    const denial = makeClaim('The Tarn Sailing Club denied that it had ignored a storm warning.', { id: 'c-b', source: 'tarn/01-wire', speaker: 'Tarn Sailing Club', quotes: [sentence] });
    for (const claim of [background, denial]) claim.citations = claim.citations.map((c) => ({ ...c, anchor: 's-0' }));
    const gold: GoldStory = {
      story: 'tarn', dir: 'tarn', articles: 'tarn/articles', figures: [], denials: [], boilerplate: [],
      claims: [{ id: 'g01', statement: 'The club denied ignoring a storm warning.', evidence: { '01_wire.txt': 'denied that it had ignored a storm warning' }, speaker: 'Tarn Sailing Club' }],
    };
    const sheet = { id: 'tarn', claims: [background, denial], figures: [], timeline: [], entities: [], sections: [] } as unknown as Factsheet;
    const score = scoreStory(gold, [article as never], sheet);
    expect(score.citationRecall).toBe(1);
    expect(score.attributionAccuracy).toBe(1);
  });
});
