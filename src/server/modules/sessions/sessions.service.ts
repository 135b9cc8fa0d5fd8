import { recordAudit, type RequestOrigin } from '#server/modules/audit/index.ts';
import type { Caller } from '#server/platform/access/index.ts';
import { AppError } from '#server/platform/errors.ts';
import { toPage, type PageQuery } from '#shared/contracts/common.ts';
import type { SessionPage } from '#shared/contracts/sessions.ts';
import { describeUserAgent } from './describe-user-agent.ts';
import type { SessionsDeps } from './sessions-deps.ts';
import { deleteOtherSessions, deleteSession, findActiveSessionPage } from './sessions.repo.ts';

/**
 * Sessions live in the database and are read on every request, so deleting a row signs that device out at once.
 * A user's sessions are found by (id, userId): another user's are simply not found.
 */

/** The caller's active sessions, newest first; `currentSessionId` marks the one making the request. */
export async function listSessions(deps: SessionsDeps, caller: Caller, currentSessionId: string, query: PageQuery): Promise<SessionPage> {
  const { rows, total } = await findActiveSessionPage(deps.db, { userId: caller.userId, now: deps.now(), limit: query.limit, offset: query.offset });
  const items = rows.map((row) => ({
    id: row.id,
    device: describeUserAgent(row.userAgent),
    userAgent: row.userAgent,
    ipAddress: row.ipAddress,
    createdAt: row.createdAt.toISOString(),
    lastSeenAt: (row.lastSeenAt ?? row.updatedAt).toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    current: row.id === currentSessionId,
  }));
  return toPage(items, total, query);
}

export async function revokeSession(deps: SessionsDeps, caller: Caller, sessionId: string, origin: RequestOrigin): Promise<void> {
  if (!(await deleteSession(deps.db, { id: sessionId, userId: caller.userId }))) throw new AppError('not_found', 'Session not found.');
  await recordAudit(deps.db, { actorId: caller.userId, action: 'session.revoked', origin, target: `session:${sessionId}`, at: deps.now() });
}

/** Signs out every session of the caller but the current one; returns how many. */
export async function revokeOtherSessions(deps: SessionsDeps, caller: Caller, currentSessionId: string, origin: RequestOrigin): Promise<number> {
  const revoked = await deleteOtherSessions(deps.db, { id: currentSessionId, userId: caller.userId });
  await recordAudit(deps.db, { actorId: caller.userId, action: 'session.others_revoked', origin, target: `user:${caller.userId}`, details: { revoked }, at: deps.now() });
  return revoked;
}
