import { and, count, eq, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { sessions, users, workspaceMembers, type WorkspaceRole } from '../../db/schema/index.ts';

export async function countUsers(db: Db): Promise<number> {
  const [row] = await db.select({ value: count() }).from(users);
  return row?.value ?? 0;
}

export async function findWorkspaceRole(db: Db, userId: string, workspaceId: string): Promise<WorkspaceRole | undefined> {
  const [row] = await db
    .select({ role: workspaceMembers.role })
    .from(workspaceMembers)
    .where(and(eq(workspaceMembers.userId, userId), eq(workspaceMembers.workspaceId, workspaceId)));
  return row?.role;
}

/** Records activity at most once a minute per session, so reads stay cheap. */
export async function touchSession(db: Db, sessionId: string, now: Date): Promise<void> {
  const stale = new Date(now.getTime() - 60_000);
  await db
    .update(sessions)
    .set({ lastSeenAt: now })
    .where(and(eq(sessions.id, sessionId), or(isNull(sessions.lastSeenAt), lt(sessions.lastSeenAt, stale))));
}
