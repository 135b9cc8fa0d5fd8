import { and, asc, between, count, eq, isNotNull, sql, sum, type SQL } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { aiUsage } from '#server/db/schema/index.ts';

/** Whose calls a report or a budget counts: one user's, one workspace's, one user's own key's, or the installation's. */
export type UsageScope =
  | { kind: 'user'; userId: string }
  | { kind: 'workspace'; workspaceId: string }
  | { kind: 'user-key'; userId: string }
  | { kind: 'key'; keyId: string }
  | { kind: 'installation' };

function scopeWhere(scope: UsageScope): SQL | undefined {
  switch (scope.kind) {
    case 'user':
      return eq(aiUsage.userId, scope.userId);
    case 'workspace':
      return eq(aiUsage.workspaceId, scope.workspaceId);
    case 'user-key':
      return and(eq(aiUsage.userId, scope.userId), eq(aiUsage.credentialSource, 'user'));
    case 'key':
      return eq(aiUsage.credentialId, scope.keyId);
    case 'installation':
      return undefined;
  }
}

export type UsageTotalsRow = {
  day: string;
  provider: string | null;
  model: string | null;
  calls: number;
  inputTokens: number;
  outputTokens: number;
  fallbacks: number;
  latencyMedianMs: number;
  latencyP95Ms: number;
};

/** A latency percentile of the grouped calls, in whole milliseconds (percentile_cont interpolates between calls). */
function latencyPercentile(fraction: number) {
  return sql<number>`round(percentile_cont(${sql.raw(String(fraction))}) within group (order by ${aiUsage.latencyMs}))`.mapWith(Number);
}

/** Calls per day, provider and model between two days (both included), in day order; summed (latency: median, p95) in the database. */
export async function sumUsageByDay(db: Db, scope: UsageScope, days: { from: string; to: string }): Promise<UsageTotalsRow[]> {
  const rows = await db
    .select({
      day: aiUsage.day,
      provider: aiUsage.provider,
      model: aiUsage.model,
      calls: count(),
      inputTokens: sum(aiUsage.inputTokens).mapWith(Number),
      outputTokens: sum(aiUsage.outputTokens).mapWith(Number),
      fallbacks: sql<number>`count(${aiUsage.fallbackReason})`.mapWith(Number),
      latencyMedianMs: latencyPercentile(0.5),
      latencyP95Ms: latencyPercentile(0.95),
    })
    .from(aiUsage)
    .where(and(scopeWhere(scope), between(aiUsage.day, days.from, days.to)))
    .groupBy(aiUsage.day, aiUsage.provider, aiUsage.model)
    .orderBy(asc(aiUsage.day), asc(aiUsage.provider), asc(aiUsage.model));
  return rows.map((row) => ({ ...row, inputTokens: row.inputTokens || 0, outputTokens: row.outputTokens || 0 }));
}

export type ModelLatencyRow = { provider: string | null; model: string | null; calls: number; latencyMedianMs: number; latencyP95Ms: number };

/** Median and p95 latency per provider and model over the whole period (medians of days do not add up to it). */
export async function latencyByModel(db: Db, scope: UsageScope, days: { from: string; to: string }): Promise<ModelLatencyRow[]> {
  return db
    .select({ provider: aiUsage.provider, model: aiUsage.model, calls: count(), latencyMedianMs: latencyPercentile(0.5), latencyP95Ms: latencyPercentile(0.95) })
    .from(aiUsage)
    .where(and(scopeWhere(scope), between(aiUsage.day, days.from, days.to)))
    .groupBy(aiUsage.provider, aiUsage.model)
    .orderBy(asc(aiUsage.provider), asc(aiUsage.model));
}

export type ModelSpendRow = { model: string; inputTokens: number; outputTokens: number };

/** Tokens spent on LLMs per model since a day (a month's first): what a budget counts. Offline answers cost nothing. */
export async function sumLlmSpendSince(db: Db, scope: UsageScope, fromDay: string): Promise<ModelSpendRow[]> {
  const rows = await db
    .select({
      model: aiUsage.model,
      inputTokens: sum(aiUsage.inputTokens).mapWith(Number),
      outputTokens: sum(aiUsage.outputTokens).mapWith(Number),
    })
    .from(aiUsage)
    .where(and(scopeWhere(scope), isNotNull(aiUsage.model), sql`${aiUsage.day} >= ${fromDay}`))
    .groupBy(aiUsage.model);
  return rows.map((row) => ({ model: row.model ?? '', inputTokens: row.inputTokens || 0, outputTokens: row.outputTokens || 0 }));
}
