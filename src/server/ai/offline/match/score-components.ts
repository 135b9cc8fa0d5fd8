import type { MatchComponent, MatchComponentName } from '#shared/ai/match.ts';

/** Shares of the score before components that do not apply are dropped and the rest rescaled to sum to 1. */
export const baseWeights: Readonly<Record<MatchComponentName, number>> = {
  mustHave: 0.4,
  niceToHave: 0.1,
  experience: 0.15,
  recency: 0.1,
  titleFit: 0.1,
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
  recency: 0.05,
  titleFit: 0.2,
  textSimilarity: 0.35,
};

/** Skills a posting must list before it reads as a tool list. */
export const toolListSize = 15;

export type ComponentDraft = { name: MatchComponentName; value: number; applies: boolean; detail: string };

function round(value: number, places: number): number {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
}

/** Weights the components that apply, and the 0–100 score they add up to. */
export function weighComponents(drafts: readonly ComponentDraft[], weights: Readonly<Record<MatchComponentName, number>> = baseWeights): { components: MatchComponent[]; score: number } {
  const baseWeights = weights;
  const total = drafts.reduce((sum, draft) => sum + (draft.applies ? baseWeights[draft.name] : 0), 0);
  const components = drafts.map((draft) => ({
    name: draft.name,
    value: round(Math.min(1, Math.max(0, draft.value)), 3),
    weight: draft.applies && total > 0 ? round(baseWeights[draft.name] / total, 3) : 0,
    detail: draft.detail,
  }));
  const raw = drafts.reduce((sum, draft) => sum + (draft.applies && total > 0 ? (baseWeights[draft.name] / total) * Math.min(1, Math.max(0, draft.value)) : 0), 0);
  return { components, score: Math.round(raw * 100) };
}
