import type { Embedder } from '#server/ai/index.ts';
import type { Db } from '#server/db/client.ts';
import type { SettingOverrides } from '#server/modules/settings/index.ts';
import type { Logger } from '#server/platform/logger.ts';
import type { Queue } from '#server/platform/queue/queue.ts';
import type { FileStorage } from '#server/platform/storage/index.ts';
import type { HiringAi } from './hiring-ai.ts';

/** What the hiring services need; passed in so tests can use a real database with any storage or queue. */
export type HiringDeps = {
  db: Db;
  storage: FileStorage;
  ai: HiringAi;
  /** The installation settings fixed by environment variables: with `db`, what reads the upload limits (decision 015). */
  settingOverrides: SettingOverrides;
  log: Logger;
  /** The runtime's clock (export dates, years of a current job). */
  now: () => Date;
  /** Absent in apps built without a queue: batches are then stored but wait for a worker. */
  queue?: Queue;
  /** The embedding provider of semantic search; absent: search is full-text. */
  embedder?: Embedder;
};
