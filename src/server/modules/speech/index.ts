import type { Config } from '#server/config.ts';
import type { Database } from '#server/db/client.ts';
import { createKeyStore } from '#server/modules/keys/index.ts';
import type { OutboundGuard } from '#server/platform/outbound/index.ts';
import { createSpeechCredentialResolver } from './speech-credentials.ts';
import type { SpeechDeps } from './speech-deps.ts';

export { sniffAudioFormat } from './audio-format.ts';
export { readAudioUpload, type AudioUpload } from './read-audio-upload.ts';
export type { SpeechDeps } from './speech-deps.ts';
export { speechRoutes } from './speech.routes.ts';
export { takeVoiceAnswer } from './take-voice-answer.ts';

/** The speech dependencies of a server process: the caller's stored OpenAI/Deepgram key, else the server's. */
export function createSpeechDeps(deps: { config: Config; database: Database; outbound: Pick<OutboundGuard, 'fetch'> }): SpeechDeps {
  const { config, database } = deps;
  if (!config.serverSecret) throw new Error('The server secret must be resolved before speech-to-text is set up.');
  const keyStore = createKeyStore({ db: database.db, serverSecret: config.serverSecret });
  const resolveCredentials = createSpeechCredentialResolver({
    config,
    findUserKey: async (userId, provider) => {
      const stored = await keyStore.resolveProviderCredentials({ userId, provider });
      return stored && { apiKey: stored.apiKey, ...(stored.baseUrl ? { baseUrl: stored.baseUrl } : {}) };
    },
  });
  return { config, resolveCredentials, fetch, guardedFetch: deps.outbound.fetch };
}
