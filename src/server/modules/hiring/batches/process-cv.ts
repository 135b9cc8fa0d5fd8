import { z } from 'zod';
import { defaultMaxDocumentBytes, DocumentError, documentReaderCount } from '#server/ai/index.ts';
import type { Db } from '#server/db/client.ts';
import { defineJob } from '#server/platform/queue/job-definition.ts';
import type { Logger } from '#server/platform/logger.ts';
import { StorageError } from '#server/platform/storage/index.ts';
import {
  findFilesToScreen,
  markFilesProcessing,
  saveFinishedFiles,
  type FailedFile,
  type FileToScreen,
  type OnBatchFinished,
  type ScreenedFile,
} from '#server/modules/hiring/candidates/screening.repo.ts';
import { notify } from '#server/modules/notifications/index.ts';
import type { HiringDeps } from '#server/modules/hiring/hiring-deps.ts';
import { toJob } from '#server/modules/hiring/jobs/jobs.service.ts';
import { queueRescore } from '#server/modules/hiring/jobs/rescore-candidates.job.ts';
import { findRequirementsVersion, type RescoreRef } from '#server/modules/hiring/jobs/rescore.repo.ts';
import { embedCv } from '#server/modules/hiring/search/embed-records.ts';

/**
 * Files per queued job: a handful for a small batch (spread over workers, progress seen early), more for a large one
 * so the queue's own bookkeeping (a fetch and a completion per job) stays a small part of the work (decision 052).
 */
export function filesPerJob(total: number): number {
  return Math.min(50, Math.max(5, Math.ceil(total / 20)));
}

export const processCvPayloadSchema = z.object({ batchFileIds: z.array(z.uuid()).min(1).max(50) });

/**
 * A chunk of CVs of a batch: read → parse → match, then stored → duplicate check → candidate. Each file stands alone
 * (one failing never stops the others) and a finished file is skipped, so the job is safe to run twice.
 */
export function createProcessCvJob(deps: HiringDeps) {
  return defineJob({
    name: 'hiring.process-cvs',
    schema: processCvPayloadSchema,
    concurrency: 2,
    retryLimit: 3,
    retryDelaySeconds: 2,
    // A CV takes milliseconds offline and seconds with an LLM. A job held by a worker that died is retried once its
    // heartbeat stops (at the latest after its expiry); a restart queues its files at once (requeue-stranded-files.ts).
    expireInSeconds: 600,
    heartbeatSeconds: 30,
    handler: async ({ batchFileIds }, { log }) => processBatchFiles(deps, batchFileIds, log),
  });
}

/** Queues these files, a chunk per job; inside `transaction` when given, so they are queued only if it commits. */
export async function queueCvFiles(deps: HiringDeps, fileIds: readonly string[], transaction?: Db): Promise<void> {
  if (!deps.queue) return;
  const job = createProcessCvJob(deps);
  const size = filesPerJob(fileIds.length);
  for (let index = 0; index < fileIds.length; index += size) {
    await deps.queue.send(job, { batchFileIds: fileIds.slice(index, index + size) }, transaction ? { transaction } : {});
  }
}

export function processBatchFile(deps: HiringDeps, batchFileId: string, log: Logger = deps.log): Promise<void> {
  return processBatchFiles(deps, [batchFileId], log);
}

/**
 * Screens a chunk: its files and their jobs are read in one query. Offline, the document readers read and parse several
 * files at once on the other cores (a reader returns the parsed resume), and the chunk is stored in two groups, the
 * first while the second is parsed (see createFinishedFileWriter). With an LLM the files go one at a time, each stored
 * as soon as it is screened, as each costs the provider's time, not ours.
 */
export async function processBatchFiles(deps: HiringDeps, batchFileIds: readonly string[], log: Logger = deps.log): Promise<void> {
  const found = await findFilesToScreen(deps.db, batchFileIds);
  if (found.length === 0) return;
  await markFilesProcessing(deps.db, found.map(({ file }) => file));
  const jobsById = new Map(found.map(({ job }) => [job.id, toJob(job)]));
  const first = found[0]!;
  const offline = (await deps.ai.engineFor({ userId: first.createdBy ?? undefined, workspaceId: first.workspaceId })) === 'offline';
  const writer = createFinishedFileWriter(deps, log, offline ? Math.ceil(found.length / 2) : 1);
  // Twice the readers, so each has its next file waiting while this thread stores the last ones.
  await forEachConcurrently(found, offline ? documentReaderCount * 2 : 1, async (row) => {
    writer.add(await screenFile(deps, row, jobsById.get(row.job.id)!, log));
  });
  await writer.drain();
  const versions = new Map(found.map(({ job, createdBy }) => [job.id, { ref: { jobId: job.id, version: job.requirementsVersion }, createdBy }]));
  for (const { ref, createdBy } of versions.values()) await rescoreIfSuperseded(deps, ref, createdBy);
}

