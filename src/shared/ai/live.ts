import { z } from 'zod';
import { transcriptSchema } from './interview.ts';
import { questionSchema } from './questions.ts';
import { resumeSchema } from './resume.ts';

export const briefInterviewerInputSchema = z
  .object({
    jobDescription: z.string().trim().min(1, 'jobDescription is required').max(50_000),
    /** A JSON Resume document, or the resume's plain text (seed 000 interviews.resume_text), or both. */
    resume: resumeSchema.optional(),
    resumeText: z.string().max(100_000).optional(),
    /** The date tenures and gaps are measured to; defaults to today. */
    now: z.coerce.date().optional(),
  })
  .refine((input) => input.resume ?? input.resumeText, { message: 'resume or resumeText is required' });

export const briefConcernKinds = ['missing_skill', 'date_gap', 'short_tenure', 'experience_below_required', 'no_dates'] as const;

export const interviewerBriefSchema = z.object({
  candidateSummary: z.string(),
  strengths: z.array(z.object({ text: z.string(), quote: z.string().nullable() })),
  concerns: z.array(z.object({ kind: z.enum(briefConcernKinds), text: z.string() })),
  suggestedQuestions: z.array(questionSchema),
  match: z.object({ score: z.number().int().min(0).max(100), matched: z.array(z.string()), missing: z.array(z.string()) }),
});

export const liveNoteKinds = ['key_point', 'claim', 'follow_up'] as const;

export const noteLiveInputSchema = z.object({
  chunk: z.string().max(20_000),
  context: z
    .object({
      role: z.string().optional(),
      jobDescription: z.string().max(50_000).optional(),
      /** Notes already taken, so the same point is not noted twice. */
      previousNotes: z.array(z.string()).default([]),
      /** The attached questions not yet asked: a follow-up may point to one of them. */
      openQuestions: z.array(z.string()).default([]),
    })
    .default({ previousNotes: [], openQuestions: [] }),
});

/** The caller stores these with source "ai" (seed 000 interview_notes). */
export const liveNoteSchema = z.object({
  kind: z.enum(liveNoteKinds),
  text: z.string(),
  /** Verbatim from the chunk. */
  quote: z.string().optional(),
});
export const liveNotesSchema = z.object({ notes: z.array(liveNoteSchema) });

export const reviewInterviewInputSchema = z.object({
  transcript: transcriptSchema.min(1, 'the transcript has no answers'),
  jobDescription: z.string().max(50_000).optional(),
});

export const reviewRecommendations = ['proceed', 'not_a_fit', 'needs_more_evaluation'] as const;

export const interviewReviewSchema = z.object({
  assessment: z.string(),
  rating: z.number().int().min(1).max(5),
  strengths: z.array(z.object({ text: z.string(), quote: z.string() })),
  weaknesses: z.array(z.object({ text: z.string(), quote: z.string().nullable() })),
  /** Job skills the candidate's answers mention, and those they never did. */
  skillsShown: z.array(z.string()),
  skillsNotShown: z.array(z.string()),
  recommendation: z.enum(reviewRecommendations),
  reasons: z.array(z.string()).min(1),
});

export type BriefInterviewerInput = z.input<typeof briefInterviewerInputSchema>;
export type InterviewerBrief = z.infer<typeof interviewerBriefSchema>;
export type NoteLiveInput = z.input<typeof noteLiveInputSchema>;
export type LiveNote = z.infer<typeof liveNoteSchema>;
export type LiveNotes = z.infer<typeof liveNotesSchema>;
export type ReviewInterviewInput = z.input<typeof reviewInterviewInputSchema>;
export type InterviewReview = z.infer<typeof interviewReviewSchema>;
