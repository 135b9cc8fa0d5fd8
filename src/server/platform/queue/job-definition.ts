import type { z } from 'zod';
import type { Logger } from '#server/platform/logger.ts';

export type JobContext = { jobId: string; attempt: number; log: Logger };

/**
 * A background job: a name, the schema of its payload (checked when queued and again when run) and a handler
 * that is safe to run twice (a job may be retried after a crash between its work and its completion).
 */
export type JobDefinition<Schema extends z.ZodType = z.ZodType> = {
  name: string;
  schema: Schema;
  handler: (data: z.output<Schema>, context: JobContext) => Promise<void>;
  retryLimit?: number;
  retryDelaySeconds?: number;
  expireInSeconds?: number;
  /** Workers refresh a heartbeat this often (at least 10 s); a run whose heartbeat stops is retried, its worker presumed dead. */
  heartbeatSeconds?: number;
  concurrency?: number;
};

export function defineJob<Schema extends z.ZodType>(definition: JobDefinition<Schema>): JobDefinition<Schema> {
  return definition;
}