async function screenFile(deps: HiringDeps, found: FileToScreen, current: ReturnType<typeof toJob>, log: Logger): Promise<ScreenedFile | FailedFile> {
  const { file, job, workspaceId } = found;
  const ctx = { userId: found.createdBy ?? undefined, workspaceId };
  const fail = (code: string, message: string): FailedFile => ({ kind: 'failed', file, jobId: job.id, code, message });

  let bytes: Buffer;
  try {
    bytes = await deps.storage.get(file.storagePath);
  } catch (error) {
    if (!(error instanceof StorageError)) throw error;
    return fail('unreadable_document', 'The file is missing from storage.');
  }

  let parsed;
  try {
    parsed = await deps.ai.parseCv({ bytes, fileName: file.fileName, mimeType: file.mimeType ?? undefined }, ctx);
  } catch (error) {
    if (error instanceof DocumentError) return fail(error.code, describeDocumentError(error));
    log.error({ err: error, batchFileId: file.id }, 'CV parsing failed');
    return fail('unreadable_document', 'The file could not be read as a CV.');
  }

  const match = await deps.ai.matchCv(parsed, current, ctx);
  const { basics } = parsed.resume;
  const embedding = await embedCv(deps, parsed.resume, { name: basics?.name, email: basics?.email, phone: basics?.phone }, log);
  return { kind: 'screened', file, workspaceId, uploadedBy: found.createdBy, jobId: job.id, scoredVersion: job.requirementsVersion, parsed, match, embedding };
}

/**
 * Group commit: files are stored `groupSize` at a time in one transaction (a group's statements cost about what one
 * file's do), and what is left when the chunk is drained. A group finished while the writer is busy waits for it, so
 * storing never holds back screening. With `groupSize` 1 (an LLM) each file is stored as soon as the writer is free.
 * A failed write fails the job, which is retried.
 */
function createFinishedFileWriter(deps: HiringDeps, log: Logger, groupSize: number) {
  let pending: (ScreenedFile | FailedFile)[] = [];
  let writing: Promise<void> | undefined;
  let failure: Error | undefined;
  let draining = false;
  const groupReady = () => pending.length >= groupSize || (draining && pending.length > 0);
  const flush = async () => {
    while (groupReady() && failure === undefined) {
      const items = pending;
      pending = [];
      try {
        const outcomes = await saveFinishedFiles(deps.db, items, tellUploader);
        log.debug({ files: items.length, outcomes }, 'CVs screened');
      } catch (error) {
        failure = error instanceof Error ? error : new Error(String(error));
      }
    }
    writing = undefined;
  };
  return {
    add(item: ScreenedFile | FailedFile) {
      if (failure !== undefined) throw failure;
      pending.push(item);
      if (groupReady()) writing ??= flush();
    },
    async drain() {
      // Called once every file is added: the flush stores what is left, the last group included.
      draining = true;
      await (writing ?? flush());
      if (failure !== undefined) throw failure;
    },
  };
}

/** Runs `work` over the items, at most `limit` at a time; the first error stops new work and is thrown. */
async function forEachConcurrently<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const lane = async () => {
    while (!failed && next < items.length) {
      const item = items[next++]!;
      try {
        await work(item);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

/**
 * A CV matched against requirements that changed before its candidate was saved may have missed the rescore of the
 * new ones (it ran before the candidate existed): a run of the latest version picks it up. A run that has nothing left
 * to do finishes at once, so queuing one too many is harmless.
 */
async function rescoreIfSuperseded(deps: HiringDeps, ref: RescoreRef, requestedBy: string | null): Promise<void> {
  const latest = await findRequirementsVersion(deps.db, ref.jobId);
  if (latest === undefined || latest === ref.version) return;
  await deps.db.transaction(async (transaction) => queueRescore(deps, { jobId: ref.jobId, version: latest, requestedBy }, transaction));
}

/** The uploader hears when the last file of their batch is done, with what failed; once per batch. */
const tellUploader: OnBatchFinished = async (tx, batch) => {
  if (!batch.createdBy) return;
  const screened = batch.total - batch.failed - batch.duplicates;
  const parts = [`${screened} of ${batch.total} CVs ranked`, batch.failed ? `${batch.failed} could not be read` : '', batch.duplicates ? `${batch.duplicates} duplicates` : ''];
  await notify(tx, batch.createdBy, {
    type: 'batch_finished',
    eventKey: `batch:${batch.id}:finished`,
    title: batch.failed ? 'Screening finished, with failures' : 'Screening finished',
    message: `${batch.name}: ${parts.filter(Boolean).join(', ')}.`,
    link: `/hiring/batches/${batch.id}`,
    metadata: { batchId: batch.id, jobId: batch.jobId },
  });
};

/** Reasons never name the file: the batch shows its name beside them, or hides it under blind screening. */
function describeDocumentError(error: DocumentError): string {
  // The reader's own detail (a JSON Resume field past its limit, and which) says more than the code, and never names the file.
  if (error.detail) return error.detail;
  switch (error.code) {
    case 'no_text_layer':
      return 'The file is a scanned PDF without a text layer; upload a PDF with selectable text or a DOCX.';
    case 'empty_file':
      return 'The file is empty.';
    case 'unsupported_type':
      return 'The file is not a PDF, DOCX or TXT file.';
    case 'too_large':
      return `The file is larger than the ${defaultMaxDocumentBytes} bytes a CV may have.`;
    case 'unreadable_document':
      return 'The file is damaged or not a readable document.';
    case 'too_complex':
      return 'The file took too long or too much memory to read and was stopped; save it again as a plain PDF or DOCX.';
  }
}
