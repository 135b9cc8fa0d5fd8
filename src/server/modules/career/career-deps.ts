import type { AiEngine } from '#server/ai/index.ts';
import type { Db } from '#server/db/client.ts';
import type { Logger } from '#server/platform/logger.ts';
import type { Mailer } from '#server/platform/mail/index.ts';
import type { OutboundGuard } from '#server/platform/outbound/index.ts';
import type { Queue } from '#server/platform/queue/queue.ts';

/** What the career assistant needs: only what it uses, built once per process from the runtime. */
export type CareerDeps = {
  db: Db;
  engine: AiEngine;
  log: Logger;
  now: () => Date;
  /** Job pages named by their address are fetched only through it. */
  outbound: OutboundGuard;
  /** Follow-up reminders are e-mailed through it when the user asks. */
  mailer: Mailer;
  publicUrl: string;
  /** Absent in apps built without a queue: follow-up reminders and skill-gap analyses wait for the next process that has one. */
  queue?: Queue;
};
