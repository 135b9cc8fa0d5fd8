import type { SpeechProvider } from '#shared/contracts/speech.ts';
import type { Config } from '#server/config.ts';

/** One provider, key and model to transcribe with; the key is plain text only in memory, for the length of a call. */
export type SpeechCredentials = {
  provider: SpeechProvider;
  apiKey: string;
  baseUrl?: string;
  model: string;
  /** Whose key: a stored key of the caller's or of the workspace the work belongs to (its base URL is theirs), or the server's. */
  source: 'user' | 'workspace' | 'server';
};

/** What the key store hands over for one of the caller's own stored keys. */
export type StoredSpeechKey = { apiKey: string; baseUrl?: string; source: 'user' | 'workspace' };
/** The caller's own stored key for the provider, else the workspace's when the work belongs to one. */
export type FindUserSpeechKey = (userId: string, provider: SpeechProvider, workspaceId?: string) => Promise<StoredSpeechKey | undefined>;

/** whisper-1 reports the recording's duration (verbose_json); the gpt-4o transcription models answer plain JSON only. */
const defaultSpeechModels: Readonly<Record<SpeechProvider, string>> = { openai: 'whisper-1', deepgram: 'nova-3' };

type SpeechConfig = Pick<Config, 'keys' | 'speech'>;

/**
 * The server's keyed provider: STT_PROVIDER when it names one, else the first of OpenAI and Deepgram whose key is
 * configured. STT_PROVIDER=offline means none: users' own keys still come first, then the offline rough draft.
 */
function serverProvider(config: SpeechConfig): SpeechProvider | undefined {
  if (config.speech.provider === 'offline') return undefined;
  if (config.speech.provider) return config.speech.provider;
  if (config.keys.openai) return 'openai';
  return config.keys.deepgram ? 'deepgram' : undefined;
}

/**
 * The caller's own OpenAI or Deepgram key (the server's provider asked first), else the workspace's (for work in a
 * workspace, such as an interview room), else the server's key. STT_MODEL and
 * STT_BASE_URL belong to the server's provider; a user's key goes to the base URL stored with it, or the provider's own.
 */
export function createSpeechCredentialResolver(deps: { config: SpeechConfig; findUserKey: FindUserSpeechKey }) {
  const { config } = deps;
  const preferred = serverProvider(config);
  const order: SpeechProvider[] = preferred === 'deepgram' ? ['deepgram', 'openai'] : ['openai', 'deepgram'];
  const modelFor = (provider: SpeechProvider) => (provider === preferred && config.speech.model) || defaultSpeechModels[provider];
  const serverKey = preferred ? config.keys[preferred] : undefined;
  const serverCredentials: SpeechCredentials | undefined =
    preferred && serverKey
      ? { provider: preferred, apiKey: serverKey, model: modelFor(preferred), source: 'server', ...(config.speech.baseUrl ? { baseUrl: config.speech.baseUrl } : {}) }
      : undefined;

  return async (userId: string, workspaceId?: string): Promise<SpeechCredentials | undefined> => {
    for (const provider of order) {
      const key = await deps.findUserKey(userId, provider, workspaceId);
      if (key) return { provider, apiKey: key.apiKey, model: modelFor(provider), source: key.source, ...(key.baseUrl ? { baseUrl: key.baseUrl } : {}) };
    }
    return serverCredentials;
  };
}
