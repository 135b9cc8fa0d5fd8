import type { Db } from '#server/db/client.ts';
import { AppError } from '#server/platform/errors.ts';
import { findOutboxPage } from '#server/platform/mail/index.ts';
import { findUser, findUsersPage, setUserLocked, setUserRole, type AdminUserRow } from './admin.repo.ts';

export type AdminServiceDeps = { db: Db; removeUser: (userId: string) => Promise<unknown> };

function toItem(row: AdminUserRow) {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role ?? 'user',
    emailVerified: row.emailVerified,
    banned: row.banned ?? false,
    banReason: row.banReason,
    lockedUntil: row.lockedUntil?.toISOString() ?? null,
    lastSignInAt: row.lastSignInAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Installation administration. An administrator cannot lock, demote or delete themself, so one always remains. */
export function createAdminService(deps: AdminServiceDeps) {
  const { db } = deps;

  async function getOtherUser(actorId: string, userId: string): Promise<AdminUserRow> {
    if (actorId === userId) throw new AppError('bad_request', 'You cannot do this to your own account; ask another administrator.');
    const user = await findUser(db, userId);
    if (!user) throw new AppError('not_found', 'User not found.');
    return user;
  }

  return {
    async listUsers(query: { search?: string; limit: number; offset: number }) {
      const page = await findUsersPage(db, query);
      return { users: page.rows.map(toItem), total: page.total, limit: query.limit, offset: query.offset };
    },

    async lockUser(actorId: string, userId: string, reason: string | undefined) {
      await getOtherUser(actorId, userId);
      await setUserLocked(db, userId, { reason: reason ?? null });
      return toItem((await findUser(db, userId))!);
    },

    async unlockUser(actorId: string, userId: string) {
      await getOtherUser(actorId, userId);
      await setUserLocked(db, userId, false);
      return toItem((await findUser(db, userId))!);
    },

    async changeRole(actorId: string, userId: string, role: 'user' | 'admin') {
      await getOtherUser(actorId, userId);
      await setUserRole(db, userId, role);
      return toItem((await findUser(db, userId))!);
    },

    async deleteUser(actorId: string, userId: string): Promise<void> {
      await getOtherUser(actorId, userId);
      await deps.removeUser(userId);
    },

    async listOutbox(query: { to?: string; limit: number; offset: number }) {
      const page = await findOutboxPage(db, query);
      const messages = page.rows.map((row) => ({
        id: row.id,
        toAddress: row.toAddress,
        subject: row.subject,
        textBody: row.textBody,
        htmlBody: row.htmlBody,
        kind: row.kind,
        transport: row.transport,
        createdAt: row.createdAt.toISOString(),
        sentAt: row.sentAt?.toISOString() ?? null,
        error: row.error,
      }));
      return { messages, total: page.total, limit: query.limit, offset: query.offset };
    },
  };
}
export type AdminService = ReturnType<typeof createAdminService>;
