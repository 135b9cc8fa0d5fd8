import { getSetting, type SettingsReader } from '#server/modules/settings/index.ts';

export type ModelPrices = Readonly<Record<string, { inputPerMillion: number; outputPerMillion: number }>>;

export function readModelPrices(reader: SettingsReader): Promise<ModelPrices> {
  return getSetting(reader, 'ai.model-prices');
}

/** The estimated cost of some tokens of one model, in US dollars; undefined for a model the table does not price. */
export function estimateCost(prices: ModelPrices, model: string | null, tokens: { inputTokens: number; outputTokens: number }): number | undefined {
  const price = model === null ? undefined : prices[model];
  if (!price) return undefined;
  return (tokens.inputTokens * price.inputPerMillion + tokens.outputTokens * price.outputPerMillion) / 1_000_000;
}

/** Dollars to the cent, as budgets and reports show them (the cent a rounding error would add is not a budget breach). */
export function roundUsd(value: number): number {
  return Math.round(value * 100) / 100;
}
