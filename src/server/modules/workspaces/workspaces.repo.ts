import { and, asc, count, desc, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { users, workspaceInvitations, workspaceMembers, workspaces, type WorkspaceRole } from '#server/db/schema/index.ts';

export type WorkspaceRow = typeof workspaces.$inferSelect;
export type InvitationRow = typeof workspaceInvitations.$inferSelect;

export async function insertWorkspace(db: Db, ownerId: string, name: string): Promise<WorkspaceRow> {
  return db.transaction(async (tx) => {
    const [workspace] = await tx.insert(workspaces).values({ name, ownerId }).returning();
    if (!workspace) throw new Error('insert into workspaces returned nothing');
    await tx.insert(workspaceMembers).values({ workspaceId: workspace.id, userId: ownerId, role: 'owner' });
    return workspace;
  });
}

export async function findWorkspacesOfUser(db: Db, userId: string) {
  return db
    .select({ workspace: workspaces, role: workspaceMembers.role })
    .from(workspaceMembers)
    .innerJoin(workspaces, eq(workspaces.id, workspaceMembers.workspaceId))
    .where(eq(workspaceMembers.userId, userId))
    .orderBy(asc(workspaces.name));
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

export async function findMembers(db: Db, workspaceId: string) {
  return db
    .select({ userId: users.id, name: users.name, email: users.email, image: users.image, role: workspaceMembers.role, joinedAt: workspaceMembers.createdAt })
    .from(workspaceMembers)
    .innerJoin(users, eq(users.id, workspaceMembers.userId))
    .where(eq(workspaceMembers.workspaceId, workspaceId))
    .orderBy(asc(users.name));
}

export async function countOwners(db: Db, workspaceId: string): Promise<number> {
  const [row] = await db
    .select({ value: count() })
    .from(workspaceMembers)
    .where(and(eq(workspaceMembers.workspaceId, workspaceId), eq(workspaceMembers.role, 'owner')));
  return row?.value ?? 0;
}

export async function findMemberRole(db: Db, workspaceId: string, userId: string): Promise<WorkspaceRole | undefined> {
  const [row] = await db
    .select({ role: workspaceMembers.role })
    .from(workspaceMembers)
    .where(and(eq(workspaceMembers.workspaceId, workspaceId), eq(workspaceMembers.userId, userId)));
  return row?.role;
}

export async function setMemberRole(db: Db, workspaceId: string, userId: string, role: WorkspaceRole): Promise<void> {
  await db.update(workspaceMembers).set({ role }).where(and(eq(workspaceMembers.workspaceId, workspaceId), eq(workspaceMembers.userId, userId)));
}

export async function deleteMember(db: Db, workspaceId: string, userId: string): Promise<void> {
  await db.delete(workspaceMembers).where(and(eq(workspaceMembers.workspaceId, workspaceId), eq(workspaceMembers.userId, userId)));
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

export async function insertInvitation(db: Db, values: typeof workspaceInvitations.$inferInsert): Promise<InvitationRow> {
  const [row] = await db.insert(workspaceInvitations).values(values).returning();
  if (!row) throw new Error('insert into workspace_invitations returned nothing');
  return row;
}

export async function findInvitations(db: Db, workspaceId: string): Promise<InvitationRow[]> {
  return db
    .select()
    .from(workspaceInvitations)
    .where(and(eq(workspaceInvitations.workspaceId, workspaceId), isNull(workspaceInvitations.revokedAt)))
    .orderBy(desc(workspaceInvitations.createdAt));
}

export async function revokeInvitation(db: Db, workspaceId: string, invitationId: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(workspaceInvitations)
    .set({ revokedAt: now })
    .where(and(eq(workspaceInvitations.id, invitationId), eq(workspaceInvitations.workspaceId, workspaceId), isNull(workspaceInvitations.acceptedAt)))
    .returning({ id: workspaceInvitations.id });
  return rows.length > 0;
}

export async function findOpenInvitationByTokenHash(db: Db, tokenHash: string, now: Date): Promise<InvitationRow | undefined> {
  const [row] = await db
    .select()
    .from(workspaceInvitations)
    .where(
      and(
        eq(workspaceInvitations.tokenHash, tokenHash),
        isNull(workspaceInvitations.acceptedAt),
        isNull(workspaceInvitations.revokedAt),
        gt(workspaceInvitations.expiresAt, now),
      ),
    );
  return row;
}

export async function acceptInvitation(db: Db, invitation: InvitationRow, userId: string, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .insert(workspaceMembers)
      .values({ workspaceId: invitation.workspaceId, userId, role: invitation.role })
      .onConflictDoNothing({ target: [workspaceMembers.workspaceId, workspaceMembers.userId] });
    await tx.update(workspaceInvitations).set({ acceptedAt: now, acceptedBy: userId }).where(eq(workspaceInvitations.id, invitation.id));
  });
}
