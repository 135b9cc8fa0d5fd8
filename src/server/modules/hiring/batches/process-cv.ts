import { z } from 'zod';
import { defaultMaxDocumentBytes, DocumentError } from '#server/ai/index.ts';
import type { Db } from '#server/db/client.ts';
import { defineJob } from '#server/platform/queue/job-definition.ts';
import type { Logger } from '#server/platform/logger.ts';
import { StorageError } from '#server/platform/storage/index.ts';
import { findFileToScreen, markFileFailed, markFileProcessing, saveScreenedFile, type OnBatchFinished } from '#server/modules/hiring/candidates/screening.repo.ts';
import { notify } from '#server/modules/notifications/index.ts';
import type { HiringDeps } from '#server/modules/hiring/hiring-deps.ts';
import { toJob } from '#server/modules/hiring/jobs/jobs.service.ts';
import { queueRescore } from '#server/modules/hiring/jobs/rescore-candidates.job.ts';
import { findRequirementsVersion, type RescoreRef } from '#server/modules/hiring/jobs/rescore.repo.ts';
import { embedCv } from '#server/modules/hiring/search/embed-records.ts';

/** Files per queued job: small enough to spread over workers, large enough that queue overhead stays small. */
const filesPerJob = 5;

export const processCvPayloadSchema = z.object({ batchFileIds: z.array(z.uuid()).min(1).max(50) });

/**
 * A few CVs of a batch, one after the other: read → parse → store → duplicate check → match → candidate. Each file
 * stands alone (one failing never stops the others) and a finished file is skipped, so the job is safe to run twice.
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
    handler: async ({ batchFileIds }, { log }) => {
      for (const batchFileId of batchFileIds) await processBatchFile(deps, batchFileId, log);
    },
  });
}

/** Queues these files, a few per job; inside `transaction` when given, so they are queued only if it commits. */
export async function queueCvFiles(deps: HiringDeps, fileIds: readonly string[], transaction?: Db): Promise<void> {
  if (!deps.queue) return;
  const job = createProcessCvJob(deps);
  for (let index = 0; index < fileIds.length; index += filesPerJob) {
    await deps.queue.send(job, { batchFileIds: fileIds.slice(index, index + filesPerJob) }, transaction ? { transaction } : {});
  }
}

const finished = new Set(['done', 'failed', 'duplicate']);

export async function processBatchFile(deps: HiringDeps, batchFileId: string, log: Logger = deps.log): Promise<void> {
  const found = await findFileToScreen(deps.db, batchFileId);
  if (!found || finished.has(found.file.status)) return;
  const { file, job, workspaceId } = found;
  await markFileProcessing(deps.db, file);
  const ctx = { userId: found.createdBy ?? undefined, workspaceId };

  let bytes: Buffer;
  try {
    bytes = await deps.storage.get(file.storagePath);
  } catch (error) {
    if (!(error instanceof StorageError)) throw error;
    return markFileFailed(deps.db, { file, jobId: job.id, code: 'unreadable_document', message: 'The file is missing from storage.' }, tellUploader);
  }

  let parsed;
  try {
    parsed = await deps.ai.parseCv({ bytes, fileName: file.fileName, mimeType: file.mimeType ?? undefined }, ctx);
  } catch (error) {
    if (error instanceof DocumentError) return markFileFailed(deps.db, { file, jobId: job.id, code: error.code, message: describeDocumentError(error) }, tellUploader);
    log.error({ err: error, batchFileId }, 'CV parsing failed');
    return markFileFailed(deps.db, { file, jobId: job.id, code: 'unreadable_document', message: 'The file could not be read as a CV.' }, tellUploader);
  }

  const current = toJob(job);
  const match = await deps.ai.matchCv(parsed, current, ctx);
  const { basics } = parsed.resume;
  const embedding = await embedCv(deps, parsed.resume, { name: basics?.name, email: basics?.email, phone: basics?.phone }, log);
  const outcome = await saveScreenedFile(deps.db, {
    file,
    workspaceId,
    uploadedBy: found.createdBy,
    jobId: job.id,
    scoredVersion: job.requirementsVersion,
    parsed,
    match,
    embedding,
  }, tellUploader);
  log.debug({ batchFileId, outcome }, 'CV screened');
  if (outcome === 'saved') await rescoreIfSuperseded(deps, { jobId: job.id, version: job.requirementsVersion }, found.createdBy);
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
