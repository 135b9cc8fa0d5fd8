import type { Config } from '#server/config.ts';
import type { Caller } from '#server/platform/access/index.ts';
import type { OfflineEngineCommands } from './offline/offline-engine.ts';
import type { WorkQueue } from './offline/work-queue.ts';
import type { SpeechCredentials } from './speech-credentials.ts';

/** Whose speech it is: the caller, and the workspace the work belongs to (an interview room), whose key comes after theirs. */
export type SpeechCaller = Caller & { workspaceId?: string };

/** The offline rough draft: where its programs are, the queue bounding how many run at once, and the user's opt-in. */
export type OfflineSpeechDeps = {
  commands: OfflineEngineCommands;
  queue: WorkQueue;
  isOptedIn: (userId: string) => Promise<boolean>;
  setOptedIn: (userId: string, enabled: boolean) => Promise<void>;
};

/** What speech-to-text needs; passed in so tests can point it at a provider on the wire and swap the key lookup. */
export type SpeechDeps = {
  config: Pick<Config, 'speech'>;
  /** The caller's own OpenAI or Deepgram key, else the workspace's, else the server's (speech-credentials.ts); undefined: no key at all. */
  resolveCredentials: (userId: string, workspaceId?: string) => Promise<SpeechCredentials | undefined>;
  fetch: typeof fetch;
  /** For a user's own key, whose base URL is theirs: the outbound guard's fetch (decision 015). Unset: `fetch`. */
  guardedFetch?: typeof fetch;
  offline: OfflineSpeechDeps;
  /** The outbound guard's checked address for a host: live streams to a user's own base URL connect only through it. */
  resolveOutbound?: (hostname: string) => Promise<{ address: string; family: number }>;
};
