import type { AiEngine } from '#server/ai/index.ts';
import type { Config } from '#server/config.ts';
import type { Database } from '#server/db/client.ts';
import { createServerEngine } from '#server/engine.ts';
import { getSetting } from '#server/modules/settings/index.ts';
import { createSpeechDeps, type SpeechDeps } from '#server/modules/speech/index.ts';
import type { Logger } from '#server/platform/logger.ts';
import { createPubSub, type PubSub } from '#server/platform/pubsub.ts';
import { createMailer, type Mailer } from '#server/platform/mail/index.ts';
import { createOutboundGuard, type Lookup, type OutboundGuard } from '#server/platform/outbound/index.ts';
import type { Queue } from '#server/platform/queue/queue.ts';
import { createStorage, type FileStorage } from '#server/platform/storage/index.ts';

/**
 * What a server or worker process builds once and passes on: to the app (`buildApp`), to every job (`createAllJobs`)
 * and to the start-up recovery. Each module takes what it needs from it in its `create<Capability>Deps(runtime)`.
 */
export type Runtime = {
  config: Config;
  database: Database;
  log: Logger;
  /** The job queue; absent in tests that need no background work. */
  queue?: Queue;
  /** The one clock of the process (decision 012); tests pass a fixed one. */
  now: () => Date;
  engine: AiEngine;
  storage: FileStorage;
  mailer: Mailer;
  speech: SpeechDeps;
  /** LISTEN/NOTIFY between the processes on one database (decision 028). */
  pubsub: PubSub;
  /** Fetches URLs that users and workspaces supply, refusing this network's addresses unless allowed (decision 015). */
  outbound: OutboundGuard;
};

/**
 * Builds the AI engine, the file storage, the mailer and the speech service, once. The config must carry the resolved
 * server secret (main.ts resolves it first). The caller owns the result: closing the process closes the mailer.
 */
export function createRuntime(base: { config: Config; database: Database; log: Logger; queue?: Queue; now?: () => Date; outboundLookup?: Lookup; storage?: FileStorage }): Runtime {
  const { config, database, log, outboundLookup, storage, ...rest } = base;
  const now = base.now ?? (() => new Date());
  const outbound = createOutboundGuard({
    allowList: () => getSetting({ db: database.db, settingOverrides: config.settingOverrides }, 'outbound.allow'),
    ...(outboundLookup ? { lookup: outboundLookup } : {}),
  });
  return {
    ...rest,
    config,
    database,
    log,
    now,
    outbound,
    engine: createServerEngine({ config, database, log, now, outbound }),
    storage: storage ?? createStorage(config.storage),
    mailer: createMailer({ db: database.db, embedded: database.kind === 'pglite', smtpUrl: config.mail.smtpUrl, from: config.mail.from, log, now }),
    speech: createSpeechDeps({ config, database, outbound }),
    pubsub: createPubSub(database, log),
  };
}
