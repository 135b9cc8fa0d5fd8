import type { SessionItem } from '#shared/contracts/sessions.ts';
import type { Db } from '#server/db/client.ts';
import type { AuthSession } from '#server/platform/auth/index.ts';
import { AppError } from '#server/platform/errors.ts';
import { describeUserAgent } from './describe-user-agent.ts';
import { deleteOtherSessions, deleteSession, findActiveSessions } from './sessions.repo.ts';

/** Sessions live in the database and are read on every request, so deleting a row signs that device out at once. */
export function createSessionsService(deps: { db: Db; now: () => number }) {
  return {
    async listSessions(current: AuthSession): Promise<SessionItem[]> {
      const rows = await findActiveSessions(deps.db, current.user.id, new Date(deps.now()));
      return rows.map((row) => ({
        id: row.id,
        device: describeUserAgent(row.userAgent),
        userAgent: row.userAgent,
        ipAddress: row.ipAddress,
        createdAt: row.createdAt.toISOString(),
        lastSeenAt: (row.lastSeenAt ?? row.updatedAt).toISOString(),
        expiresAt: row.expiresAt.toISOString(),
        current: row.id === current.session.id,
      }));
    },

    async revokeSession(current: AuthSession, sessionId: string): Promise<void> {
      if (!(await deleteSession(deps.db, current.user.id, sessionId))) throw new AppError('not_found', 'Session not found.');
    },

    async revokeOtherSessions(current: AuthSession): Promise<number> {
      return deleteOtherSessions(deps.db, current.user.id, current.session.id);
    },
  };
}
export type SessionsService = ReturnType<typeof createSessionsService>;
