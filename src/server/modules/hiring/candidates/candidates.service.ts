import { countYears, extractSkills, monthsOf, readWorkSpans } from '#server/ai/index.ts';
import { authorize, type Caller } from '#server/platform/access/index.ts';
import type { MatchComponent } from '#shared/ai/match.ts';
import type { ResumeWork } from '#shared/ai/resume.ts';
import { AppError } from '#server/platform/errors.ts';
import { idSchema, toPage, type PageQuery } from '#shared/contracts/common.ts';
import type { CandidatePage, CandidateProfile, CandidateRow, Compare, ListCandidatesQuery, RankingQuery } from '#shared/contracts/hiring.ts';
import type { HiringDeps } from '#server/modules/hiring/hiring-deps.ts';
import { getJobRow } from '#server/modules/hiring/jobs/jobs.service.ts';
import { isMasked, toCandidateProfile, toCandidateRow } from './candidate-views.ts';
import {
  findCandidateById,
  findCandidatePage,
  findOpeningPage,
  findCandidateResume,
  findCandidatesByIds,
  findJobCandidates,
  isBlindJob,
  setCandidateStatus,
  type CandidateRecord,
  type RankingFilter,
} from './candidates.repo.ts';

/**
 * The ranking's filters as the repository takes them: a skill by the name typed and by its canonical name in the
 * skills taxonomy, so "Excel" finds a CV that lists "Microsoft Excel" and the other way round.
 */
function rankingFilter(filter: Omit<RankingQuery, 'blind'>, blind: boolean): RankingFilter {
  const { skill, ...rest } = filter;
  if (!skill) return { ...rest, blind };
  const [mention] = extractSkills(skill);
  const canonical = mention && mention.start === 0 && mention.end === skill.length ? mention.name : undefined;
  return { ...rest, blind, skillNames: [...new Set([skill, canonical].flatMap((name) => (name ? [name.toLowerCase()] : [])))] };
}

async function blindFor(deps: HiringDeps, jobId: string, asked: 'true' | 'false' | undefined): Promise<boolean> {
  return asked === 'true' || (await isBlindJob(deps.db, jobId));
}

/** No filter and the default order: the ranking as it opens, read with its blind flag in one statement (decision 056). */
function isOpeningView(filter: Omit<RankingQuery, 'blind'>): boolean {
  const filtered = filter.recommendation !== undefined || filter.status !== undefined || filter.minScore !== undefined || Boolean(filter.skill);
  return !filtered && (filter.sort === undefined || filter.sort === 'score');
}

async function readRankingPage(deps: HiringDeps, jobId: string, filter: Omit<RankingQuery, 'blind'>, asked: 'true' | 'false' | undefined, page: PageQuery) {
  if (isOpeningView(filter)) {
    const { rows, total, blindScreening } = await findOpeningPage(deps.db, jobId, page);
    return { rows, total, blind: asked === 'true' || blindScreening };
  }
  const blind = await blindFor(deps, jobId, asked);
  return { ...(await findCandidatePage(deps.db, jobId, rankingFilter(filter, blind), page)), blind };
}

/**
 * One page of the ranking as the caller may see it, filtered and sorted in the database (best score first by default).
 * Sorting by name sorts by what each row is called here: a masked row by its anonymous label, so the order never gives
 * away a hidden name. Ties keep the best score first.
 */
export async function listCandidates(deps: HiringDeps, caller: Caller, jobId: string, query: ListCandidatesQuery): Promise<CandidatePage> {
  await authorize(deps.db, caller, { kind: 'job', id: jobId }, 'read');
  const { limit, offset, blind: asked, ...filter } = query;
  const { rows, total, blind } = await readRankingPage(deps, jobId, filter, asked, { limit, offset });
  return toPage(
    rows.map((record) => toCandidateRow(record, blind)),
    total,
    query,
  );
}

/** A row of an export: what the list shows, with the score's parts and the years of work the CV dates. */
export type RankedCandidate = { row: CandidateRow; components: MatchComponent[]; yearsOfExperience: number | null };

/**
 * The whole ranking, every candidate that matches, in the same order and blind mode as the list, with the job's title
 * (for the exports).
 */
