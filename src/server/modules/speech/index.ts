import type { Config } from '#server/config.ts';
import type { Database } from '#server/db/client.ts';
import { createKeyStore } from '#server/modules/keys/index.ts';
import { createSpeechService, type SpeechService } from './speech.service.ts';

export { sniffAudioFormat } from './audio-format.ts';
export { readAudioUpload, type AudioUpload } from './read-audio-upload.ts';
export type { SpeechService } from './speech.service.ts';
export { speechRoutes } from './speech.routes.ts';
export { takeVoiceAnswer } from './take-voice-answer.ts';

/** The speech service of a server process: the caller's stored OpenAI/Deepgram key, else the server's. */
export function createServerSpeech(deps: { config: Config; database: Database }): SpeechService {
  const { config, database } = deps;
  if (!config.serverSecret) throw new Error('The server secret must be resolved before the speech service is created.');
  const keyStore = createKeyStore({ db: database.db, serverSecret: config.serverSecret });
  return createSpeechService({
    config,
    findUserKey: async (userId, provider) => {
      const stored = await keyStore.resolveProviderCredentials({ userId, provider });
      return stored && { apiKey: stored.apiKey, ...(stored.baseUrl ? { baseUrl: stored.baseUrl } : {}) };
    },
  });
}
