import { toCsv } from '#shared/csv.ts';
import type { UsageRow } from '#shared/contracts/ai-usage.ts';

export type UsageTotals = { calls: number; tokens: number; costUsd: number; fallbacks: number };

export function sumUsage(rows: readonly UsageRow[]): UsageTotals {
  return rows.reduce(
    (total, row) => ({
      calls: total.calls + row.calls,
      tokens: total.tokens + row.inputTokens + row.outputTokens,
      costUsd: total.costUsd + row.costUsd,
      fallbacks: total.fallbacks + row.fallbacks,
    }),
    { calls: 0, tokens: 0, costUsd: 0, fallbacks: 0 },
  );
}

/** One bar per day: calls a model answered, and calls the offline engine answered (no model, or a fallback). */
export function callsPerDay(rows: readonly UsageRow[]): { day: string; model: number; offline: number }[] {
  const days = new Map<string, { day: string; model: number; offline: number }>();
  for (const row of rows) {
    const day = days.get(row.day) ?? { day: row.day, model: 0, offline: 0 };
    const offline = row.provider === null ? row.calls : row.fallbacks;
    day.offline += offline;
    day.model += row.calls - offline;
    days.set(row.day, day);
  }
  return [...days.values()];
}

/** The table as CSV, with the same columns the page shows. */
export function usageCsv(rows: readonly UsageRow[]): string {
  const header = ['day', 'provider', 'model', 'calls', 'input_tokens', 'output_tokens', 'cost_usd', 'fallbacks', 'latency_median_ms', 'latency_p95_ms'];
  return toCsv([
    header,
    ...rows.map((row) => [row.day, row.provider ?? 'offline', row.model, row.calls, row.inputTokens, row.outputTokens, row.costUsd.toFixed(2), row.fallbacks, row.latencyMedianMs, row.latencyP95Ms]),
  ]);
}

/** The last `days` days up to today (UTC), as the API counts days. */
export function lastDays(days: number, today = new Date()): { from: string; to: string } {
  const to = today.toISOString().slice(0, 10);
  const from = new Date(today.getTime() - (days - 1) * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  return { from, to };
}
