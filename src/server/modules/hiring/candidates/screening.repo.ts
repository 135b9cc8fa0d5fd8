import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { batchFiles, candidates, cvBatches, jobs, resumeEntities, resumes } from '#server/db/schema/index.ts';
import type { ParsedResume } from '#shared/ai/resume.ts';
import type { BatchFileRow } from '#server/modules/hiring/batches/batches.repo.ts';
import { refreshBatchCounts, type FinishedBatch } from '#server/modules/hiring/batches/batches.repo.ts';
import type { MatchOutcome } from '#server/modules/hiring/hiring-ai.ts';
import type { StoredEmbedding } from '#server/modules/hiring/search/embeddings.repo.ts';

/** Everything the screening of one file needs to know, or undefined when the file is gone. */
export async function findFileToScreen(db: Db, batchFileId: string) {
  const [row] = await db
    .select({ file: batchFiles, workspaceId: cvBatches.workspaceId, createdBy: cvBatches.createdBy, job: jobs })
    .from(batchFiles)
    .innerJoin(cvBatches, eq(cvBatches.id, batchFiles.batchId))
    .innerJoin(jobs, eq(jobs.id, cvBatches.jobId))
    .where(eq(batchFiles.id, batchFileId));
  return row;
}

export async function markFileProcessing(db: Db, file: BatchFileRow): Promise<void> {
  await db.update(batchFiles).set({ status: 'processing' }).where(and(eq(batchFiles.id, file.id), eq(batchFiles.status, 'queued')));
  await db.update(cvBatches).set({ status: 'processing' }).where(and(eq(cvBatches.id, file.batchId), eq(cvBatches.status, 'queued')));
}

/**
 * Every write that finishes a file takes the job's advisory lock, so the counters each transaction recomputes always
 * see the files finished before it: the last one to commit marks the batch completed.
 */
