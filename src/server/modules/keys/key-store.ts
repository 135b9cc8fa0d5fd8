import type { Db } from '#server/db/client.ts';
import type { CredentialProvider } from '#shared/vocabulary.ts';
import { openCredentialSecret } from './credential-secret.ts';
import { findCredential, findCredentials, type CredentialOwner } from './keys.repo.ts';

/** Decrypted credentials, in memory only for the length of a call. */
export type ProviderCredentials = {
  provider: CredentialProvider;
  apiKey: string;
  apiSecret?: string;
  baseUrl?: string;
  model?: string;
  source: 'user' | 'workspace';
};

const llmProviders = ['openai', 'anthropic', 'openai-compatible'] as const;
type LlmProvider = (typeof llmProviders)[number];

/** What the AI engine's credential resolver asks the key store for (src/server/ai/credentials.ts StoredLlmKey). */
export type StoredLlmKey = { id: string; provider: LlmProvider; apiKey?: string; baseUrl?: string; model?: string };

function isLlmProvider(provider: CredentialProvider): provider is LlmProvider {
  return (llmProviders as readonly string[]).includes(provider);
}

/** Read side of BYOK for other modules (AI engine, live interviews). */
export function createKeyStore(deps: { db: Db; serverSecret: string }) {
  async function readOwner(owner: CredentialOwner, provider: CredentialProvider): Promise<ProviderCredentials | undefined> {
    const row = await findCredential(deps.db, owner, provider);
    if (!row) return undefined;
    const secret = openCredentialSecret(row, deps.serverSecret);
    return { provider, ...secret, baseUrl: row.baseUrl ?? undefined, model: row.model ?? undefined, source: owner.kind };
  }

  return {
    /** The user's own credentials for the provider, else the workspace's; undefined when neither stored one. */
    async resolveProviderCredentials(input: { userId?: string; workspaceId?: string; provider: CredentialProvider }): Promise<ProviderCredentials | undefined> {
      if (input.userId) {
        const own = await readOwner({ kind: 'user', id: input.userId }, input.provider);
        if (own) return own;
      }
      return input.workspaceId ? readOwner({ kind: 'workspace', id: input.workspaceId }, input.provider) : undefined;
    },

    /** The owner's most recently saved LLM key (openai, anthropic or openai-compatible), decrypted. */
    async findStoredLlmKey(owner: CredentialOwner): Promise<StoredLlmKey | undefined> {
      const row = (await findCredentials(deps.db, owner)).find((candidate) => isLlmProvider(candidate.provider));
      if (!row || !isLlmProvider(row.provider)) return undefined;
      const secret = openCredentialSecret(row, deps.serverSecret);
      return { id: row.id, provider: row.provider, apiKey: secret.apiKey, baseUrl: row.baseUrl ?? undefined, model: row.model ?? undefined };
    },
  };
}
export type KeyStore = ReturnType<typeof createKeyStore>;
