import { and, eq } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { aiBudgets, providerCredentials, workspaceMembers, type CredentialProvider } from '#server/db/schema/index.ts';

/** What a budget limits: a workspace, a user's own stored keys together, or one stored key. */
export type BudgetOwner = { payer: 'workspace'; workspaceId: string } | { payer: 'user'; userId: string } | { payer: 'key'; keyId: string };

export type BudgetRow = { id: string; monthlyTokens: number | null; monthlyCostUsd: number | null };
export type BudgetLimits = { monthlyTokens: number | null; monthlyCostUsd: number | null };

function ownerWhere(owner: BudgetOwner) {
  switch (owner.payer) {
    case 'workspace':
      return eq(aiBudgets.workspaceId, owner.workspaceId);
    case 'user':
      return eq(aiBudgets.userId, owner.userId);
    case 'key':
      return eq(aiBudgets.credentialId, owner.keyId);
  }
}

function conflictTarget(owner: BudgetOwner) {
  return { workspace: aiBudgets.workspaceId, user: aiBudgets.userId, key: aiBudgets.credentialId }[owner.payer];
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
    credentialId: owner.payer === 'key' ? owner.keyId : null,
    ...limits,
    updatedBy,
  };
  await db
    .insert(aiBudgets)
    .values(values)
    .onConflictDoUpdate({ target: conflictTarget(owner), set: { ...limits, updatedBy } });
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

/** A stored key's owner (a user, or a workspace) and provider; undefined when there is no such key. */
export async function findKeyOwner(db: Db, keyId: string): Promise<{ userId: string | null; workspaceId: string | null; provider: string } | undefined> {
  const [row] = await db
    .select({ userId: providerCredentials.userId, workspaceId: providerCredentials.workspaceId, provider: providerCredentials.provider })
    .from(providerCredentials)
    .where(eq(providerCredentials.id, keyId));
  return row;
}

/** The id of the owner's stored key of a provider, or undefined. */
export async function findKeyId(db: Db, owner: { userId: string } | { workspaceId: string }, provider: CredentialProvider): Promise<string | undefined> {
  const ownedBy = 'userId' in owner ? eq(providerCredentials.userId, owner.userId) : eq(providerCredentials.workspaceId, owner.workspaceId);
  const [row] = await db
    .select({ id: providerCredentials.id })
    .from(providerCredentials)
    .where(and(ownedBy, eq(providerCredentials.provider, provider)));
  return row?.id;
}
