import { removeAccount } from '#server/modules/account/index.ts';
import { recordAudit, type RequestOrigin } from '#server/modules/audit/index.ts';
import { authorizeAdmin, type Caller } from '#server/platform/access/index.ts';
import { AppError } from '#server/platform/errors.ts';
import { findOutboxPage } from '#server/platform/mail/index.ts';
import type { AdminUser, AdminUserPage, ListAdminUsersQuery, ListOutboxQuery, OutboxPage } from '#shared/contracts/admin.ts';
import { toPage } from '#shared/contracts/common.ts';
import type { InstallationRole } from '#shared/vocabulary.ts';
import type { AdminDeps } from './admin-deps.ts';
import { findUser, findUserPage, setUserLocked, setUserRole, type AdminUserRow } from './admin.repo.ts';

/** Installation administration: only administrators, and never to themselves, so one administrator always remains. */

function toAdminUser(row: AdminUserRow): AdminUser {
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

/** Another user than the administrator acting, who must exist. */
async function getOtherUser(deps: AdminDeps, caller: Caller, userId: string): Promise<AdminUserRow> {
  authorizeAdmin(caller);
  if (caller.userId === userId) throw new AppError('bad_request', 'You cannot do this to your own account; ask another administrator.');
  const user = await findUser(deps.db, userId);
  if (!user) throw new AppError('not_found', 'User not found.');
  return user;
}

async function reloadUser(deps: AdminDeps, userId: string): Promise<AdminUser> {
  const user = await findUser(deps.db, userId);
  if (!user) throw new AppError('not_found', 'User not found.');
  return toAdminUser(user);
}

export async function listUsers(deps: AdminDeps, caller: Caller, query: ListAdminUsersQuery): Promise<AdminUserPage> {
  authorizeAdmin(caller);
  const { rows, total } = await findUserPage(deps.db, { search: query.search, limit: query.limit, offset: query.offset });
  return toPage(rows.map(toAdminUser), total, query);
}

export async function lockUser(deps: AdminDeps, caller: Caller, userId: string, reason: string | undefined, origin: RequestOrigin): Promise<AdminUser> {
  await getOtherUser(deps, caller, userId);
  await setUserLocked(deps.db, userId, { reason: reason ?? null });
  await recordAudit(deps.db, { actorId: caller.userId, action: 'admin.user_locked', origin, target: `user:${userId}`, details: { reason: reason ?? null }, at: deps.now() });
  return reloadUser(deps, userId);
}

export async function unlockUser(deps: AdminDeps, caller: Caller, userId: string, origin: RequestOrigin): Promise<AdminUser> {
  await getOtherUser(deps, caller, userId);
  await setUserLocked(deps.db, userId, false);
  await recordAudit(deps.db, { actorId: caller.userId, action: 'admin.user_unlocked', origin, target: `user:${userId}`, at: deps.now() });
  return reloadUser(deps, userId);
}

export async function changeUserRole(deps: AdminDeps, caller: Caller, userId: string, role: InstallationRole, origin: RequestOrigin): Promise<AdminUser> {
  const before = await getOtherUser(deps, caller, userId);
  await setUserRole(deps.db, userId, role);
  await recordAudit(deps.db, { actorId: caller.userId, action: 'admin.role_changed', origin, target: `user:${userId}`, details: { old: before.role ?? 'user', new: role }, at: deps.now() });
  return reloadUser(deps, userId);
}

/** The same deletion a user can do of their own account, without the password step. */
export async function deleteUser(deps: AdminDeps, caller: Caller, userId: string, origin: RequestOrigin): Promise<void> {
  await getOtherUser(deps, caller, userId);
  await removeAccount(deps, userId);
  await recordAudit(deps.db, { actorId: caller.userId, action: 'admin.user_deleted', origin, target: `user:${userId}`, at: deps.now() });
}

/** Mail the installation sent or kept, newest first, optionally to one address. */
export async function listOutbox(deps: AdminDeps, caller: Caller, query: ListOutboxQuery): Promise<OutboxPage> {
  authorizeAdmin(caller);
  const { rows, total } = await findOutboxPage(deps.db, { ...(query.to ? { to: query.to } : {}), limit: query.limit, offset: query.offset });
  const items = rows.map((row) => ({
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
  return toPage(items, total, query);
}
