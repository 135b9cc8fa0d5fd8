import type { Config } from '#server/config.ts';
import type { SpeechCredentials } from './speech-credentials.ts';

/** What speech-to-text needs; passed in so tests can point it at a provider on the wire and swap the key lookup. */
export type SpeechDeps = {
  config: Pick<Config, 'speech'>;
  /** The caller's own OpenAI or Deepgram key, else the server's (speech-credentials.ts); undefined: no key at all. */
  resolveCredentials: (userId: string) => Promise<SpeechCredentials | undefined>;
  fetch: typeof fetch;
  /** For a user's own key, whose base URL is theirs: the outbound guard's fetch (decision 015). Unset: `fetch`. */
  guardedFetch?: typeof fetch;
};
