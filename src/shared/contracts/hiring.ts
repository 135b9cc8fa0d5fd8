import { z } from 'zod';
import { workModeSchema } from '#shared/ai/job.ts';
import { matchComponentSchema, matchEvidenceSchema, recommendationSchema } from '#shared/ai/match.ts';
import { idSchema, pageQuerySchema, pageSchema } from '#shared/contracts/common.ts';
import { batchFileStatuses, candidateStatuses, cvBatchStatuses, jobStatuses, rescoreStatuses } from '#shared/vocabulary.ts';

/**
 * HTTP contracts of the hiring API: jobs, CV batches, candidates and exports. Ids in paths are validated with
 * `idSchema` (a malformed one is a 400 naming the parameter); every list is a page `{ items, total, limit, offset }`.
 */

export const jobStatusSchema = z.enum(jobStatuses);
export { recommendationSchema };
export const candidateStatusSchema = z.enum(candidateStatuses);
export const batchStatusSchema = z.enum(cvBatchStatuses);
export const batchFileStatusSchema = z.enum(batchFileStatuses);

export const workspaceParamsSchema = z.object({ workspaceId: idSchema('workspace') });
export const jobParamsSchema = z.object({ jobId: idSchema('job') });
export const batchParamsSchema = z.object({ batchId: idSchema('batch') });
export const candidateParamsSchema = z.object({ candidateId: idSchema('candidate') });

/** `?blind=true` hides names, contacts and file names whatever the job's setting (the job's blind mode always applies). */
const blindFlag = z.enum(['true', 'false']).optional();
export const blindQuerySchema = z.object({ blind: blindFlag });

const skillName = z.string().trim().min(1).max(100);

/** How the job is done: remote (anywhere), hybrid (some days on site) or on site; null when the post does not say. */
export const jobWorkModeSchema = workModeSchema;

/**
 * What a job asks for; parsed from the description, then editable. A skill entry may be a group any of whose skills
 * meets it ("ERP (NetSuite, Sage or SAP)", "QuickBooks or NetSuite"; `#shared/hiring/requirement-group.ts`).
 */
export const jobRequirementsSchema = z.object({
  mustHaveSkills: z.array(skillName).max(100),
  niceToHaveSkills: z.array(skillName).max(100),
  minYearsExperience: z.number().min(0).max(60).nullable(),
  seniority: z.string().max(50).nullable(),
  /** The degree asked for, as written ("Bachelor's degree in Accounting or Finance"). */
  degree: z.string().trim().max(200).nullable(),
  location: z.string().max(200).nullable(),
  workMode: jobWorkModeSchema.nullable(),
});

