import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { accounts, userPreferences, users, workspaceMembers, workspaces } from '#server/db/schema/index.ts';

export type UserRow = typeof users.$inferSelect;
export type PreferencesRow = typeof userPreferences.$inferSelect;

export async function findUserById(db: Db, userId: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, userId));
  return row;
}

export async function updateUserProfile(db: Db, userId: string, changes: Partial<UserRow>): Promise<UserRow | undefined> {
  const [row] = await db.update(users).set(changes).where(eq(users.id, userId)).returning();
  return row;
}

export async function findPreferences(db: Db, userId: string): Promise<PreferencesRow | undefined> {
  const [row] = await db.select().from(userPreferences).where(eq(userPreferences.userId, userId));
  return row;
}

export async function upsertPreferences(db: Db, userId: string, values: Omit<typeof userPreferences.$inferInsert, 'userId'>): Promise<void> {
  await db
    .insert(userPreferences)
    .values({ userId, ...values })
    .onConflictDoUpdate({ target: userPreferences.userId, set: values });
}

export async function findPasswordHash(db: Db, userId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ password: accounts.password })
    .from(accounts)
    .where(and(eq(accounts.userId, userId), eq(accounts.providerId, 'credential')));
  return row?.password ?? undefined;
}

/**
 * Deletes the user; the database cascades everything they own. Workspaces they created go with them unless another
 * member holds the owner role, who then becomes the workspace's owner of record.
 */
export async function deleteUserWithWorkspaces(db: Db, userId: string): Promise<{ deleted: string[]; transferred: string[] }> {
  return db.transaction(async (tx) => {
    const owned = await tx.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.ownerId, userId));
    const transferred: string[] = [];
    const deleted: string[] = [];
    for (const { id } of owned) {
      const [coOwner] = await tx
        .select({ userId: workspaceMembers.userId })
        .from(workspaceMembers)
        .where(and(eq(workspaceMembers.workspaceId, id), eq(workspaceMembers.role, 'owner'), ne(workspaceMembers.userId, userId)))
        .orderBy(workspaceMembers.createdAt)
        .limit(1);
      if (coOwner) {
        await tx.update(workspaces).set({ ownerId: coOwner.userId }).where(eq(workspaces.id, id));
        transferred.push(id);
      } else {
        deleted.push(id);
      }
    }
    await tx.delete(users).where(eq(users.id, userId));
    return { deleted, transferred };
  });
}
