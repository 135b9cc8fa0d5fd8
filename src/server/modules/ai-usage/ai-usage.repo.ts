import { sql } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { aiUsage, aiUsageDaily } from '#server/db/schema/index.ts';
import type { AiUsageEvent } from '#server/ai/index.ts';

/** The UTC calendar day of a call, as the `date` columns store it. */
export function usageDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** A day's totals of one user's calls of one task: what one ai_usage_daily row adds up. */
type DailyTotals = { userId: string; task: string; day: string; calls: number; totalLatencyMs: number; inputTokens: number; outputTokens: number };

function dailyTotals(events: readonly AiUsageEvent[]): DailyTotals[] {
  const totals = new Map<string, DailyTotals>();
  for (const event of events) {
    if (!event.userId) continue;
    const day = usageDay(event.at);
    const key = `${event.userId}\n${event.task}\n${day}`;
    const total = totals.get(key) ?? { userId: event.userId, task: event.task, day, calls: 0, totalLatencyMs: 0, inputTokens: 0, outputTokens: 0 };
    total.calls += 1;
    total.totalLatencyMs += event.latencyMs;
    total.inputTokens += event.inputTokens;
    total.outputTokens += event.outputTokens;
    totals.set(key, total);
  }
  return [...totals.values()];
}

/**
 * One ai_usage row per call, plus the per-user daily totals when a user is known (anonymous calls have no daily row):
 * one multi-row insert and one upsert, however many calls.
 */
export async function insertUsage(db: Db, events: readonly AiUsageEvent[]): Promise<void> {
  if (events.length === 0) return;
  await db.transaction(async (tx) => {
    await tx.insert(aiUsage).values(
      events.map((event) => ({
        userId: event.userId ?? null,
        workspaceId: event.workspaceId ?? null,
        task: event.task,
        engine: event.engine,
        provider: event.provider ?? null,
        model: event.model ?? null,
        credentialSource: event.credentialSource ?? null,
        credentialId: event.credentialId ?? null,
        inputTokens: event.inputTokens,
        outputTokens: event.outputTokens,
        latencyMs: event.latencyMs,
        fallbackReason: event.fallbackReason ?? null,
        day: usageDay(event.at),
        createdAt: event.at,
      })),
    );
    const daily = dailyTotals(events);
    if (daily.length === 0) return;
    await tx
      .insert(aiUsageDaily)
      .values(daily)
      .onConflictDoUpdate({
        target: [aiUsageDaily.userId, aiUsageDaily.task, aiUsageDaily.day],
        set: {
          calls: sql`${aiUsageDaily.calls} + excluded.calls`,
          totalLatencyMs: sql`${aiUsageDaily.totalLatencyMs} + excluded.total_latency_ms`,
          inputTokens: sql`${aiUsageDaily.inputTokens} + excluded.input_tokens`,
          outputTokens: sql`${aiUsageDaily.outputTokens} + excluded.output_tokens`,
          updatedAt: sql`now()`,
        },
      });
  });
}
