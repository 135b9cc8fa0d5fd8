import { z } from 'zod';
import { idSchema } from './common.ts';
import { interviewSummarySchema, outcomeSchema, scorecardSchema } from './interviews.ts';

/** HTTP contracts of a hiring candidate's interviews and their scorecards (issue 12, point 6). */

export const candidateInterviewsParamsSchema = z.object({ workspaceId: idSchema('workspace'), candidateId: idSchema('candidate') });

export const candidateInterviewSchema = z.object({
  interview: interviewSummarySchema.extend({ outcome: outcomeSchema.nullable() }),
  /** The scorecards the caller may read: a panelist sees the others' only once their own is submitted. */
  scorecards: z.array(scorecardSchema),
  hidden: z.number().int().describe('Submitted scorecards held back from the caller'),
  scorecardsVisible: z.boolean().describe('false: the caller is neither on the panel nor an owner or recruiter'),
});
export type CandidateInterview = z.infer<typeof candidateInterviewSchema>;

export const candidateInterviewsSchema = z.object({ items: z.array(candidateInterviewSchema) });
export type CandidateInterviews = z.infer<typeof candidateInterviewsSchema>;
