import { symmetricDecrypt, symmetricEncrypt } from 'better-auth/crypto';
import type { Db } from '#server/db/client.ts';
import { openSecret, sealSecret } from '#server/platform/crypto/secret-box.ts';
import { credentialContext, ownerOfRow } from './credential-secret.ts';
import { findEveryCredential, findEveryTwoFactorSecret, replaceCredentialSecret, replaceTwoFactorSecret } from './sealed-secrets.repo.ts';

export type RotationReport = { providerCredentials: number; twoFactorSecrets: number };

/**
 * Re-encrypts everything encrypted under the server secret, in one transaction: provider keys (AES-256-GCM, fresh salt
 * and nonce) and better-auth's TOTP secrets and backup codes. Any record that does not open with the old secret aborts
 * the whole rotation, so nothing is half-rotated or lost.
 */
export async function rotateServerSecret(db: Db, oldSecret: string, newSecret: string): Promise<RotationReport> {
  return db.transaction(async (tx) => {
    const credentials = await findEveryCredential(tx);
    for (const row of credentials) {
      const context = credentialContext(ownerOfRow(row), row.provider);
      await replaceCredentialSecret(tx, row.id, sealSecret(openSecret(row, oldSecret, context), newSecret, context));
    }
    const factors = await findEveryTwoFactorSecret(tx);
    for (const row of factors) {
      const secret = await symmetricEncrypt({ key: newSecret, data: await symmetricDecrypt({ key: oldSecret, data: row.secret }) });
      const backupCodes = await symmetricEncrypt({ key: newSecret, data: await symmetricDecrypt({ key: oldSecret, data: row.backupCodes }) });
      await replaceTwoFactorSecret(tx, row.id, { secret, backupCodes });
    }
    return { providerCredentials: credentials.length, twoFactorSecrets: factors.length };
  });
}
