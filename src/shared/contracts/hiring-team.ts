import { z } from 'zod';
import { idSchema, pageQuerySchema, pageSchema } from '#shared/contracts/common.ts';
import { candidateStatusSchema, recommendationSchema } from '#shared/contracts/hiring.ts';

/**
 * HTTP contracts of a hiring team's daily work (decision 047):
 * - GET  /api/jobs/:jobId/stages                    → JobStages, the pipeline in order with the job's names
 * - PUT  /api/jobs/:jobId/stages                    → JobStages, rename stages (owners and recruiters)
 * - POST /api/jobs/:jobId/candidates/stage          → BulkStageResult, move ticked candidates (all or nothing)
 * - GET/POST /api/candidates/:candidateId/notes     → the team's notes, newest last; add one (any member)
 * - PATCH/DELETE /api/candidates/:candidateId/notes/:noteId → edit or delete one's own note
 * - GET  /api/candidates/:candidateId/applications  → the same person's other applications in the workspace
 * - GET  /api/workspaces/:workspaceId/people?q=     → persons (one per email or phone) with their applications
 */

export const stageNameSchema = z.object({ key: candidateStatusSchema, name: z.string() });
export const jobStagesSchema = z.object({ stages: z.array(stageNameSchema) });
export type JobStages = z.infer<typeof jobStagesSchema>;

export const renameStagesBodySchema = z.object({
  stages: z
    .array(z.object({ key: candidateStatusSchema, name: z.string().trim().min(1, 'A stage needs a name.').max(40, 'A stage name is at most 40 characters.') }))
    .min(1, 'Name at least one stage.')
    .max(candidateStatusSchema.options.length),
});
export type RenameStagesBody = z.infer<typeof renameStagesBodySchema>;

/** Ticked candidates to move; shortlist is the move to `shortlisted`, reject the move to `rejected` (with a reason). */
export const bulkStageBodySchema = z.object({
  candidateIds: z.array(z.string().max(100)).min(1, 'Tick at least one candidate.').max(500, 'At most 500 candidates at once.'),
  stage: candidateStatusSchema,
  reason: z.string().trim().min(1, 'Give a reason.').max(1000).optional(),
});
export type BulkStageBody = z.infer<typeof bulkStageBodySchema>;
export const bulkStageResultSchema = z.object({ moved: z.number().int(), stage: candidateStatusSchema });
export type BulkStageResult = z.infer<typeof bulkStageResultSchema>;

export const noteParamsSchema = z.object({ candidateId: idSchema('candidate'), noteId: idSchema('note') });
export const noteBodySchema = z.object({ body: z.string().trim().min(1, 'Write something.').max(5000, 'A note is at most 5000 characters.') });
export type NoteBody = z.infer<typeof noteBodySchema>;

export const noteMemberSchema = z.object({ userId: z.uuid(), name: z.string(), email: z.string() });
export const noteSchema = z.object({
  id: z.uuid(),
  candidateId: z.uuid(),
  body: z.string(),
  author: noteMemberSchema.nullable(),
  mentions: z.array(noteMemberSchema),
  /** True when the caller wrote it (they may edit and delete it). */
  mine: z.boolean(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Note = z.infer<typeof noteSchema>;
/** Every note on the candidate, oldest first, and the members a note may mention (for the form's suggestions). */
export const noteListSchema = z.object({ items: z.array(noteSchema), members: z.array(noteMemberSchema) });
export type NoteList = z.infer<typeof noteListSchema>;

export const applicationSchema = z.object({
  candidateId: z.uuid(),
  jobId: z.uuid(),
  jobTitle: z.string(),
  score: z.number().int(),
  recommendation: recommendationSchema.nullable(),
  stage: candidateStatusSchema,
  stageName: z.string(),
  appliedAt: z.iso.datetime(),
});
export type Application = z.infer<typeof applicationSchema>;
export const applicationListSchema = z.object({ items: z.array(applicationSchema) });
export type ApplicationList = z.infer<typeof applicationListSchema>;

export const peopleQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().min(1, 'Say what to search for.').max(200).describe('Part of a name, email, phone number or a skill.'),
});
export type PeopleQuery = z.infer<typeof peopleQuerySchema>;

export const personSchema = z.object({
  name: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  /** Every application of the person in the workspace that blind screening does not hide, best score first. */
  applications: z.array(applicationSchema),
});
export type Person = z.infer<typeof personSchema>;
export const personPageSchema = pageSchema(personSchema);
export type PersonPage = z.infer<typeof personPageSchema>;
