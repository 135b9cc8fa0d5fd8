import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import { selectRows, type Db } from '#server/db/client.ts';
import { batchFiles, candidates, cvBatches, type BatchFileStatus } from '#server/db/schema/index.ts';
import type { PageQuery } from '#shared/contracts/common.ts';

export type BatchRow = typeof cvBatches.$inferSelect;
export type BatchFileRow = typeof batchFiles.$inferSelect;
/** A file with the score of the candidate it became (null until screened). */
export type ScoredBatchFileRow = BatchFileRow & { score: number | null };
export type NewBatchFile = Pick<BatchFileRow, 'fileName' | 'storagePath' | 'sizeBytes' | 'mimeType' | 'sha256' | 'status' | 'errorCode' | 'errorMessage'>;

export const finishedStatuses: readonly BatchFileStatus[] = ['done', 'failed', 'duplicate'];

/** Records a batch and its files; call it inside the transaction that also queues the files' jobs. */
export async function insertBatchWithFiles(
  tx: Db,
  batch: { workspaceId: string; jobId: string; createdBy: string; name: string },
  files: readonly NewBatchFile[],
): Promise<{ batch: BatchRow; files: BatchFileRow[] }> {
  const [row] = await tx.insert(cvBatches).values({ ...batch, status: 'queued', totalFiles: files.length }).returning();
  const inserted = await tx
    .insert(batchFiles)
    .values(files.map((file) => ({ ...file, batchId: row!.id })))
    .returning();
  await refreshBatchCounts(tx, row!.id);
  return { batch: row!, files: inserted };
}

export async function findBatch(db: Db, batchId: string): Promise<BatchRow | undefined> {
  const [row] = await db.select().from(cvBatches).where(eq(cvBatches.id, batchId));
  return row;
}

/** One page of the batches of a job, newest first, and how many there are. */
export async function findJobBatchPage(db: Db, jobId: string, page: PageQuery): Promise<{ rows: BatchRow[]; total: number }> {
  const where = eq(cvBatches.jobId, jobId);
  const { limit, offset } = page;
  const [rows, [counted]] = await Promise.all([
    db.select().from(cvBatches).where(where).orderBy(desc(cvBatches.createdAt), desc(cvBatches.id)).limit(limit).offset(offset),
    db.select({ total: count() }).from(cvBatches).where(where),
  ]);
  return { rows, total: counted?.total ?? 0 };
}

export async function findBatchFiles(db: Db, batchId: string): Promise<ScoredBatchFileRow[]> {
  const rows = await db
    .select({ file: batchFiles, score: candidates.overallScore })
    .from(batchFiles)
    .leftJoin(candidates, eq(candidates.id, batchFiles.candidateId))
    .where(eq(batchFiles.batchId, batchId))
    .orderBy(asc(batchFiles.createdAt), asc(batchFiles.fileName));
  return rows.map(({ file, score }) => ({ ...file, score }));
}

export async function findUnfinishedFileIds(db: Db, batchId: string): Promise<string[]> {
  const rows = await db
    .select({ id: batchFiles.id })
    .from(batchFiles)
    .where(and(eq(batchFiles.batchId, batchId), inArray(batchFiles.status, ['queued', 'processing'])));
  return rows.map((row) => row.id);
}

/** The unfinished files of every batch, oldest batch first. */
export async function findAllUnfinishedFileIds(db: Db): Promise<string[]> {
  const rows = await db
    .select({ id: batchFiles.id })
    .from(batchFiles)
    .where(inArray(batchFiles.status, ['queued', 'processing']))
    .orderBy(asc(batchFiles.createdAt), asc(batchFiles.id));
  return rows.map((row) => row.id);
}

/** Counters and status come from the files themselves, so a retried or concurrent job can never make them drift. */
/** A batch whose last file just finished: what its uploader is told. */
export type FinishedBatch = { id: string; jobId: string; name: string; createdBy: string | null; total: number; failed: number; duplicates: number };

/**
 * Recomputes a batch's counters from its files (never incremented, so retries cannot make them drift) and returns the
 * batch when this very update finished it: exactly one transaction sees a batch turn completed.
 */
export async function refreshBatchCounts(db: Db, batchId: string): Promise<FinishedBatch | undefined> {
  const rows = await selectRows<FinishedBatch & { wasCompleted: boolean; completed: boolean }>(db, sql`
    with before as (select status = 'completed' as was_completed from cv_batches where id = ${batchId})
    update cv_batches set
      total_files = counts.total,
      processed_files = counts.finished,
      failed_files = counts.failed,
      duplicate_files = counts.duplicates,
      status = case when counts.finished = counts.total then 'completed'
                    when counts.started > 0 then 'processing' else 'queued' end,
      completed_at = case when counts.finished = counts.total then coalesce(cv_batches.completed_at, now()) else null end,
      updated_at = now()
    from (
      select count(*)::int as total,
        (count(*) filter (where status in ('done', 'failed', 'duplicate')))::int as finished,
        (count(*) filter (where status <> 'queued'))::int as started,
        (count(*) filter (where status = 'failed'))::int as failed,
        (count(*) filter (where status = 'duplicate'))::int as duplicates
      from batch_files where batch_id = ${batchId}
    ) as counts
    where cv_batches.id = ${batchId}
    returning cv_batches.id, cv_batches.job_id as "jobId", cv_batches.name, cv_batches.created_by as "createdBy",
      cv_batches.total_files as total, cv_batches.failed_files as failed, cv_batches.duplicate_files as duplicates,
      cv_batches.status = 'completed' as completed, (select was_completed from before) as "wasCompleted"`);
  const [row] = rows;
  if (!row || !row.completed || row.wasCompleted) return undefined;
  return { id: row.id, jobId: row.jobId, name: row.name, createdBy: row.createdBy, total: row.total, failed: row.failed, duplicates: row.duplicates };
}
