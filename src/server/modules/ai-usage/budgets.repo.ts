import { and, eq } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { aiBudgets, workspaceMembers } from '#server/db/schema/index.ts';

/** What a budget limits: a workspace, or a user's own stored key. */
export type BudgetOwner = { payer: 'workspace'; workspaceId: string } | { payer: 'user'; userId: string };

export type BudgetRow = { id: string; monthlyTokens: number | null; monthlyCostUsd: number | null };
export type BudgetLimits = { monthlyTokens: number | null; monthlyCostUsd: number | null };

function ownerWhere(owner: BudgetOwner) {
  return owner.payer === 'workspace' ? eq(aiBudgets.workspaceId, owner.workspaceId) : eq(aiBudgets.userId, owner.userId);
}

export async function findBudget(db: Db, owner: BudgetOwner): Promise<BudgetRow | undefined> {
  const [row] = await db
    .select({ id: aiBudgets.id, monthlyTokens: aiBudgets.monthlyTokens, monthlyCostUsd: aiBudgets.monthlyCostUsd })
    .from(aiBudgets)
    .where(ownerWhere(owner));
  return row;
}

/** Sets the owner's one budget, replacing the limits it had. */
export async function upsertBudget(db: Db, owner: BudgetOwner, limits: BudgetLimits, updatedBy: string): Promise<void> {
  const values = {
    payer: owner.payer,
    workspaceId: owner.payer === 'workspace' ? owner.workspaceId : null,
    userId: owner.payer === 'user' ? owner.userId : null,
    ...limits,
    updatedBy,
  };
  await db
    .insert(aiBudgets)
    .values(values)
    .onConflictDoUpdate({ target: owner.payer === 'workspace' ? aiBudgets.workspaceId : aiBudgets.userId, set: { ...limits, updatedBy } });
}

export async function deleteBudget(db: Db, owner: BudgetOwner): Promise<boolean> {
  const deleted = await db.delete(aiBudgets).where(ownerWhere(owner)).returning({ id: aiBudgets.id });
  return deleted.length > 0;
}

/** Who is told about a workspace's budget: its owners. */
export async function findWorkspaceOwnerIds(db: Db, workspaceId: string): Promise<string[]> {
  const rows = await db
    .select({ userId: workspaceMembers.userId })
    .from(workspaceMembers)
    .where(and(eq(workspaceMembers.workspaceId, workspaceId), eq(workspaceMembers.role, 'owner')));
  return rows.map((row) => row.userId);
}
