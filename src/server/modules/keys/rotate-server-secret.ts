import { symmetricDecrypt, symmetricEncrypt } from 'better-auth/crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { providerCredentials, twoFactors } from '#server/db/schema/index.ts';
import { openSecret, sealSecret } from '#server/platform/crypto/secret-box.ts';
import { credentialContext, ownerOfRow } from './credential-secret.ts';

export type RotationReport = { providerCredentials: number; twoFactorSecrets: number };

/**
 * Re-encrypts everything encrypted under the server secret, in one transaction: provider keys (AES-256-GCM, fresh salt
 * and nonce) and better-auth's TOTP secrets and backup codes. Any record that does not open with the old secret aborts
 * the whole rotation, so nothing is half-rotated or lost.
 */
export async function rotateServerSecret(db: Db, oldSecret: string, newSecret: string): Promise<RotationReport> {
  return db.transaction(async (tx) => {
    const credentials = await tx.select().from(providerCredentials);
    for (const row of credentials) {
      const context = credentialContext(ownerOfRow(row), row.provider);
      const sealed = sealSecret(openSecret(row, oldSecret, context), newSecret, context);
      await tx.update(providerCredentials).set(sealed).where(eq(providerCredentials.id, row.id));
    }
    const factors = await tx.select().from(twoFactors);
    for (const row of factors) {
      const secret = await symmetricEncrypt({ key: newSecret, data: await symmetricDecrypt({ key: oldSecret, data: row.secret }) });
      const backupCodes = await symmetricEncrypt({ key: newSecret, data: await symmetricDecrypt({ key: oldSecret, data: row.backupCodes }) });
      await tx.update(twoFactors).set({ secret, backupCodes }).where(eq(twoFactors.id, row.id));
    }
    return { providerCredentials: credentials.length, twoFactorSecrets: factors.length };
  });
}