export async function listAllCandidates(deps: HiringDeps, caller: Caller, jobId: string, query: RankingQuery): Promise<{ jobTitle: string; candidates: RankedCandidate[] }> {
  await authorize(deps.db, caller, { kind: 'job', id: jobId }, 'read');
  const job = await getJobRow(deps, jobId);
  const { blind: asked, ...filter } = query;
  const blind = await blindFor(deps, jobId, asked);
  const nowMonths = monthsOf(deps.now());
  const candidates = (await findJobCandidates(deps.db, jobId, rankingFilter(filter, blind))).map((record) => {
    const spans = readWorkSpans(record.experience as ResumeWork[], nowMonths, () => []);
    const dated = spans.some((span) => span.start !== undefined);
    return { row: toCandidateRow(record, blind), components: record.scoreComponents as MatchComponent[], yearsOfExperience: dated ? countYears(spans) : null };
  });
  return { jobTitle: job.title, candidates };
}

async function getRecord(deps: HiringDeps, candidateId: string): Promise<CandidateRecord> {
  const record = await findCandidateById(deps.db, candidateId);
  if (!record) throw new AppError('not_found', 'Candidate not found.');
  return record;
}

async function toProfile(deps: HiringDeps, record: CandidateRecord, blind: boolean): Promise<CandidateProfile> {
  const resume = record.resumeId ? await findCandidateResume(deps.db, record.resumeId) : undefined;
  return toCandidateProfile(record, resume, blind);
}

export async function getCandidate(deps: HiringDeps, caller: Caller, candidateId: string, asked?: 'true' | 'false'): Promise<CandidateProfile> {
  await authorize(deps.db, caller, { kind: 'candidate', id: candidateId }, 'read');
  const record = await getRecord(deps, candidateId);
  return toProfile(deps, record, await blindFor(deps, record.jobId, asked));
}

/** The original upload; refused while blind screening hides who the candidate is. */
export async function getCandidateFile(deps: HiringDeps, caller: Caller, candidateId: string) {
  await authorize(deps.db, caller, { kind: 'candidate', id: candidateId }, 'read');
  const record = await getRecord(deps, candidateId);
  if (isMasked(record, await isBlindJob(deps.db, record.jobId))) {
    throw new AppError('forbidden', 'Blind screening is on: the original CV can be downloaded once the candidate is shortlisted.');
  }
  const resume = record.resumeId ? await findCandidateResume(deps.db, record.resumeId) : undefined;
  if (!resume?.storagePath) throw new AppError('not_found', 'The original file of this candidate is not stored.');
  return { bytes: await deps.storage.get(resume.storagePath), fileName: resume.fileName, mimeType: resume.mimeType ?? 'application/octet-stream' };
}

export async function decideCandidate(
  deps: HiringDeps,
  caller: Caller,
  candidateId: string,
  decision: { status: 'shortlisted' } | { status: 'rejected'; reason: string },
): Promise<CandidateProfile> {
  await authorize(deps.db, caller, { kind: 'candidate', id: candidateId }, 'write');
  await setCandidateStatus(deps.db, candidateId, { status: decision.status, reason: decision.status === 'rejected' ? decision.reason : null, decidedBy: caller.userId, decidedAt: deps.now() });
  const record = await getRecord(deps, candidateId);
  return toProfile(deps, record, await isBlindJob(deps.db, record.jobId));
}

const candidateIdSchema = idSchema('candidate');

export async function compareCandidates(deps: HiringDeps, caller: Caller, jobId: string, idList: string): Promise<Compare> {
  await authorize(deps.db, caller, { kind: 'job', id: jobId }, 'read');
  const ids = [...new Set(idList.split(',').map((id) => id.trim()).filter(Boolean))];
  if (ids.length < 2 || ids.length > 4) throw new AppError('bad_request', 'Compare takes 2 to 4 candidate ids: ?ids=a,b');
  // Checked after access, so another workspace's job is "not found" whatever the ids say.
  const records = ids.every((id) => candidateIdSchema.safeParse(id).success) ? await findCandidatesByIds(deps.db, jobId, ids) : [];
  if (records.length !== ids.length) throw new AppError('not_found', 'One or more candidates are not candidates of this job.');
  const blind = await isBlindJob(deps.db, jobId);
  const byId = new Map(records.map((record) => [record.id, record]));
  return { candidates: await Promise.all(ids.map((id) => toProfile(deps, byId.get(id)!, blind))) };
}
