import { and, desc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { providerCredentials, type CredentialCheckStatus, type CredentialProvider } from '#server/db/schema/index.ts';
import type { SealedSecret } from '#server/platform/crypto/secret-box.ts';

export type CredentialRow = typeof providerCredentials.$inferSelect;
export type CredentialOwner = { kind: 'user' | 'workspace'; id: string };

function ownedBy(owner: CredentialOwner): SQL {
  return owner.kind === 'user' ? eq(providerCredentials.userId, owner.id) : eq(providerCredentials.workspaceId, owner.id);
}

export async function findCredentials(db: Db, owner: CredentialOwner): Promise<CredentialRow[]> {
  return db.select().from(providerCredentials).where(ownedBy(owner)).orderBy(desc(providerCredentials.updatedAt));
}

export async function findCredential(db: Db, owner: CredentialOwner, provider: CredentialProvider): Promise<CredentialRow | undefined> {
  const [row] = await db
    .select()
    .from(providerCredentials)
    .where(and(ownedBy(owner), eq(providerCredentials.provider, provider)));
  return row;
}

export type CredentialValues = SealedSecret & { baseUrl: string | null; model: string | null; last4: string | null; updatedAt: Date };

/** A new or replaced key has not been checked yet, whatever its predecessor's check said. */
export async function upsertCredential(db: Db, owner: CredentialOwner, provider: CredentialProvider, values: CredentialValues): Promise<void> {
  const reset = { ...values, checkedAt: null, checkStatus: 'unchecked' as const, checkMessage: null };
  const existing = await findCredential(db, owner, provider);
  if (existing) {
    await db.update(providerCredentials).set(reset).where(eq(providerCredentials.id, existing.id));
    return;
  }
  await db.insert(providerCredentials).values({
    ...reset,
    provider,
    userId: owner.kind === 'user' ? owner.id : null,
    workspaceId: owner.kind === 'workspace' ? owner.id : null,
  });
}

export async function deleteCredential(db: Db, owner: CredentialOwner, provider: CredentialProvider): Promise<boolean> {
  const rows = await db
    .delete(providerCredentials)
    .where(and(ownedBy(owner), eq(providerCredentials.provider, provider)))
    .returning({ id: providerCredentials.id });
  return rows.length > 0;
}

export async function recordCheck(db: Db, id: string, check: { status: CredentialCheckStatus; message: string; at: Date }): Promise<void> {
  await db
    .update(providerCredentials)
    .set({ checkStatus: check.status, checkMessage: check.message.slice(0, 1000), checkedAt: check.at })
    .where(eq(providerCredentials.id, id));
}
