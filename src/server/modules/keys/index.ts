import type { Config } from '#server/config.ts';
import type { Database } from '#server/db/client.ts';
import type { KeysDeps } from './keys-deps.ts';

export { createKeyStore, type KeyStore, type ProviderCredentials, type StoredLlmKey } from './key-store.ts';
export type { KeysDeps } from './keys-deps.ts';
export { keysRoutes } from './keys.routes.ts';
export { rotateServerSecret, type RotationReport } from './rotate-server-secret.ts';

/** The keys module's dependencies, built once per process. */
export function createKeysDeps(runtime: { config: Pick<Config, 'serverSecret'>; database: Database; now: () => Date; outbound: KeysDeps['outbound'] }): KeysDeps {
  if (!runtime.config.serverSecret) throw new Error('the keys module needs the server secret (main.ts resolves one from the data folder)');
  return { db: runtime.database.db, serverSecret: runtime.config.serverSecret, now: runtime.now, outbound: runtime.outbound };
}