/** The re-scoring of a job's candidates against one version of its requirements, in the background (decision 054). */
export const rescoreSchema = z.object({
  /** Goes up with each change of the requirements; a newer version supersedes the run of an older one. */
  version: z.number().int(),
  status: z.enum(rescoreStatuses),
  /** Candidates scored against this version so far, of those with a stored CV. */
  done: z.number().int(),
  total: z.number().int(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  error: z.string().nullable(),
});
export type Rescore = z.infer<typeof rescoreSchema>;

export const jobSchema = z.object({
  id: z.uuid(),
  workspaceId: z.uuid(),
  title: z.string(),
  description: z.string(),
  requirements: jobRequirementsSchema,
  status: jobStatusSchema,
  blindScreening: z.boolean(),
  /** Null while the requirements never changed. */
  rescore: rescoreSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const createJobBodySchema = z.object({
  title: z.string().trim().min(1, 'The title is missing.').max(200),
  description: z.string().trim().min(1, 'The description is missing.').max(50_000),
  status: jobStatusSchema.optional(),
  requirements: jobRequirementsSchema.partial().optional(),
  blindScreening: z.boolean().optional(),
});

export const updateJobBodySchema = createJobBodySchema.partial();

export const listJobsQuerySchema = pageQuerySchema.extend({
  /** Keeps the jobs whose title or description contain these words (full text); /jobs/search ranks by meaning. */
  q: z.string().trim().max(200).optional(),
  status: jobStatusSchema.optional(),
});

/** A job as the jobs list shows it: how many candidates it has and the best score among them (null without any). */
export const jobListItemSchema = jobSchema.extend({ candidates: z.number().int().nonnegative(), bestScore: z.number().int().nullable() });

export const jobPageSchema = pageSchema(jobListItemSchema);

/** How a search ranked its results: by embedding similarity (a provider is configured) or by PostgreSQL full-text search. */
export const searchModeSchema = z.enum(['semantic', 'fulltext']);

const searchQuery = pageQuerySchema.extend({
  q: z.string().trim().min(1, 'Say what to search for.').max(500),
});

export const searchJobsQuerySchema = searchQuery.extend({ status: jobStatusSchema.optional() });

/** One page of the closest jobs; `score` is the cosine similarity in semantic mode, the full-text rank otherwise (higher is closer). */
export const jobSearchSchema = pageSchema(jobListItemSchema.extend({ score: z.number() })).extend({ mode: searchModeSchema });

export const draftJobBodySchema = z.object({
  title: z.string().trim().min(1, 'The title is missing.').max(200),
  bullets: z.array(z.string().trim().min(1).max(500)).min(1, 'Give at least one bullet point.').max(50),
});
export const draftJobSchema = z.object({ title: z.string(), description: z.string(), requirements: jobRequirementsSchema });

export const batchFileSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  status: batchFileStatusSchema,
  error: z.string().optional(),
  errorCode: z.string().optional(),
  candidateId: z.uuid().optional(),
  /** The score of the candidate a screened file became. */
  score: z.number().int().optional(),
  /** For a duplicate: the candidate this file duplicates. */
  duplicateOf: z.uuid().optional(),
});

export const batchSchema = z.object({
  id: z.uuid(),
  jobId: z.uuid(),
  status: batchStatusSchema,
  total: z.number().int(),
  /** Files finished in any way (scored, failed or duplicate): progress is processed / total. */
  processed: z.number().int(),
  failed: z.number().int(),
  duplicates: z.number().int(),
  files: z.array(batchFileSchema),
});

export const batchSummarySchema = batchSchema.omit({ files: true, jobId: true }).extend({ createdAt: z.string() });
export const batchPageSchema = pageSchema(batchSummarySchema);
export const listBatchesQuerySchema = pageQuerySchema;

/** A batch accepted for screening (202). */
export const startedBatchSchema = z.object({ id: z.uuid() });
export const resumedBatchSchema = z.object({ queued: z.number().int() });

/**
 * How the ranking is ordered. A key alone sorts the way it is read first: best score, strongest recommendation, names
 * A→Z (earliest first for createdAt); a leading "-" reverses it. Ties keep the best score first.
 */
export const candidateSortSchema = z.enum(['score', '-score', 'name', '-name', 'recommendation', '-recommendation', 'createdAt']);

/** The ranking's filters, order and blind mode: the list takes them with a page, the CSV/XLSX exports without (every candidate). */
export const rankingQuerySchema = z.object({
  recommendation: recommendationSchema.optional(),
  skill: z.string().trim().min(1).max(100).optional(),
  minScore: z.coerce.number().min(0).max(100).optional(),
  status: candidateStatusSchema.optional(),
  sort: candidateSortSchema.optional().describe('score (best first) by default; name sorts by what each row shows: a hidden candidate by its anonymous label'),
  blind: blindFlag,
});

export const listCandidatesQuerySchema = rankingQuerySchema.extend(pageQuerySchema.shape);

export const candidateRowSchema = z.object({
  id: z.uuid(),
  name: z.string().nullable(),
  fileName: z.string().nullable(),
  score: z.number().int(),
  recommendation: recommendationSchema.nullable(),
  matched: z.array(z.string()),
  missing: z.array(z.string()),
  additional: z.array(z.string()),
  status: candidateStatusSchema,
  statusReason: z.string().nullable(),
  /** True when personal details are hidden from this view (blind screening and not shortlisted). */
  masked: z.boolean(),
});

/** Where the CV shows a matched skill: start/end are offsets into the profile's `text` (highlight them). */
export const evidenceSchema = matchEvidenceSchema;

export const candidateProfileSchema = candidateRowSchema.extend({
  jobId: z.uuid(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  location: z.string().nullable(),
  profile: z.record(z.string(), z.unknown()),
  experience: z.array(z.unknown()),
  education: z.array(z.unknown()),
  skills: z.array(z.string()),
  entities: z.array(z.object({ type: z.string(), text: z.string(), start: z.number().int().nullable(), end: z.number().int().nullable(), confidence: z.number() })),
  missingNiceToHave: z.array(z.string()),
  components: z.array(matchComponentSchema),
  reasoning: z.array(z.string()),
  evidence: z.array(evidenceSchema),
  /** The CV text the evidence offsets point into (masked in blind mode). */
  text: z.string(),
});

/** The ranked candidates of a job: one page, best score first unless `sort` says otherwise; `total` counts every match. */
export const candidatePageSchema = pageSchema(candidateRowSchema);

export const searchCandidatesQuerySchema = searchQuery.extend({
  /** Only the candidates of this job of the workspace. */
  jobId: idSchema('job').optional(),
  blind: blindFlag,
});

/** Candidates match on what they can do, never on names or contacts; blind screening masks rows as everywhere else. */
export const candidateSearchSchema = pageSchema(candidateRowSchema.extend({ jobId: z.uuid(), jobTitle: z.string(), score: z.number() })).extend({
  mode: searchModeSchema,
});

export const rejectBodySchema = z.object({ reason: z.string().trim().min(1, 'Give a reason.').max(1000) });
export const compareQuerySchema = z.object({ ids: z.string().min(1) });
export const compareSchema = z.object({ candidates: z.array(candidateProfileSchema) });

export type JobRequirements = z.infer<typeof jobRequirementsSchema>;
export type Job = z.infer<typeof jobSchema>;
export type JobListItem = z.infer<typeof jobListItemSchema>;
export type CreateJobBody = z.infer<typeof createJobBodySchema>;
export type UpdateJobBody = z.infer<typeof updateJobBodySchema>;
export type DraftJob = z.infer<typeof draftJobSchema>;
export type JobStatus = z.infer<typeof jobStatusSchema>;
export type JobPage = z.infer<typeof jobPageSchema>;
export type ListJobsQuery = z.infer<typeof listJobsQuerySchema>;
export type Batch = z.infer<typeof batchSchema>;
export type BatchFile = z.infer<typeof batchFileSchema>;
export type BatchSummary = z.infer<typeof batchSummarySchema>;
export type BatchPage = z.infer<typeof batchPageSchema>;
export type CandidateRow = z.infer<typeof candidateRowSchema>;
export type CandidatePage = z.infer<typeof candidatePageSchema>;
export type CandidateProfile = z.infer<typeof candidateProfileSchema>;
export type CandidateSort = z.infer<typeof candidateSortSchema>;
export type RankingQuery = z.infer<typeof rankingQuerySchema>;
export type ListCandidatesQuery = z.infer<typeof listCandidatesQuerySchema>;
export type Compare = z.infer<typeof compareSchema>;
export type SearchMode = z.infer<typeof searchModeSchema>;
export type SearchJobsQuery = z.infer<typeof searchJobsQuerySchema>;
export type JobSearch = z.infer<typeof jobSearchSchema>;
export type SearchCandidatesQuery = z.infer<typeof searchCandidatesQuerySchema>;
export type CandidateSearch = z.infer<typeof candidateSearchSchema>;
export type Recommendation = z.infer<typeof recommendationSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
