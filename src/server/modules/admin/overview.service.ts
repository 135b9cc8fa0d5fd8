import { credentialsFromConfig } from '#server/ai/index.ts';
import { recordAudit, type RequestOrigin } from '#server/modules/audit/index.ts';
import { readServerLlmChoice } from '#server/modules/settings/index.ts';
import { authorizeAdmin, type Caller } from '#server/platform/access/index.ts';
import { AppError } from '#server/platform/errors.ts';
import type { FailedJobRef } from '#server/platform/queue/queue.ts';
import { appVersion } from '#server/version.ts';
import type { AdminOverview, FailedJobPage } from '#shared/contracts/admin.ts';
import { toPage, type PageQuery } from '#shared/contracts/common.ts';
import type { AdminDeps } from './admin-deps.ts';
import { countOpenTickets, countUsers, findDatabaseSize, findMailStanding } from './overview.repo.ts';

const dayMs = 24 * 60 * 60 * 1000;

/** Version, database, queue, mail, storage, AI providers, users and tickets: what an administrator checks first. */
export async function getOverview(deps: AdminDeps, caller: Caller): Promise<AdminOverview> {
  authorizeAdmin(caller);
  const now = deps.now();
  const { config } = deps;
  const [sizeBytes, mail, userCounts, openTickets, jobs, llmChoice] = await Promise.all([
    findDatabaseSize(deps.db),
    findMailStanding(deps.db, new Date(now.getTime() - dayMs)),
    countUsers(deps.db, new Date(now.getTime() - 7 * dayMs)),
    countOpenTickets(deps.db),
    deps.queue ? deps.queue.countJobs() : undefined,
    readServerLlmChoice({ db: deps.db, settingOverrides: config.settingOverrides }),
  ]);
  const llm = credentialsFromConfig(config, llmChoice);
  return {
    version: appVersion,
    database: { kind: deps.databaseKind, sizeBytes },
    queue: jobs ? { jobs, failed: jobs.reduce((total, job) => total + job.failed, 0) } : null,
    mail: {
      smtpConfigured: Boolean(config.mail.smtpUrl),
      sentLast24h: mail.sent,
      failedLast24h: mail.failed,
      lastError: mail.lastError ? { at: mail.lastError.at.toISOString(), message: mail.lastError.message } : null,
    },
    storage: config.storage.driver === 'local' ? { driver: 'local', location: config.storage.dir } : { driver: 's3', location: `s3://${config.storage.bucket}` },
    ai: {
      llm: llm ? { provider: llm.provider, model: llm.model } : null,
      embeddingsModel: config.embeddings?.model ?? null,
      speechProvider: config.speech.provider ?? null,
    },
    users: { total: userCounts.total, signedInLast7Days: userCounts.active },
    openTickets,
  };
}

function queueOf(deps: AdminDeps) {
  if (!deps.queue) throw new AppError('unavailable', 'This process runs no background queue; ask a server process started with `parley start`.');
  return deps.queue;
}

/** Background runs that failed after their last retry, newest first. */
export async function listFailedJobs(deps: AdminDeps, caller: Caller, query: PageQuery): Promise<FailedJobPage> {
  authorizeAdmin(caller);
  const { rows, total } = await queueOf(deps).findFailedJobs(query);
  return toPage(
    rows.map((row) => ({ ...row, failedAt: row.failedAt.toISOString() })),
    total,
    query,
  );
}

/** Runs a failed job again, or discards it for good; either is recorded in the audit log. */
export async function settleFailedJob(deps: AdminDeps, caller: Caller, ref: FailedJobRef, action: 'retry' | 'discard', origin: RequestOrigin): Promise<void> {
  authorizeAdmin(caller);
  const queue = queueOf(deps);
  const done = action === 'retry' ? await queue.retryFailedJob(ref) : await queue.discardFailedJob(ref);
  if (!done) throw new AppError('not_found', `There is no failed ${ref.name} job ${ref.id}.`);
  await recordAudit(deps.db, { actorId: caller.userId, action: action === 'retry' ? 'admin.job_retried' : 'admin.job_discarded', origin, target: `${ref.name}/${ref.id}`, at: deps.now() });
}
