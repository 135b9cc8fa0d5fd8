import { randomUUID } from 'node:crypto';
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { batchFiles, candidates, cvBatches, jobs, resumeEntities, resumes } from '#server/db/schema/index.ts';
import type { ParsedResume } from '#shared/ai/resume.ts';
import type { BatchFileRow } from '#server/modules/hiring/batches/batches.repo.ts';
import { refreshBatchCounts, type FinishedBatch } from '#server/modules/hiring/batches/batches.repo.ts';
import type { MatchOutcome } from '#server/modules/hiring/hiring-ai.ts';
import type { StoredEmbedding } from '#server/modules/hiring/search/embeddings.repo.ts';

/** Everything the screening of these files needs to know, the job included (read once for the lot); unfinished files only. */
export async function findFilesToScreen(db: Db, batchFileIds: readonly string[]) {
  if (batchFileIds.length === 0) return [];
  const rows = await db
    .select({ file: batchFiles, workspaceId: cvBatches.workspaceId, createdBy: cvBatches.createdBy, job: jobs })
    .from(batchFiles)
    .innerJoin(cvBatches, eq(cvBatches.id, batchFiles.batchId))
    .innerJoin(jobs, eq(jobs.id, cvBatches.jobId))
    .where(and(inArray(batchFiles.id, [...batchFileIds]), inArray(batchFiles.status, ['queued', 'processing'])));
  // In the order they were queued: the first file of a chunk is screened (and shown) first.
  const order = new Map(batchFileIds.map((id, index) => [id, index]));
  return rows.sort((a, b) => order.get(a.file.id)! - order.get(b.file.id)!);
}

export type FileToScreen = Awaited<ReturnType<typeof findFilesToScreen>>[number];

export async function markFilesProcessing(db: Db, files: readonly BatchFileRow[]): Promise<void> {
  if (files.length === 0) return;
  await db.update(batchFiles).set({ status: 'processing' }).where(and(inArray(batchFiles.id, files.map((file) => file.id)), eq(batchFiles.status, 'queued')));
  const batchIds = [...new Set(files.map((file) => file.batchId))];
  await db.update(cvBatches).set({ status: 'processing' }).where(and(inArray(cvBatches.id, batchIds), eq(cvBatches.status, 'queued')));
}

/**
 * Every write that finishes a file takes the job's advisory lock, so the counters each transaction recomputes always
 * see the files finished before it: the last one to commit marks the batch completed. Locks are taken in one order.
 */
async function lockJobs(db: Db, jobIds: readonly string[]): Promise<void> {
  for (const jobId of [...new Set(jobIds)].sort()) await db.execute(sql`select pg_advisory_xact_lock(hashtext(${jobId}))`);
}

/** Runs inside the transaction whose write finished the batch, so what it records commits with the batch or not at all. */
export type OnBatchFinished = (tx: Db, batch: FinishedBatch) => Promise<void>;

const digitsOnly = (phone: string | undefined) => (phone ? phone.replace(/\D/g, '') : '');

/** A file that could not be read as a CV, and why. */
export type FailedFile = { kind: 'failed'; file: BatchFileRow; jobId: string; code: string; message: string };

