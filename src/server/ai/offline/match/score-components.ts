import type { MatchComponent, MatchComponentName } from '#shared/ai/match.ts';

/**
 * Shares of the score before components that do not apply are dropped and the rest rescaled to sum to 1. Nice-to-have
 * skills are a bonus on top (up to its share, in points of 100, capped at 100): a candidate with none of them keeps the
 * score they had without them, never less.
 */
export const baseWeights: Readonly<Record<MatchComponentName, number>> = {
  mustHave: 0.4,
  niceToHave: 0.1,
  experience: 0.15,
  education: 0.1,
  recency: 0.1,
  titleFit: 0.1,
  occupationFit: 0.1,
  textSimilarity: 0.15,
};

/**
 * A posting whose skills are a long tool list (an occupation's duties, then twenty tools) says what the job is in its
 * title and duties: there the occupation's fit (title, duties text) weighs as much as skill coverage.
 */
export const toolListWeights: Readonly<Record<MatchComponentName, number>> = {
  mustHave: 0.2,
  niceToHave: 0.05,
  experience: 0.15,
  education: 0.05,
  recency: 0.05,
  titleFit: 0.1,
  occupationFit: 0.35,
  textSimilarity: 0.2,
};

/** Skills a posting must list before it reads as a tool list. */
export const toolListSize = 15;

export type ComponentDraft = { name: MatchComponentName; value: number; applies: boolean; detail: string };

function round(value: number, places: number): number {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
}

const bonusComponent: MatchComponentName = 'niceToHave';

const clamp = (value: number) => Math.min(1, Math.max(0, value));

/** Weights the components that apply, and the 0–100 score they add up to; the nice-to-have bonus's weight is its most. */
export function weighComponents(drafts: readonly ComponentDraft[], weights: Readonly<Record<MatchComponentName, number>> = baseWeights): { components: MatchComponent[]; score: number } {
  const counted = drafts.filter((draft) => draft.applies && draft.name !== bonusComponent);
  const total = counted.reduce((sum, draft) => sum + weights[draft.name], 0);
  const weightOf = (draft: ComponentDraft) => (!draft.applies ? 0 : draft.name === bonusComponent ? weights[draft.name] : total > 0 ? weights[draft.name] / total : 0);
  const components = drafts.map((draft) => ({ name: draft.name, value: round(clamp(draft.value), 3), weight: round(weightOf(draft), 3), detail: draft.detail }));
  const raw = drafts.reduce((sum, draft) => sum + weightOf(draft) * clamp(draft.value), 0);
  return { components, score: Math.round(Math.min(1, raw) * 100) };
}
