import { z } from 'zod';
import { competencySchema, questionSchema, questionStageSchema } from './questions.ts';

export const interviewStages = ['welcome', ...questionStageSchema.options] as const;
export const interviewStageSchema = z.enum(interviewStages);

export const turnSchema = z.object({
  role: z.enum(['interviewer', 'candidate']),
  stage: interviewStageSchema,
  /** For interviewer turns: what the turn was; candidate turns are always 'answer'. */
  kind: z.enum(['welcome', 'question', 'follow_up', 'answer', 'close']),
  questionId: z.string().optional(),
  text: z.string(),
});

export const interviewStateSchema = z.object({
  candidateName: z.string().optional(),
  role: z.string().optional(),
  /** Ordered stages with how many planned questions each may ask. */
  stages: z.array(z.object({ stage: interviewStageSchema, budget: z.number().int().min(0).max(30) })).min(1),
  questions: z.array(questionSchema),
  turns: z.array(turnSchema),
  skippedStages: z.array(interviewStageSchema).default([]),
  endedBy: z.enum(['candidate', 'timeout']).nullable().default(null),
  /** What the candidate will get next, said in the closing message. */
  nextSteps: z.string().optional(),
});

export const nextTurnSchema = z.object({
  action: z.enum(['ask', 'follow_up', 'advance_stage', 'close']),
  stage: interviewStageSchema,
  message: z.string(),
  questionId: z.string().optional(),
  reason: z.string(),
});

const quoteSchema = z.string().nullable();

export const evaluateAnswerInputSchema = z.object({
  question: z.object({ text: z.string().trim().min(1, 'question text is required'), competency: competencySchema.optional() }),
  answer: z.string().max(50_000),
});

export const competencyScoreSchema = z.object({
  competency: competencySchema,
  score: z.number().int().min(1).max(5),
  /** Verbatim from the answer; null when the answer gives nothing to quote. */
  quote: quoteSchema,
  why: z.string(),
});

export const answerEvaluationSchema = z.object({
  star: z.object({ situation: quoteSchema, task: quoteSchema, action: quoteSchema, result: quoteSchema }),
  starCoverage: z.number().int().min(0).max(4),
  specificity: z.object({
    numbers: z.array(z.string()),
    namedSkills: z.array(z.string()),
    outcomes: z.array(z.string()),
    score: z.number().min(0).max(1),
  }),
  relevance: z.object({ score: z.number().min(0).max(1), sharedTerms: z.array(z.string()) }),
  ownership: z.object({ i: z.number().int(), we: z.number().int(), ratio: z.number().min(0).max(1) }),
  fillers: z.object({ count: z.number().int(), per100Words: z.number(), top: z.array(z.object({ word: z.string(), count: z.number().int() })) }),
  length: z.object({ words: z.number().int(), sentences: z.number().int(), verdict: z.enum(['empty', 'too_short', 'ok', 'too_long']) }),
  competencies: z.array(competencyScoreSchema),
  overall: z.number().int().min(1).max(5),
  feedback: z.array(z.string()),
});

export const transcriptEntrySchema = z.object({
  question: z.object({
    id: z.string().optional(),
    text: z.string().min(1),
    competency: competencySchema.optional(),
    /** A follow-up to the question before it: counted apart from the planned questions. */
    followUp: z.boolean().optional(),
  }),
  answer: z.string(),
  evaluation: answerEvaluationSchema.optional(),
});
export const transcriptSchema = z.array(transcriptEntrySchema);

export const ratingWords = ['Needs improvement', 'Developing', 'Good', 'Strong', 'Excellent'] as const;

export const interviewReportSchema = z.object({
  headline: z.string(),
  /** seed 002 ai_feedback.overall_summary */
  summary: z.string(),
  rating: z.number().int().min(1).max(5),
  /** seed 002 ai_feedback.overall_score_qualitative */
  ratingWord: z.enum(ratingWords),
  competencies: z.array(z.object({ competency: competencySchema, score: z.number().min(1).max(5), quote: quoteSchema })),
  strengths: z.array(z.object({ text: z.string(), quote: z.string() })),
  improvements: z.array(z.object({ text: z.string(), technique: z.string(), quote: quoteSchema })),
  rewrite: z
    .object({
      question: z.string(),
      before: z.string(),
      after: z.string(),
      /** `rewrite`: the answer's own sentences reordered; `structure`: too little was said, so a structure to fill. */
      kind: z.enum(['rewrite', 'structure']).default('rewrite'),
    })
    .nullable(),
  suggestions: z.array(z.string()),
  practicePlan: z.array(z.object({ day: z.number().int().min(1), focus: z.string(), exercise: z.string() })),
  perAnswer: z.array(z.object({ questionId: z.string().optional(), overall: z.number().int().min(1).max(5) })),
});

export type InterviewStage = z.infer<typeof interviewStageSchema>;
export type Turn = z.infer<typeof turnSchema>;
export type InterviewStateInput = z.input<typeof interviewStateSchema>;
export type InterviewState = z.output<typeof interviewStateSchema>;
export type NextTurn = z.infer<typeof nextTurnSchema>;
export type EvaluateAnswerInput = z.infer<typeof evaluateAnswerInputSchema>;
export type CompetencyScore = z.infer<typeof competencyScoreSchema>;
export type AnswerEvaluation = z.infer<typeof answerEvaluationSchema>;
export type TranscriptEntry = z.infer<typeof transcriptEntrySchema>;
export type Transcript = z.infer<typeof transcriptSchema>;
export type RatingWord = (typeof ratingWords)[number];
export type InterviewReport = z.infer<typeof interviewReportSchema>;
