import type { AiEngine } from '#server/ai/index.ts';
import type { Db } from '#server/db/client.ts';
import type { SettingOverrides } from '#server/modules/settings/index.ts';
import type { Logger } from '#server/platform/logger.ts';
import type { Queue } from '#server/platform/queue/queue.ts';

/** What the practice services and the feedback job need; passed in so tests can swap the clock, queue and engine. */
export type PracticeDeps = {
  db: Db;
  engine: AiEngine;
  /** The installation settings fixed by environment variables: with `db`, what reads the idle timeout (decision 015). */
  settingOverrides: SettingOverrides;
  log: Logger;
  now: () => Date;
  /** Absent in apps built without a queue: reports then wait, pending, for the next process with a queue to start. */
  queue?: Queue;
};
