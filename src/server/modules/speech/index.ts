import type { Config } from '#server/config.ts';
import type { Database } from '#server/db/client.ts';
import { createKeyStore } from '#server/modules/keys/index.ts';
import { defaultOfflineCommands } from './offline/offline-engine.ts';
import { createWorkQueue } from './offline/work-queue.ts';
import type { OutboundGuard } from '#server/platform/outbound/index.ts';
import { createSpeechCredentialResolver } from './speech-credentials.ts';
import type { SpeechDeps } from './speech-deps.ts';
import { findOfflineSpeechOptIn, saveOfflineSpeechOptIn } from './speech.repo.ts';
import { offlineMaxWaiting } from './speech.service.ts';

export { sniffAudioFormat } from './audio-format.ts';
export { readAudioUpload, type AudioUpload } from './read-audio-upload.ts';
export { signalOfReply } from './reply-signal.ts';
export type { SpeechCaller, SpeechDeps } from './speech-deps.ts';
export { speechRoutes } from './speech.routes.ts';
export { checkSpeechAvailability, transcribeRecording } from './speech.service.ts';
export { takeVoiceAnswer } from './take-voice-answer.ts';
export { noStreamingKeyMessage, openTranscriptionStream } from './streaming/open-transcription-stream.ts';
export { bytesOf } from './streaming/provider-socket.ts';
export type { StreamResult, TranscriptionStream } from './streaming/stream-types.ts';

/**
 * The speech dependencies of a server process: the caller's stored OpenAI/Deepgram key, else the server's, else the
 * offline rough draft (one queue per process bounds how many run at once).
 */
export function createSpeechDeps(deps: { config: Config; database: Database; outbound: Pick<OutboundGuard, 'fetch'> & Partial<Pick<OutboundGuard, 'resolve'>> }): SpeechDeps {
  const { config, database } = deps;
  if (!config.serverSecret) throw new Error('The server secret must be resolved before speech-to-text is set up.');
  const keyStore = createKeyStore({ db: database.db, serverSecret: config.serverSecret });
  const resolveCredentials = createSpeechCredentialResolver({
    config,
    findUserKey: async (userId, provider, workspaceId) => {
      const stored = await keyStore.resolveProviderCredentials({ userId, provider, ...(workspaceId ? { workspaceId } : {}) });
      return stored && { apiKey: stored.apiKey, source: stored.source, ...(stored.baseUrl ? { baseUrl: stored.baseUrl } : {}) };
    },
  });
  const offline = {
    commands: defaultOfflineCommands,
    queue: createWorkQueue({ concurrency: config.speech.offlineConcurrency, maxWaiting: offlineMaxWaiting }),
    isOptedIn: (userId: string) => findOfflineSpeechOptIn(database.db, userId),
    setOptedIn: (userId: string, enabled: boolean) => saveOfflineSpeechOptIn(database.db, userId, enabled),
  };
  return { config, resolveCredentials, fetch, guardedFetch: deps.outbound.fetch, offline, ...(deps.outbound.resolve ? { resolveOutbound: deps.outbound.resolve } : {}) };
}
