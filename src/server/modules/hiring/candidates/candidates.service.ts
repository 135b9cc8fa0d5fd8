import { AppError } from '#server/platform/errors.ts';
import type { CandidateProfile, CandidateRow, ListCandidatesQuery } from '#shared/contracts/hiring.ts';
import { candidateLabel } from '#shared/hiring/candidate-label.ts';
import { requireCandidateAccess, requireJobAccess, type Caller } from '../access.ts';
import type { HiringDeps } from '../hiring-deps.ts';
import { getJobRow, toJob } from '../jobs/jobs.service.ts';
import { isBlindJob } from './blind-mode.ts';
import { isMasked, toCandidateProfile, toCandidateRow } from './candidate-views.ts';
import { findCandidateResume, findCandidatesByIds, findJobCandidates, setCandidateStatus, type CandidateRecord } from './candidates.repo.ts';
import { rescoreJobCandidates } from './rescore-candidates.ts';

async function blindFor(deps: HiringDeps, jobId: string, asked: 'true' | 'false' | undefined): Promise<boolean> {
  return asked === 'true' || (await isBlindJob(deps.db, jobId));
}

/**
 * The ranking as the caller may see it. Sorting by name sorts by what each row is called here: a masked row by its
 * anonymous label, so the order never gives away a hidden name. Ties keep the best score first.
 */
export async function listCandidates(deps: HiringDeps, caller: Caller, jobId: string, query: ListCandidatesQuery): Promise<CandidateRow[]> {
  await requireJobAccess(deps.db, caller, jobId, 'read');
  const blind = await blindFor(deps, jobId, query.blind);
  const { sort, blind: _blind, ...filters } = query;
  const records = await findJobCandidates(deps.db, jobId, { ...filters, sort: sort === 'name' ? 'score' : sort });
  const rows = records.map((record) => toCandidateRow(record, blind));
  return sort === 'name' ? rows.sort((a, b) => candidateLabel(a).localeCompare(candidateLabel(b), undefined, { sensitivity: 'base' })) : rows;
}

async function getRecord(deps: HiringDeps, jobId: string, candidateId: string): Promise<CandidateRecord> {
  const [record] = await findCandidatesByIds(deps.db, jobId, [candidateId]);
  if (!record) throw new AppError('not_found', 'Candidate not found.');
  return record;
}

async function toProfile(deps: HiringDeps, record: CandidateRecord, blind: boolean): Promise<CandidateProfile> {
  const resume = record.resumeId ? await findCandidateResume(deps.db, record.resumeId) : undefined;
  return toCandidateProfile(record, resume, blind);
}

export async function getCandidate(deps: HiringDeps, caller: Caller, candidateId: string, asked?: 'true' | 'false'): Promise<CandidateProfile> {
  const access = await requireCandidateAccess(deps.db, caller, candidateId, 'read');
  return toProfile(deps, await getRecord(deps, access.jobId, candidateId), await blindFor(deps, access.jobId, asked));
}

/** The original upload; refused while blind screening hides who the candidate is. */
export async function getCandidateFile(deps: HiringDeps, caller: Caller, candidateId: string) {
  const access = await requireCandidateAccess(deps.db, caller, candidateId, 'read');
  const record = await getRecord(deps, access.jobId, candidateId);
  if (isMasked(record, await isBlindJob(deps.db, access.jobId))) {
    throw new AppError('forbidden', 'Blind screening is on: the original CV can be downloaded once the candidate is shortlisted.');
  }
  const resume = record.resumeId ? await findCandidateResume(deps.db, record.resumeId) : undefined;
  if (!resume?.storagePath) throw new AppError('not_found', 'The original file of this candidate is not stored.');
  return { bytes: await deps.storage.get(resume.storagePath), fileName: resume.fileName, mimeType: resume.mimeType ?? 'application/octet-stream' };
}

export async function decideCandidate(deps: HiringDeps, caller: Caller, candidateId: string, decision: { status: 'shortlisted' } | { status: 'rejected'; reason: string }) {
  const access = await requireCandidateAccess(deps.db, caller, candidateId, 'write');
  await setCandidateStatus(deps.db, candidateId, decision.status, decision.status === 'rejected' ? decision.reason : null);
  return toProfile(deps, await getRecord(deps, access.jobId, candidateId), await isBlindJob(deps.db, access.jobId));
}

export async function compareCandidates(deps: HiringDeps, caller: Caller, jobId: string, idList: string) {
  await requireJobAccess(deps.db, caller, jobId, 'read');
  const ids = [...new Set(idList.split(',').map((id) => id.trim()).filter(Boolean))];
  if (ids.length < 2 || ids.length > 4) throw new AppError('bad_request', 'Compare takes 2 to 4 candidate ids: ?ids=a,b');
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  const records = ids.every((id) => uuid.test(id)) ? await findCandidatesByIds(deps.db, jobId, ids) : [];
  if (records.length !== ids.length) throw new AppError('not_found', 'One or more candidates are not candidates of this job.');
  const blind = await isBlindJob(deps.db, jobId);
  const byId = new Map(records.map((record) => [record.id, record]));
  return { candidates: await Promise.all(ids.map((id) => toProfile(deps, byId.get(id)!, blind))) };
}

export async function rescoreJob(deps: HiringDeps, caller: Caller, jobId: string) {
  const access = await requireJobAccess(deps.db, caller, jobId, 'write');
  const job = toJob(await getJobRow(deps, jobId));
  return { rescored: await rescoreJobCandidates(deps, job, { userId: caller.userId, workspaceId: access.workspaceId }) };
}
