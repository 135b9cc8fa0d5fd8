import { randomUUID } from 'node:crypto';
import type { Db } from '#server/db/client.ts';
import { users, workspaceMembers, workspaces, type WorkspaceRole } from '#server/db/schema/index.ts';
import type { Caller } from '#server/platform/access/index.ts';

/** Inserts a user row directly and returns them as a caller (tests of services that take the caller explicitly need no session). */
export async function insertUser(db: Db, name: string): Promise<Caller> {
  const [row] = await db.insert(users).values({ name, email: `${name.toLowerCase().replace(/\W+/g, '.')}.${randomUUID().slice(0, 8)}@example.test` }).returning({ id: users.id });
  return { userId: row!.id, role: 'user' };
}

export async function insertWorkspace(db: Db, owner: { userId: string }, name = 'Acme hiring'): Promise<string> {
  const [row] = await db.insert(workspaces).values({ name, ownerId: owner.userId }).returning({ id: workspaces.id });
  await addMember(db, row!.id, owner, 'owner');
  return row!.id;
}

export async function addMember(db: Db, workspaceId: string, user: { userId: string }, role: WorkspaceRole): Promise<void> {
  await db.insert(workspaceMembers).values({ workspaceId, userId: user.userId, role });
}
