import { sql } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { aiUsage, aiUsageDaily } from '#server/db/schema/index.ts';
import type { AiUsageEvent } from '#server/ai/index.ts';

/** The UTC calendar day of a call, as the `date` columns store it. */
export function usageDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** One ai_usage row, plus the per-user daily totals when a user is known (anonymous calls have no daily row). */
export async function insertUsage(db: Db, event: AiUsageEvent): Promise<void> {
  const day = usageDay(event.at);
  await db.transaction(async (tx) => {
    await tx.insert(aiUsage).values({
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
      day,
      createdAt: event.at,
    });
    if (!event.userId) return;
    await tx
      .insert(aiUsageDaily)
      .values({
        userId: event.userId,
        task: event.task,
        day,
        calls: 1,
        totalLatencyMs: event.latencyMs,
        inputTokens: event.inputTokens,
        outputTokens: event.outputTokens,
      })
      .onConflictDoUpdate({
        target: [aiUsageDaily.userId, aiUsageDaily.task, aiUsageDaily.day],
        set: {
          calls: sql`${aiUsageDaily.calls} + 1`,
          totalLatencyMs: sql`${aiUsageDaily.totalLatencyMs} + ${event.latencyMs}`,
          inputTokens: sql`${aiUsageDaily.inputTokens} + ${event.inputTokens}`,
          outputTokens: sql`${aiUsageDaily.outputTokens} + ${event.outputTokens}`,
          updatedAt: sql`now()`,
        },
      });
  });
}