/** A file read, parsed and matched, ready to become a candidate (or a duplicate of one). */
export type ScreenedFile = {
  kind: 'screened';
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

export type ScreeningOutcome = 'saved' | 'duplicate' | 'failed' | 'skipped';

/** What a candidate of the job is known by when looking for duplicates. */
type KnownCandidate = { id: string; email: string | null; phoneDigits: string; sha256: string | null };

/** The finished row of a file, written with the others of its transaction in one statement. */
type FinishedFileRow = { id: string; status: 'done' | 'duplicate' | 'failed'; resumeId: string | null; candidateId: string | null; duplicateOf: string | null; errorCode: string | null; errorMessage: string | null };

/**
 * Finishes these files in one transaction: every parsed CV and its candidate, every failure. It holds the files' rows and
 * their jobs' locks so two workers (or a retried job) can never create a second candidate: a file already finished is
 * left alone ('skipped'), and a CV whose file, email or phone is already a candidate of its job (or of a CV before it
 * in this very call) is recorded as a duplicate. Rows are written a statement per table, not a statement per CV.
 */
export async function saveFinishedFiles(db: Db, items: readonly (ScreenedFile | FailedFile)[], onBatchFinished?: OnBatchFinished): Promise<ScreeningOutcome[]> {
  if (items.length === 0) return [];
  return db.transaction(async (tx) => {
    const ids = items.map((item) => item.file.id);
    // Row locks in one order (by id): two transactions over overlapping files cannot deadlock.
    const locked = await tx.select({ id: batchFiles.id, status: batchFiles.status }).from(batchFiles).where(inArray(batchFiles.id, ids)).orderBy(batchFiles.id).for('update');
    const open = new Set(locked.filter((row) => row.status === 'queued' || row.status === 'processing').map((row) => row.id));
    const outcomes: ScreeningOutcome[] = items.map(() => 'skipped');
    const todo = items.map((item, index) => ({ item, index })).filter(({ item, index }) => open.has(item.file.id) && ids.indexOf(item.file.id) === index);
    if (todo.length === 0) return outcomes;
    await lockJobs(tx, todo.map(({ item }) => item.jobId));

    const finished: FinishedFileRow[] = [];
    const screened = todo.filter((entry): entry is { item: ScreenedFile; index: number } => entry.item.kind === 'screened');
    for (const { item, index } of todo) {
      if (item.kind !== 'failed') continue;
      finished.push({ id: item.file.id, status: 'failed', resumeId: null, candidateId: null, duplicateOf: null, errorCode: item.code, errorMessage: item.message });
      outcomes[index] = 'failed';
    }

    const known = await findKnownCandidates(tx, screened.map(({ item }) => item));
    const resumeRows: (typeof resumes.$inferInsert)[] = [];
    const entityRows: EntityRow[] = [];
    const candidateRows: (typeof candidates.$inferInsert)[] = [];
    for (const { item, index } of screened) {
      const basics = item.parsed.resume.basics ?? {};
      const email = basics.email?.trim().toLowerCase() || null;
      const phoneDigits = digitsOnly(basics.phone);
      const jobKnown = known.get(item.jobId) ?? [];
      known.set(item.jobId, jobKnown);
      const duplicate = findDuplicate(jobKnown, item.file.sha256, email, phoneDigits);
      const resumeId = randomUUID();
      resumeRows.push({
        id: resumeId,
        workspaceId: item.workspaceId,
        uploadedBy: item.uploadedBy,
        fileName: item.file.fileName,
        storagePath: item.file.storagePath,
        sizeBytes: item.file.sizeBytes,
        mimeType: item.file.mimeType,
        sha256: item.file.sha256,
        rawText: item.parsed.text,
        processingStatus: 'parsed',
      });
      for (const entity of item.parsed.entities) {
        entityRows.push({
          resume_id: resumeId,
          entity_type: entity.type,
          value: entity.text,
          confidence: entity.confidence,
          start_offset: entity.start,
          end_offset: entity.end,
          context_window: item.parsed.text.slice(Math.max(0, entity.start - 40), entity.end + 40),
        });
      }
      if (duplicate) {
        finished.push({ id: item.file.id, status: 'duplicate', resumeId, candidateId: null, duplicateOf: duplicate.id, errorCode: 'duplicate', errorMessage: duplicate.reason });
        outcomes[index] = 'duplicate';
        continue;
      }
      const candidateId = randomUUID();
      candidateRows.push({ ...candidateValues(item), id: candidateId, resumeId, email, phone: basics.phone ?? null });
      jobKnown.push({ id: candidateId, email, phoneDigits, sha256: item.file.sha256 });
      finished.push({ id: item.file.id, status: 'done', resumeId, candidateId, duplicateOf: null, errorCode: null, errorMessage: null });
      outcomes[index] = 'saved';
    }

    if (resumeRows.length > 0) await tx.insert(resumes).values(resumeRows);
    await insertEntities(tx, entityRows);
    if (candidateRows.length > 0) await tx.insert(candidates).values(candidateRows);
    await updateFinishedFiles(tx, finished);
    for (const batchId of [...new Set(todo.map(({ item }) => item.file.batchId))]) {
      const done = await refreshBatchCounts(tx, batchId);
      if (done && onBatchFinished) await onBatchFinished(tx, done);
    }
    return outcomes;
  });
}

type EntityRow = { resume_id: string; entity_type: string; value: string; confidence: number; start_offset: number; end_offset: number; context_window: string };

/**
 * A group's entities (dozens a CV) in one statement with one parameter: as a multi-row insert, building the statement
 * and binding its thousands of parameters cost more than the rows themselves (decision 052).
 */
async function insertEntities(tx: Db, rows: readonly EntityRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.execute(sql`
    insert into ${resumeEntities} (resume_id, entity_type, value, confidence, start_offset, end_offset, context_window)
    select resume_id, entity_type, value, confidence, start_offset, end_offset, context_window
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      as e(resume_id uuid, entity_type text, value text, confidence real, start_offset integer, end_offset integer, context_window text)`);
}

async function updateFinishedFiles(tx: Db, rows: readonly FinishedFileRow[]): Promise<void> {
  if (rows.length === 0) return;
  const values = sql.join(
    rows.map((row) => sql`(${row.id}::uuid, ${row.status}::text, ${row.resumeId}::uuid, ${row.candidateId}::uuid, ${row.duplicateOf}::uuid, ${row.errorCode}::text, ${row.errorMessage}::text)`),
    sql`, `,
  );
  await tx.execute(sql`
    update batch_files as f set status = v.status, resume_id = coalesce(v.resume_id, f.resume_id), candidate_id = coalesce(v.candidate_id, f.candidate_id),
      duplicate_of = coalesce(v.duplicate_of, f.duplicate_of), error_code = v.error_code, error_message = v.error_message, updated_at = now()
    from (values ${values}) as v(id, status, resume_id, candidate_id, duplicate_of, error_code, error_message)
    where f.id = v.id and f.status in ('queued', 'processing')`);
}

function candidateValues(input: ScreenedFile) {
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

/** The candidates of each job that these CVs could duplicate: same file, same email, or same phone digits; one query per job. */
async function findKnownCandidates(db: Db, items: readonly ScreenedFile[]): Promise<Map<string, KnownCandidate[]>> {
  const known = new Map<string, KnownCandidate[]>();
  for (const jobId of new Set(items.map((item) => item.jobId))) {
    const ofJob = items.filter((item) => item.jobId === jobId);
    const shas = ofJob.flatMap((item) => (item.file.sha256 ? [item.file.sha256] : []));
    const emails = ofJob.flatMap((item) => item.parsed.resume.basics?.email?.trim().toLowerCase() || []);
    const phones = ofJob.map((item) => digitsOnly(item.parsed.resume.basics?.phone)).filter((phone) => phone.length >= 7);
    const phoneDigits = sql<string>`regexp_replace(coalesce(${candidates.phone}, ''), '[^0-9]', '', 'g')`;
    const matches = [shas.length ? inArray(resumes.sha256, shas) : undefined, emails.length ? inArray(candidates.email, emails) : undefined, phones.length ? inArray(phoneDigits, phones) : undefined];
    const present = matches.filter((match) => match !== undefined);
    if (present.length === 0) {
      known.set(jobId, []);
      continue;
    }
    const rows = await db
      .select({ id: candidates.id, email: candidates.email, phoneDigits, sha256: resumes.sha256 })
      .from(candidates)
      .leftJoin(resumes, eq(resumes.id, candidates.resumeId))
      .where(and(eq(candidates.jobId, jobId), or(...present)))
      .orderBy(candidates.createdAt, candidates.id);
    known.set(jobId, rows);
  }
  return known;
}

/** Same file first, then same email, then same phone: the reason a recruiter is shown names the strongest. */
function findDuplicate(known: readonly KnownCandidate[], sha256: string | null, email: string | null, phone: string) {
  const sameFile = sha256 ? known.find((row) => row.sha256 === sha256) : undefined;
  if (sameFile) return { id: sameFile.id, reason: 'The same file is already a candidate for this job.' };
  const sameEmail = email ? known.find((row) => row.email === email) : undefined;
  if (sameEmail) return { id: sameEmail.id, reason: 'A candidate with the same email is already screened for this job.' };
  const samePhone = phone.length >= 7 ? known.find((row) => row.phoneDigits === phone) : undefined;
  return samePhone ? { id: samePhone.id, reason: 'A candidate with the same phone number is already screened for this job.' } : undefined;
}
