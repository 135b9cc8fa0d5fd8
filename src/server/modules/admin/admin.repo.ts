import { count, desc, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { sessions, users } from '#server/db/schema/index.ts';
import type { InstallationRole } from '#shared/vocabulary.ts';

export type AdminUserRow = typeof users.$inferSelect;

function escapeLike(value: string): string {
  return value.replaceAll('\\', '\\\\').replaceAll('%', '\\%').replaceAll('_', '\\_');
}

/** One page of users, newest first, optionally those whose name or email contains `search`; with the count of all matches. */
export async function findUserPage(db: Db, query: { search?: string | undefined; limit: number; offset: number }) {
  let where: SQL | undefined;
  if (query.search) {
    const pattern = `%${escapeLike(query.search)}%`;
    where = or(ilike(users.email, pattern), ilike(users.name, pattern));
  }
  const rows = await db.select().from(users).where(where).orderBy(desc(users.createdAt), desc(users.id)).limit(query.limit).offset(query.offset);
  const [total] = await db.select({ value: count() }).from(users).where(where);
  return { rows, total: total?.value ?? 0 };
}

export async function findUser(db: Db, userId: string): Promise<AdminUserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, userId));
  return row;
}

/** Locking bans the account and signs out every one of its sessions at once. */
export async function setUserLocked(db: Db, userId: string, locked: { reason: string | null } | false): Promise<void> {
  await db.transaction(async (tx) => {
    if (locked) {
      await tx.update(users).set({ banned: true, banReason: locked.reason, banExpires: null }).where(eq(users.id, userId));
      await tx.delete(sessions).where(eq(sessions.userId, userId));
    } else {
      await tx
        .update(users)
        .set({ banned: false, banReason: null, banExpires: null, failedSignInCount: 0, lockedUntil: null })
        .where(eq(users.id, userId));
    }
  });
}

export async function setUserRole(db: Db, userId: string, role: InstallationRole): Promise<void> {
  await db.update(users).set({ role }).where(eq(users.id, userId));
}
