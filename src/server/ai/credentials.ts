import type { Config } from '#server/config.ts';
import type { LlmProviderName } from './types.ts';

export type CredentialSource = 'user' | 'workspace' | 'server';

/** Everything needed to call one model. The key is plain text only in memory, for the length of a call. */
export type LlmCredentials = {
  provider: LlmProviderName;
  model: string;
  apiKey?: string;
  baseUrl?: string;
  source: CredentialSource;
  /** The stored key's id (provider_credentials), for its budget and usage; unset for the server's own key. */
  keyId?: string;
  /** How to call a base URL a user or workspace gave: the outbound guard's fetch (decision 015). Unset: the server's own configuration, trusted. */
  fetch?: typeof fetch;
};

export type CredentialOwner = { kind: 'user' | 'workspace'; id: string };

/** A stored key as the key store hands it over, already decrypted. */
export type StoredLlmKey = {
  /** Its row in provider_credentials: usage is booked to it and its own budget checked. */
  id?: string;
  provider: LlmProviderName;
  apiKey?: string;
  baseUrl?: string;
  model?: string;
};

export type ResolveCredentials = (ctx: { userId?: string; workspaceId?: string }) => Promise<LlmCredentials | undefined>;

/** Models used when a key comes without one: small, cheap, good at JSON. */
export const defaultModels: Readonly<Record<Exclude<LlmProviderName, 'openai-compatible'>, string>> = {
  openai: 'gpt-4.1-mini',
  anthropic: 'claude-haiku-4-5',
};

type LlmConfig = Pick<Config, 'llm' | 'keys'>;

/**
 * The installation's choice among its own keys: the settings `ai.default-provider` and `ai.default-model` (whose
 * variables are LLM_PROVIDER and LLM_MODEL). `auto` and an empty model leave the choice to the keys configured.
 */
export type ServerLlmChoice = { provider: LlmProviderName | 'auto'; model: string };

/**
 * The server's own LLM: the chosen provider (LLM_PROVIDER, + model, base URL, key) wins; otherwise a bare
 * OPENAI_API_KEY or ANTHROPIC_API_KEY is enough. An openai-compatible server needs a base URL and a model, a key is
 * optional. Without a `choice`, LLM_PROVIDER and LLM_MODEL as configured (the CLI).
 */
export function credentialsFromConfig(config: LlmConfig, choice?: ServerLlmChoice): LlmCredentials | undefined {
  const { keys } = config;
  const llm = choice ? { ...config.llm, provider: choice.provider === 'auto' ? undefined : choice.provider, model: choice.model === '' ? undefined : choice.model } : config.llm;
  if (llm.provider === 'openai-compatible') {
    if (!llm.baseUrl || !llm.model) return undefined;
    return { provider: llm.provider, model: llm.model, baseUrl: llm.baseUrl, apiKey: llm.apiKey, source: 'server' };
  }
  if (llm.provider) {
    const apiKey = llm.apiKey ?? keys[llm.provider];
    if (!apiKey) return undefined;
    const model = llm.model ?? defaultModels[llm.provider];
    return { provider: llm.provider, model, apiKey, baseUrl: llm.baseUrl, source: 'server' };
  }
  for (const provider of ['openai', 'anthropic'] as const) {
    const apiKey = keys[provider];
    if (apiKey) return { provider, model: llm.model ?? defaultModels[provider], apiKey, baseUrl: llm.baseUrl, source: 'server' };
  }
  return undefined;
}

/** Turns a stored key into credentials; an openai-compatible key without a base URL and model is unusable. */
export function credentialsFromStoredKey(key: StoredLlmKey, source: CredentialSource): LlmCredentials | undefined {
  const keyId = key.id === undefined ? {} : { keyId: key.id };
  if (key.provider === 'openai-compatible') {
    if (!key.baseUrl || !key.model) return undefined;
    return { provider: key.provider, model: key.model, baseUrl: key.baseUrl, apiKey: key.apiKey, source, ...keyId };
  }
  if (!key.apiKey) return undefined;
  return {
    provider: key.provider,
    model: key.model ?? defaultModels[key.provider],
    apiKey: key.apiKey,
    baseUrl: key.baseUrl,
    source,
    ...keyId,
  };
}

export type CredentialResolverDeps = {
  config: LlmConfig;
  /** The key store: the owner's usable LLM key, decrypted, or undefined. */
  findStoredKey?: (owner: CredentialOwner) => Promise<StoredLlmKey | undefined>;
  /** The outbound guard's fetch, for the stored keys' calls: their base URLs are the users' and workspaces' (decision 015). */
  guardedFetch?: typeof fetch;
  /** The installation's default provider and model, read before each call that falls to the server's key: a change applies at once. */
  serverChoice?: () => Promise<ServerLlmChoice>;
};

/** The user's own key, else the workspace's, else the server's configuration. */
export function createCredentialResolver({ config, findStoredKey, guardedFetch, serverChoice }: CredentialResolverDeps): ResolveCredentials {
  const configured = credentialsFromConfig(config);
  return async ({ userId, workspaceId }) => {
    if (findStoredKey) {
      const owners: CredentialOwner[] = [];
      if (userId) owners.push({ kind: 'user', id: userId });
      if (workspaceId) owners.push({ kind: 'workspace', id: workspaceId });
      for (const owner of owners) {
        const key = await findStoredKey(owner);
        const credentials = key && credentialsFromStoredKey(key, owner.kind);
        if (credentials) return guardedFetch ? { ...credentials, fetch: guardedFetch } : credentials;
      }
    }
    return serverChoice ? credentialsFromConfig(config, await serverChoice()) : configured;
  };
}
