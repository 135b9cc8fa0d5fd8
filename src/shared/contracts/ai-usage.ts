import { z } from 'zod';
import { idSchema } from './common.ts';

/** HTTP contracts of AI usage and budgets (issue 17, decision 039). */

const day = z.iso.date({ error: 'must be a date as YYYY-MM-DD' });

/** `?from=&to=`: both days included; by default the last 30 days. `to` may not come before `from`, and at most a year apart. */
export const usageQuerySchema = z
  .object({ from: day.optional(), to: day.optional() })
  .refine((query) => !query.from || !query.to || query.from <= query.to, { error: 'must not come before from', path: ['to'] });
export type UsageQuery = z.infer<typeof usageQuerySchema>;

/** One day of one provider and model: what the calls spent and how often the offline engine answered instead. */
export const usageRowSchema = z.object({
  day: z.iso.date(),
  /** Null for calls the offline engine answered without an LLM being tried. */
  provider: z.string().nullable(),
  model: z.string().nullable(),
  calls: z.number().int().min(0),
  inputTokens: z.number().int().min(0),
  outputTokens: z.number().int().min(0),
  /** Estimated from the installation's price table; 0 for a model without a price. */
  costUsd: z.number().min(0),
  /** Calls the offline engine answered instead of the LLM (a failure, a timeout, a budget reached). */
  fallbacks: z.number().int().min(0),
  /** How long the calls took, offline answers and fallbacks included: the median and the 95th percentile, in ms. */
  latencyMedianMs: z.number().int().min(0),
  latencyP95Ms: z.number().int().min(0),
});
export type UsageRow = z.infer<typeof usageRowSchema>;

/** How long one provider and model's calls took over the whole period (null provider: the offline engine alone). */
export const modelLatencySchema = z.object({
  provider: z.string().nullable(),
  model: z.string().nullable(),
  calls: z.number().int().min(0),
  latencyMedianMs: z.number().int().min(0),
  latencyP95Ms: z.number().int().min(0),
});
export type ModelLatency = z.infer<typeof modelLatencySchema>;

export const usageReportSchema = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  rows: z.array(usageRowSchema),
  latency: z.array(modelLatencySchema),
  /** Models used in the period that the price table does not know: their cost is counted as 0. */
  unpricedModels: z.array(z.string()),
});
export type UsageReport = z.infer<typeof usageReportSchema>;

export const usageWorkspaceParamsSchema = z.object({ workspaceId: idSchema('workspace') });

/** The providers whose stored keys the engine calls, each of which may have its own budget. */
export const llmKeyProviders = ['openai', 'anthropic', 'openai-compatible'] as const;
export type LlmKeyProvider = (typeof llmKeyProviders)[number];
const keyProvider = z.enum(llmKeyProviders, { error: `must be one of ${llmKeyProviders.join(', ')}` });
export const keyBudgetParamsSchema = z.object({ provider: keyProvider });
export const workspaceKeyBudgetParamsSchema = z.object({ workspaceId: idSchema('workspace'), provider: keyProvider });

const limits = {
  monthlyTokens: z
    .number({ error: 'must be a number of tokens' })
    .int('must be a whole number of tokens')
    .min(1, 'must be at least 1 token (remove the budget to have no limit)')
    .max(1e13, 'must be at most 10,000,000,000,000 tokens')
    .nullable(),
  monthlyCostUsd: z
    .number({ error: 'must be an amount in US dollars' })
    .positive('must be more than 0 US dollars (remove the budget to have no limit)')
    .max(10_000_000, 'must be at most 10,000,000 US dollars')
    .nullable(),
};

/** A monthly budget: a token limit, a cost limit, or both (at least one). */
export const budgetBodySchema = z
  .object(limits)
  .strict()
  .refine((body) => body.monthlyTokens !== null || body.monthlyCostUsd !== null, { error: 'must be set when monthlyTokens is not', path: ['monthlyCostUsd'] });
export type BudgetBody = z.infer<typeof budgetBodySchema>;

/** A budget as it stands this month (UTC calendar month). */
export const budgetSchema = z.object({
  monthlyTokens: z.number().int().nullable(),
  monthlyCostUsd: z.number().nullable(),
  month: z.string().regex(/^\d{4}-\d{2}$/),
  spentTokens: z.number().int().min(0),
  spentCostUsd: z.number().min(0),
  /** The larger of the two shares used (0–1 and beyond): 0.8 sends the "near" notice, 1 makes the engine answer offline. */
  used: z.number().min(0),
  reached: z.boolean(),
});
export type Budget = z.infer<typeof budgetSchema>;

/** GET of a budget: null when none is set. */
export const budgetStateSchema = z.object({ budget: budgetSchema.nullable() });
export type BudgetState = z.infer<typeof budgetStateSchema>;
