/** Runs the real pipeline stages in memory on one gold story and scores the draft. */
import { draftFactsheet } from '../claims/index.ts';
import { loadStory } from '../load.ts';
import { prepareArticles } from '../pipeline.ts';
import { loadGold } from './gold.ts';
import { scoreStory, type StoryScore } from './score.ts';

/** `dir` is the gold story folder relative to `root`, e.g. "test/gold/nk-troops-russia-2024". */
export async function evaluateStory(root: string, dir: string): Promise<StoryScore> {
  const gold = await loadGold(root, dir);
  const story = await loadStory(root, gold.articles);
  const articles = prepareArticles(story);
  const sheet = draftFactsheet({ slug: story.slug, title: story.title, summary: story.summary, language: story.language }, articles);
  return scoreStory(gold, articles, sheet);
}

/** The targets every gold story must meet (issue #3). */
export const TARGETS = {
  claimRecall: 0.9,
  citationRecall: 0.9,
  citationPrecision: 0.95,
  attributionAccuracy: 0.9,
  nonVerbatimQuotes: 0,
  boilerplateQuotes: 0,
} as const;
