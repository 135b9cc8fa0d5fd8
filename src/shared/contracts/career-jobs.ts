import { z } from 'zod';
import { jobApplicationStatuses } from '#shared/vocabulary.ts';
import { idSchema, pageSchema } from './common.ts';

/** Job postings a job seeker keeps, their applications, and how their library matches a posting. */

export const maxJobPageBytes = 2_000_000;

export const createJobPostingBodySchema = z
  .object({
    text: z.string().trim().min(1, 'the posting is empty: paste its text').max(100_000, 'must be at most 100,000 characters').optional(),
    html: z.string().min(1, 'the page is empty').max(maxJobPageBytes, `the page is larger than ${maxJobPageBytes / 1_000_000} MB; save only the job page`).optional(),
    url: z.url({ error: 'must be an http(s) address' }).optional(),
  })
  .refine((body) => [body.text, body.html, body.url].filter((value) => value !== undefined).length === 1, { error: 'give exactly one of text, html or url', path: ['text'] });
export type CreateJobPostingBody = z.infer<typeof createJobPostingBodySchema>;

export const jobPostingParamsSchema = z.object({ jobPostingId: idSchema('job posting') });

export const jobPostingSchema = z.object({
  id: z.string(),
  jobTitle: z.string().nullable(),
  companyName: z.string().nullable(),
  location: z.string().nullable(),
  remote: z.boolean(),
  skills: z.array(z.string()),
  mustHave: z.array(z.string()),
  niceToHave: z.array(z.string()),
  description: z.string().nullable(),
  url: z.string().nullable(),
  source: z.string().nullable(),
  readingSucceeded: z.boolean().nullable(),
  readingError: z.string().nullable(),
  datePosted: z.string().nullable(),
  validThrough: z.string().nullable(),
  /** validThrough has passed. */
  expired: z.boolean(),
  /** Days since datePosted (or since it was added when the page does not say). */
  ageDays: z.number().int(),
  isTarget: z.boolean(),
  createdAt: z.iso.datetime(),
});
export type JobPosting = z.infer<typeof jobPostingSchema>;
export const jobPostingPageSchema = pageSchema(jobPostingSchema);
export type JobPostingPage = z.infer<typeof jobPostingPageSchema>;
export const updateJobPostingBodySchema = z.object({ isTarget: z.boolean().optional(), jobTitle: z.string().trim().min(1).max(300).optional(), companyName: z.string().trim().min(1).max(300).optional() });

export const jobMatchesSchema = z.object({
  experiences: z.array(z.object({ id: z.string(), title: z.string(), score: z.number().int().min(0).max(100), why: z.string(), skills: z.array(z.string()) })),
  /** Asked-for skills that experiences show, each with those experiences. */
  shown: z.array(z.string()),
  shownBy: z.record(z.string(), z.array(z.string())),
  /** Asked-for skills no experience shows. */
  missing: z.array(z.string()),
  /** Of the missing, those not in the library at all: add them only if they are true. */
  notInLibrary: z.array(z.string()),
});
export type JobMatches = z.infer<typeof jobMatchesSchema>;

/** A link the user saved between a posting and one of their experiences (job_experience). */
export const jobExperienceParamsSchema = jobPostingParamsSchema.extend({ experienceId: idSchema('experience') });
export const saveJobExperienceBodySchema = z.object({ note: z.string().trim().max(2000).optional() });
export const jobExperienceLinkSchema = z.object({
  experienceId: z.string(),
  title: z.string(),
  /** The match score (0–100) when the link was saved. */
  score: z.number().int().min(0).max(100).nullable(),
  why: z.string().nullable(),
  /** The posting's skills this experience shows or mentions. */
  skills: z.array(z.string()),
  createdAt: z.iso.datetime(),
});
export type JobExperienceLink = z.infer<typeof jobExperienceLinkSchema>;
export const jobExperienceLinksSchema = z.object({ items: z.array(jobExperienceLinkSchema) });
export type JobExperienceLinks = z.infer<typeof jobExperienceLinksSchema>;
/** A summary for one posting, drafted from the linked experiences only. */
export const tailoredSummarySchema = z.object({ summary: z.string(), experienceIds: z.array(z.string()) });
export type TailoredSummary = z.infer<typeof tailoredSummarySchema>;

// Applications
export const applicationStatusSchema = z.enum(jobApplicationStatuses, { error: `must be one of ${jobApplicationStatuses.join(', ')}` });
export const applicationParamsSchema = z.object({ applicationId: idSchema('application') });
export const createApplicationBodySchema = z.object({
  jobPostingId: idSchema('job posting'),
  status: applicationStatusSchema.default('saved'),
  notes: z.string().trim().max(10_000).optional(),
  cvId: idSchema('CV').optional().describe('The CV version sent: a copy of it is kept with the application.'),
  appliedDate: z.iso.date({ error: 'must be a date as YYYY-MM-DD' }).optional(),
  followUpAfterDays: z.number().int().min(1).max(365).optional().describe('Remind me after this many days in applied without a reply'),
  followUpByEmail: z.boolean().optional(),
});
export const updateApplicationBodySchema = z.object({
  status: applicationStatusSchema.optional(),
  /** When the stage changed (defaults to now); editable afterwards through the stage's own route. */
  at: z.iso.datetime({ offset: true, error: 'must be a date and time (ISO 8601)' }).optional(),
  notes: z.string().trim().max(10_000).nullable().optional(),
  appliedDate: z.iso.date({ error: 'must be a date as YYYY-MM-DD' }).nullable().optional(),
  followUpAfterDays: z.number().int().min(1).max(365).nullable().optional(),
  followUpByEmail: z.boolean().optional(),
});
export const applicationListQuerySchema = z.object({
  status: applicationStatusSchema.optional(),
  q: z.string().trim().max(200).optional().describe('Words in the job title, the company or the notes'),
});
export const stageParamsSchema = applicationParamsSchema.extend({ stageId: idSchema('stage') });
export const updateStageBodySchema = z.object({ at: z.iso.datetime({ offset: true, error: 'must be a date and time (ISO 8601)' }) });
export const applicationExportQuerySchema = z
  .object({
    from: z.iso.date({ error: 'must be a date as YYYY-MM-DD' }).optional(),
    to: z.iso.date({ error: 'must be a date as YYYY-MM-DD' }).optional(),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, { error: 'must not be before from', path: ['to'] });
export const stageSchema = z.object({ id: z.string(), status: applicationStatusSchema, at: z.iso.datetime() });
export const applicationSchema = z.object({
  id: z.string(),
  jobPostingId: z.string(),
  jobTitle: z.string().nullable(),
  companyName: z.string().nullable(),
  status: applicationStatusSchema,
  appliedDate: z.string().nullable(),
  notes: z.string().nullable(),
  history: z.array(stageSchema),
  cv: z.object({ fileName: z.string(), text: z.string().nullable() }).nullable(),
  followUpAfterDays: z.number().int().nullable(),
  followUpByEmail: z.boolean(),
  /** When the follow-up reminder is due (in 'applied' with a reminder set), and when it went out. */
  followUpDueAt: z.iso.datetime().nullable(),
  followUpSentAt: z.iso.datetime().nullable(),
  url: z.string().nullable(),
  createdAt: z.iso.datetime(),
});
export type Application = z.infer<typeof applicationSchema>;
export const applicationPageSchema = pageSchema(applicationSchema);
export type ApplicationPage = z.infer<typeof applicationPageSchema>;
export const createdIdSchema = z.object({ id: z.string() });
