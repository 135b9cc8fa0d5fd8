import { and, count, desc, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { workspaceInvitations, workspaceMembers } from '#server/db/schema/index.ts';

export type InvitationRow = typeof workspaceInvitations.$inferSelect;

export async function insertInvitation(db: Db, values: typeof workspaceInvitations.$inferInsert): Promise<InvitationRow> {
  const [row] = await db.insert(workspaceInvitations).values(values).returning();
  if (!row) throw new Error('insert into workspace_invitations returned nothing');
  return row;
}

/** One page of a workspace's invitations that were not revoked (pending and accepted), newest first; with their count. */
export async function findInvitationPage(db: Db, query: { workspaceId: string; limit: number; offset: number }) {
  const where = and(eq(workspaceInvitations.workspaceId, query.workspaceId), isNull(workspaceInvitations.revokedAt));
  const rows = await db
    .select()
    .from(workspaceInvitations)
    .where(where)
    .orderBy(desc(workspaceInvitations.createdAt), desc(workspaceInvitations.id))
    .limit(query.limit)
    .offset(query.offset);
  const [total] = await db.select({ value: count() }).from(workspaceInvitations).where(where);
  return { rows, total: total?.value ?? 0 };
}

/** Revokes a pending invitation of the workspace; an accepted one, or one of another workspace, is not found. */
export async function revokeInvitation(db: Db, invitation: { workspaceId: string; invitationId: string }, now: Date): Promise<boolean> {
  const rows = await db
    .update(workspaceInvitations)
    .set({ revokedAt: now })
    .where(
      and(
        eq(workspaceInvitations.id, invitation.invitationId),
        eq(workspaceInvitations.workspaceId, invitation.workspaceId),
        isNull(workspaceInvitations.acceptedAt),
      ),
    )
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