async function lockJob(db: Db, jobId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${jobId}))`);
}

/** Runs inside the transaction whose write finished the batch, so what it records commits with the batch or not at all. */
export type OnBatchFinished = (tx: Db, batch: FinishedBatch) => Promise<void>;

async function refreshBatch(tx: Db, batchId: string, onBatchFinished: OnBatchFinished | undefined): Promise<void> {
  const finished = await refreshBatchCounts(tx, batchId);
  if (finished && onBatchFinished) await onBatchFinished(tx, finished);
}

export async function markFileFailed(
  db: Db,
  failure: { file: BatchFileRow; jobId: string; code: string; message: string },
  onBatchFinished?: OnBatchFinished,
): Promise<void> {
  const { file, jobId, code, message } = failure;
  await db.transaction(async (tx) => {
    await lockJob(tx, jobId);
    await tx
      .update(batchFiles)
      .set({ status: 'failed', errorCode: code, errorMessage: message })
      .where(and(eq(batchFiles.id, file.id), inArray(batchFiles.status, ['queued', 'processing'])));
    await refreshBatch(tx, file.batchId, onBatchFinished);
  });
}

const digitsOnly = (phone: string | undefined) => (phone ? phone.replace(/\D/g, '') : '');

type Screened = {
  file: BatchFileRow;
  workspaceId: string;
  uploadedBy: string | null;
  jobId: string;
  /** The version of the job's requirements `match` was computed against (decision 054). */
  scoredVersion: number;
  parsed: ParsedResume;
  match: MatchOutcome;
  /** For semantic search; undefined without a provider or when it failed (the next start embeds it). */
  embedding: StoredEmbedding | undefined;
};

/**
 * Stores the parsed CV and its candidate in one transaction, holding the file row and a per-job lock so two workers
 * (or a retried job) can never create a second candidate: a file already finished is left alone, and a CV whose file,
 * email or phone is already a candidate of this job is recorded as a duplicate.
 */
export async function saveScreenedFile(db: Db, input: Screened, onBatchFinished?: OnBatchFinished): Promise<'saved' | 'duplicate' | 'skipped'> {
  return db.transaction(async (tx) => {
    const [locked] = await tx.select({ status: batchFiles.status }).from(batchFiles).where(eq(batchFiles.id, input.file.id)).for('update');
    const status = locked?.status;
    if (status !== 'queued' && status !== 'processing') return 'skipped';
    await lockJob(tx, input.jobId);

    const basics = input.parsed.resume.basics ?? {};
    const email = basics.email?.trim().toLowerCase() || null;
    const phone = digitsOnly(basics.phone);
    const duplicate = await findDuplicate(tx, input.jobId, input.file.sha256, email, phone);

    const [resume] = await tx
      .insert(resumes)
      .values({
        workspaceId: input.workspaceId,
        uploadedBy: input.uploadedBy,
        fileName: input.file.fileName,
        storagePath: input.file.storagePath,
        sizeBytes: input.file.sizeBytes,
        mimeType: input.file.mimeType,
        sha256: input.file.sha256,
        rawText: input.parsed.text,
        processingStatus: 'parsed',
      })
      .returning({ id: resumes.id });
    if (input.parsed.entities.length > 0) {
      await tx.insert(resumeEntities).values(
        input.parsed.entities.map((entity) => ({
          resumeId: resume!.id,
          entityType: entity.type,
          value: entity.text,
          confidence: entity.confidence,
          startOffset: entity.start,
          endOffset: entity.end,
          contextWindow: input.parsed.text.slice(Math.max(0, entity.start - 40), entity.end + 40),
        })),
      );
    }

    if (duplicate) {
      await tx
        .update(batchFiles)
        .set({ status: 'duplicate', resumeId: resume!.id, duplicateOf: duplicate.id, errorCode: 'duplicate', errorMessage: duplicate.reason })
        .where(eq(batchFiles.id, input.file.id));
    } else {
      const [candidate] = await tx
        .insert(candidates)
        .values({ ...candidateValues(input), resumeId: resume!.id, email, phone: basics.phone ?? null })
        .onConflictDoNothing()
        .returning({ id: candidates.id });
      await tx.update(batchFiles).set({ status: 'done', resumeId: resume!.id, candidateId: candidate?.id ?? null }).where(eq(batchFiles.id, input.file.id));
    }
    await refreshBatch(tx, input.file.batchId, onBatchFinished);
    return duplicate ? 'duplicate' : 'saved';
  });
}

function candidateValues(input: Screened) {
  const { resume } = input.parsed;
  const location = resume.basics?.location;
  return {
    workspaceId: input.workspaceId,
    jobId: input.jobId,
    batchId: input.file.batchId,
    name: resume.basics?.name ?? null,
    location: location ? [location.city, location.region, location.countryCode].filter(Boolean).join(', ') || null : null,
    profile: resume as Record<string, unknown>,
    experience: resume.work ?? [],
    education: resume.education ?? [],
    ...scoreValues(input.match),
    scoredVersion: input.scoredVersion,
    ...(input.embedding ? { embedding: input.embedding.vector, embeddingModel: input.embedding.model } : {}),
  };
}

export function scoreValues(match: MatchOutcome) {
  return {
    overallScore: Math.round(match.score),
    scoreComponents: match.components,
    recommendation: match.recommendation,
    matchedSkills: match.matched,
    missingSkills: match.missing,
    missingNiceToHaveSkills: match.missingNiceToHave,
    additionalSkills: match.additional,
    // One finding per line; the profile returns them as a list.
    rankReasoning: match.reasoning.join('\n'),
    evidence: match.evidence,
  };
}

async function findDuplicate(db: Db, jobId: string, sha256: string | null, email: string | null, phone: string) {
  const matches = [sha256 ? eq(resumes.sha256, sha256) : undefined, email ? eq(candidates.email, email) : undefined];
  if (phone.length >= 7) matches.push(sql`regexp_replace(coalesce(${candidates.phone}, ''), '[^0-9]', '', 'g') = ${phone}`);
  const present = matches.filter((match) => match !== undefined);
  if (present.length === 0) return undefined;
  const rows = await db
    .select({ id: candidates.id, email: candidates.email, sha256: resumes.sha256 })
    .from(candidates)
    .leftJoin(resumes, eq(resumes.id, candidates.resumeId))
    .where(and(eq(candidates.jobId, jobId), or(...present)))
    .limit(5);
  const sameFile = rows.find((row) => sha256 && row.sha256 === sha256);
  if (sameFile) return { id: sameFile.id, reason: 'The same file is already a candidate for this job.' };
  const sameEmail = rows.find((row) => email && row.email === email);
  if (sameEmail) return { id: sameEmail.id, reason: 'A candidate with the same email is already screened for this job.' };
  const samePhone = rows[0];
  return samePhone ? { id: samePhone.id, reason: 'A candidate with the same phone number is already screened for this job.' } : undefined;
}
