import { and, asc, count, eq } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { users, workspaceMembers, workspaces, type WorkspaceRole } from '#server/db/schema/index.ts';

export type WorkspaceRow = typeof workspaces.$inferSelect;
/** One member of one workspace: two ids of the same type, passed together so they cannot be swapped. */
export type MemberRef = { workspaceId: string; userId: string };
type PageWindow = { limit: number; offset: number };

export async function insertWorkspace(db: Db, values: { ownerId: string; name: string }): Promise<WorkspaceRow> {
  return db.transaction(async (tx) => {
    const [workspace] = await tx.insert(workspaces).values(values).returning();
    if (!workspace) throw new Error('insert into workspaces returned nothing');
    await tx.insert(workspaceMembers).values({ workspaceId: workspace.id, userId: values.ownerId, role: 'owner' });
    return workspace;
  });
}

/** One page of the user's workspaces by name, each with the user's role there; with the count of all of them. */
export async function findWorkspacePageOfUser(db: Db, query: { userId: string } & PageWindow) {
  const where = eq(workspaceMembers.userId, query.userId);
  const rows = await db
    .select({ workspace: workspaces, role: workspaceMembers.role })
    .from(workspaceMembers)
    .innerJoin(workspaces, eq(workspaces.id, workspaceMembers.workspaceId))
    .where(where)
    .orderBy(asc(workspaces.name), asc(workspaces.id))
    .limit(query.limit)
    .offset(query.offset);
  const [total] = await db.select({ value: count() }).from(workspaceMembers).where(where);
  return { rows, total: total?.value ?? 0 };
}

export async function findWorkspace(db: Db, workspaceId: string): Promise<WorkspaceRow | undefined> {
  const [row] = await db.select().from(workspaces).where(eq(workspaces.id, workspaceId));
  return row;
}

export async function updateWorkspace(db: Db, workspaceId: string, changes: { name?: string; blindScreening?: boolean }): Promise<WorkspaceRow | undefined> {
  const [row] = await db.update(workspaces).set(changes).where(eq(workspaces.id, workspaceId)).returning();
  return row;
}

export async function deleteWorkspace(db: Db, workspaceId: string): Promise<void> {
  await db.delete(workspaces).where(eq(workspaces.id, workspaceId));
}

/** One page of a workspace's members by name; with the count of all of them. */
export async function findMemberPage(db: Db, query: { workspaceId: string } & PageWindow) {
  const where = eq(workspaceMembers.workspaceId, query.workspaceId);
  const rows = await db
    .select({ userId: users.id, name: users.name, email: users.email, image: users.image, role: workspaceMembers.role, joinedAt: workspaceMembers.createdAt })
    .from(workspaceMembers)
    .innerJoin(users, eq(users.id, workspaceMembers.userId))
    .where(where)
    .orderBy(asc(users.name), asc(users.id))
    .limit(query.limit)
    .offset(query.offset);
  const [total] = await db.select({ value: count() }).from(workspaceMembers).where(where);
  return { rows, total: total?.value ?? 0 };
}

export async function countOwners(db: Db, workspaceId: string): Promise<number> {
  const [row] = await db
    .select({ value: count() })
    .from(workspaceMembers)
    .where(and(eq(workspaceMembers.workspaceId, workspaceId), eq(workspaceMembers.role, 'owner')));
  return row?.value ?? 0;
}

export async function setMemberRole(db: Db, member: MemberRef, role: WorkspaceRole): Promise<void> {
  await db
    .update(workspaceMembers)
    .set({ role })
    .where(and(eq(workspaceMembers.workspaceId, member.workspaceId), eq(workspaceMembers.userId, member.userId)));
}

export async function deleteMember(db: Db, member: MemberRef): Promise<void> {
  await db.delete(workspaceMembers).where(and(eq(workspaceMembers.workspaceId, member.workspaceId), eq(workspaceMembers.userId, member.userId)));
}

/** Keeps workspaces.owner_id pointing at a current owner when the recorded one leaves or is demoted. */
export async function reassignOwnerOfRecord(db: Db, workspaceId: string): Promise<void> {
  const [owner] = await db
    .select({ userId: workspaceMembers.userId })
    .from(workspaceMembers)
    .where(and(eq(workspaceMembers.workspaceId, workspaceId), eq(workspaceMembers.role, 'owner')))
    .orderBy(asc(workspaceMembers.createdAt))
    .limit(1);
  if (owner) await db.update(workspaces).set({ ownerId: owner.userId }).where(eq(workspaces.id, workspaceId));
}

/** The name and address of an account: who sends an invitation, who accepts one. */
export async function findUserContact(db: Db, userId: string): Promise<{ name: string; email: string } | undefined> {
  const [row] = await db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, userId));
  return row;
}
