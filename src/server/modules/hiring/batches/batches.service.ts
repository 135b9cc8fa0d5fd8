import { authorize, type Caller } from '#server/platform/access/index.ts';
import { AppError } from '#server/platform/errors.ts';
import { toPage, type PageQuery } from '#shared/contracts/common.ts';
import type { Batch, BatchPage } from '#shared/contracts/hiring.ts';
import { getSetting } from '#server/modules/settings/index.ts';
import { isBlindJob } from '#server/modules/hiring/candidates/candidates.repo.ts';
import type { HiringDeps } from '#server/modules/hiring/hiring-deps.ts';
import { findBatch, findBatchFiles, findJobBatchPage, findUnfinishedFileIds, insertBatchWithFiles, type NewBatchFile, type ScoredBatchFileRow } from './batches.repo.ts';
import { queueCvFiles } from './process-cv.ts';
import type { UploadItem, UploadLimits } from './upload-item.ts';

/** The limits in force now (installation settings, decision 015): a change applies to the next upload. */
export async function uploadLimitsOf(deps: HiringDeps): Promise<UploadLimits> {
  const [maxFiles, maxFileBytes, maxTotalBytes] = await Promise.all([
    getSetting(deps, 'uploads.batch-max-files'),
    getSetting(deps, 'uploads.max-file-bytes'),
    getSetting(deps, 'uploads.batch-max-bytes'),
  ]);
  return { maxFiles, maxFileBytes, maxTotalBytes };
}

/**
 * Stores every received file, then records the batch, its files and one job per file in one transaction. Files
 * refused at upload (unsafe path, nested archive, too large) are recorded as failed with their reason.
 */
export async function startBatch(deps: HiringDeps, caller: Caller, jobId: string, receive: (limits: UploadLimits) => Promise<UploadItem[]>) {
  const access = await authorize(deps.db, caller, { kind: 'job', id: jobId }, 'write');
  const items = await receive(await uploadLimitsOf(deps));
  const files: NewBatchFile[] = [];
  // Stored a few at a time: file writes overlap, memory stays bounded.
  for (let index = 0; index < items.length; index += 16) {
    files.push(...(await Promise.all(items.slice(index, index + 16).map((item) => storeItem(deps, item)))));
  }
  const name = items.length === 1 ? items[0]!.name : `${items.length} files`;
  // The batch, its files and their jobs commit together: no batch is left waiting for jobs that were never queued.
  const created = await deps.db.transaction(async (tx) => {
    const inserted = await insertBatchWithFiles(tx, { workspaceId: access.workspaceId, jobId, createdBy: caller.userId, name }, files);
    await queueCvFiles(deps, inserted.files.filter((file) => file.status === 'queued').map((file) => file.id), tx);
    return inserted;
  });
  deps.log.info({ batchId: created.batch.id, files: files.length }, 'CV batch queued');
  return { id: created.batch.id };
}

async function storeItem(deps: HiringDeps, item: UploadItem): Promise<NewBatchFile> {
  if ('rejected' in item) {
    return { fileName: item.name, storagePath: '', sizeBytes: null, mimeType: item.mimeType ?? null, sha256: null, status: 'failed', errorCode: item.rejected.code, errorMessage: item.rejected.message };
  }
  const stored = await deps.storage.put(item.bytes);
  return { fileName: item.name, storagePath: stored.key, sizeBytes: stored.sizeBytes, mimeType: item.mimeType ?? null, sha256: stored.sha256, status: 'queued', errorCode: null, errorMessage: null };
}

/** Queues again every unfinished file of a batch (e.g. after jobs were lost); finished files are skipped by the job. */
export async function resumeBatch(deps: HiringDeps, caller: Caller, batchId: string): Promise<{ queued: number }> {
  await authorize(deps.db, caller, { kind: 'batch', id: batchId }, 'write');
  if (!deps.queue) throw new AppError('unavailable', 'No job queue runs in this process.');
  const ids = await findUnfinishedFileIds(deps.db, batchId);
  await queueCvFiles(deps, ids);
  return { queued: ids.length };
}

/** One page of the batches of a job, newest first, without their files. */
export async function listBatches(deps: HiringDeps, caller: Caller, jobId: string, query: PageQuery): Promise<BatchPage> {
  await authorize(deps.db, caller, { kind: 'job', id: jobId }, 'read');
  const { rows, total } = await findJobBatchPage(deps.db, jobId, query);
  const items = rows.map((batch) => ({
    id: batch.id,
    status: batch.status,
    total: batch.totalFiles,
    processed: batch.processedFiles,
    failed: batch.failedFiles,
    duplicates: batch.duplicateFiles,
    createdAt: batch.createdAt.toISOString(),
  }));
  return toPage(items, total, query);
}

function toBatchFile(file: ScoredBatchFileRow) {
  return {
    id: file.id,
    name: file.fileName,
    status: file.status,
    ...(file.errorMessage ? { error: file.errorMessage } : {}),
    ...(file.errorCode ? { errorCode: file.errorCode } : {}),
    ...(file.candidateId ? { candidateId: file.candidateId } : {}),
    ...(file.candidateId && file.score !== null ? { score: file.score } : {}),
    ...(file.duplicateOf ? { duplicateOf: file.duplicateOf } : {}),
  };
}

/** File names are personal markers too: a blind job's batch lists its files by number. */
export async function getBatch(deps: HiringDeps, caller: Caller, batchId: string, query: { blind?: 'true' | 'false' } = {}): Promise<Batch> {
  await authorize(deps.db, caller, { kind: 'batch', id: batchId }, 'read');
  const batch = await findBatch(deps.db, batchId);
  if (!batch) throw new AppError('not_found', 'Batch not found.');
  const files = await findBatchFiles(deps.db, batchId);
  const blind = query.blind === 'true' || (await isBlindJob(deps.db, batch.jobId));
  return {
    id: batch.id,
    jobId: batch.jobId,
    status: batch.status,
    total: batch.totalFiles,
    processed: batch.processedFiles,
    failed: batch.failedFiles,
    duplicates: batch.duplicateFiles,
    files: files.map((file, index) => (blind ? { ...toBatchFile(file), name: `File ${index + 1}` } : toBatchFile(file))),
  };
}
