import type { Config } from '#server/config.ts';
import type { Db } from '#server/db/client.ts';
import type { Queue } from '#server/platform/queue/queue.ts';

export type AdminDeps = {
  db: Db;
  now: () => Date;
  /** What the overview reports of the installation's configuration (never a secret). */
  config: Pick<Config, 'mail' | 'storage' | 'embeddings' | 'speech' | 'llm' | 'keys' | 'settingOverrides'>;
  databaseKind: 'pglite' | 'postgres';
  /** The background queue of this process, for its counts and failed runs; absent in a process without one. */
  queue?: Queue;
};
