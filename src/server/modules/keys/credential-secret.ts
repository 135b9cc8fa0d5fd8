import { openSecret, sealSecret, type SealedSecret } from '#server/platform/crypto/secret-box.ts';
import type { CredentialOwner, CredentialRow } from './keys.repo.ts';

/** The secret part of a credential, encrypted as one JSON document (LiveKit has a key and a secret). */
export type CredentialSecret = { apiKey: string; apiSecret?: string };

/** Binds a ciphertext to its row's owner and provider, so it cannot be copied onto another row. */
export function credentialContext(owner: CredentialOwner, provider: string): string {
  return `provider-credential:${owner.kind}:${owner.id}:${provider}`;
}

export function ownerOfRow(row: Pick<CredentialRow, 'userId' | 'workspaceId'>): CredentialOwner {
  if (row.userId) return { kind: 'user', id: row.userId };
  if (row.workspaceId) return { kind: 'workspace', id: row.workspaceId };
  throw new Error('provider credential without an owner');
}

export function sealCredentialSecret(secret: CredentialSecret, serverSecret: string, owner: CredentialOwner, provider: string): SealedSecret {
  return sealSecret(JSON.stringify(secret), serverSecret, credentialContext(owner, provider));
}

export function openCredentialSecret(row: CredentialRow, serverSecret: string): CredentialSecret {
  const plain = openSecret(row, serverSecret, credentialContext(ownerOfRow(row), row.provider));
  return JSON.parse(plain) as CredentialSecret;
}

/** Only the end of a long key is shown; a short one is not shown at all, since four characters would be most of it. */
export function lastFour(apiKey: string): string | null {
  return apiKey.length >= 8 ? apiKey.slice(-4) : null;
}
