import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/** One encrypted secret as stored: every part base64, so it fits text columns. */
export type SealedSecret = { ciphertext: string; nonce: string; salt: string; authTag: string };

const keyInfo = Buffer.from('parley/secret-box/v1');

/**
 * AES-256-GCM under a key derived (HKDF-SHA256) from the server secret and a random 16-byte salt per record,
 * with a random 12-byte nonce. A leaked row alone is useless, and two rows never share a key.
 * `context` (e.g. "user:<id>:openai") is bound as associated data so a ciphertext cannot be moved to another row.
 */
export function sealSecret(plaintext: string, serverSecret: string, context = ''): SealedSecret {
  const salt = randomBytes(16);
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', deriveKey(serverSecret, salt), nonce);
  cipher.setAAD(Buffer.from(context));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return {
    ciphertext: ciphertext.toString('base64'),
    nonce: nonce.toString('base64'),
    salt: salt.toString('base64'),
    authTag: cipher.getAuthTag().toString('base64'),
  };
}

export class SecretBoxError extends Error {
  override readonly name = 'SecretBoxError';
}

/** Decrypts a sealed secret; throws SecretBoxError when the secret, the context or the data is wrong. */
export function openSecret(sealed: SealedSecret, serverSecret: string, context = ''): string {
  try {
    const decipher = createDecipheriv('aes-256-gcm', deriveKey(serverSecret, Buffer.from(sealed.salt, 'base64')), Buffer.from(sealed.nonce, 'base64'));
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(Buffer.from(sealed.authTag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(sealed.ciphertext, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    throw new SecretBoxError('Could not decrypt a stored secret: the server secret changed or the record was tampered with.');
  }
}

function deriveKey(serverSecret: string, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', Buffer.from(serverSecret, 'utf8'), salt, keyInfo, 32));
}
