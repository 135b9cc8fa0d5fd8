import { eq } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { interviewWorkspaceSettings } from '#server/db/schema/index.ts';

export type WorkspaceReminderRow = typeof interviewWorkspaceSettings.$inferSelect;

export async function findWorkspaceReminderSettings(db: Db, workspaceId: string): Promise<WorkspaceReminderRow | undefined> {
  const [row] = await db.select().from(interviewWorkspaceSettings).where(eq(interviewWorkspaceSettings.workspaceId, workspaceId));
  return row;
}

export async function upsertWorkspaceReminderSettings(
  db: Db,
  values: { workspaceId: string; reminderOffsetsMinutes?: number[] | null; scorecardReminderHours?: number | null; updatedBy: string; at: Date },
): Promise<void> {
  const changes = {
    ...(values.reminderOffsetsMinutes !== undefined ? { reminderOffsetsMinutes: values.reminderOffsetsMinutes } : {}),
    ...(values.scorecardReminderHours !== undefined ? { scorecardReminderHours: values.scorecardReminderHours } : {}),
    updatedBy: values.updatedBy,
    updatedAt: values.at,
  };
  await db
    .insert(interviewWorkspaceSettings)
    .values({ workspaceId: values.workspaceId, ...changes })
    .onConflictDoUpdate({ target: interviewWorkspaceSettings.workspaceId, set: changes });
}
