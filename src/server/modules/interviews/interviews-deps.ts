import type { ProviderCredentials } from '#server/modules/keys/index.ts';
import type { AiEngine } from '#server/ai/index.ts';
import type { Db } from '#server/db/client.ts';
import type { Logger } from '#server/platform/logger.ts';
import type { Mailer } from '#server/platform/mail/index.ts';
import type { Queue } from '#server/platform/queue/queue.ts';
import type { SettingOverrides } from '#server/modules/settings/index.ts';
import type { SpeechDeps } from '#server/modules/speech/index.ts';

/** What scheduling and the live room need: the database, the clock, mail, the AI engine, speech-to-text and (for reminders) the queue. */
export type InterviewsDeps = {
  db: Db;
  now: () => Date;
  log: Logger;
  mailer: Mailer;
  engine: AiEngine;
  /** Speech-to-text for the room's microphones (decision 041): the same service, keys and offline queue as dictation. */
  speech: SpeechDeps;
  publicUrl: string;
  /** The origins our pages are served from: the live speech socket (a GET upgrade, which no CSRF hook sees) checks them. */
  trustedOrigins: readonly string[];
  /** Absent in apps built without a queue: reminder rows are kept and queued by the next process that has one. */
  queue?: Queue;
  /** The installation settings fixed by environment variables (reminder offsets, scorecard follow-up). */
  settingOverrides: SettingOverrides;
  /** The embedded call (room/live-call.ts): the server's LiveKit, a workspace's stored LiveKit key, the guarded fetch for the latter. */
  liveKit: {
    server: { url: string; apiKey: string; apiSecret: string } | undefined;
    workspaceKey: (workspaceId: string) => Promise<ProviderCredentials | undefined>;
    guardedFetch: typeof fetch;
  };
};
