import { eq } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { providerCredentials, twoFactors } from '#server/db/schema/index.ts';
import type { SealedSecret } from '#server/platform/crypto/secret-box.ts';
import type { CredentialRow } from './keys.repo.ts';

/**
 * Every record encrypted under the server secret, of every owner: what `parley keys rotate-secret` reads and rewrites,
 * inside one transaction it passes as `db`.
 */

export async function findEveryCredential(db: Db): Promise<CredentialRow[]> {
  return db.select().from(providerCredentials);
}

export async function replaceCredentialSecret(db: Db, id: string, sealed: SealedSecret): Promise<void> {
  await db.update(providerCredentials).set(sealed).where(eq(providerCredentials.id, id));
}

/** better-auth's TOTP secret and backup codes of one user, each encrypted under the server secret. */
export type TwoFactorSecrets = { id: string; secret: string; backupCodes: string };

export async function findEveryTwoFactorSecret(db: Db): Promise<TwoFactorSecrets[]> {
  return db.select({ id: twoFactors.id, secret: twoFactors.secret, backupCodes: twoFactors.backupCodes }).from(twoFactors);
}

export async function replaceTwoFactorSecret(db: Db, id: string, sealed: Omit<TwoFactorSecrets, 'id'>): Promise<void> {
  await db.update(twoFactors).set(sealed).where(eq(twoFactors.id, id));
}
