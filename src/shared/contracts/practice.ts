import { z } from 'zod';
import { answerEvaluationSchema, interviewStageSchema, ratingWords } from '#shared/ai/interview.ts';
import { competencySchema, interviewTypes, senioritySchema } from '#shared/ai/questions.ts';
import { idSchema, pageQuerySchema, pageSchema } from '#shared/contracts/common.ts';
import { aiEngines, feedbackStatuses, practiceDifficulties, practiceEndedBy, practiceEndReasons, practiceModes, practiceStatuses, practiceTurnRoles, transcriptSources } from '#shared/vocabulary.ts';

/**
 * HTTP contracts of the practice interview API (all under the session guard, scoped to the caller; another user's session is 404):
 * - POST /api/practice/sessions                       createPracticeSessionBody → 201 PracticeSessionState
 * - GET  /api/practice/sessions                       listPracticeSessionsQuery → PracticeSessionList: a page {items, total, limit, offset}, newest first
 * - GET  /api/practice/sessions/:sessionId            → PracticeSessionState (times the session out first if it was idle too long)
 * - POST /api/practice/sessions/:sessionId/answers    submitAnswerBody → PracticeSessionState (400 empty answer, 409 not the current question or finished)
 * - POST /api/practice/sessions/:sessionId/answers/stream  same body → text/event-stream: `delta` {text}… then `state` PracticeSessionState
 *   (or `error` {message}); 4xx errors before the stream starts are plain JSON like the route above.
 * - POST /api/practice/sessions/:sessionId/skip-stage → PracticeSessionState
 * - POST /api/practice/sessions/:sessionId/end       → PracticeSessionState (idempotent on a finished session)
 * - GET  /api/practice/sessions/:sessionId/report    → 202 {status: 'pending'} | 200 PracticeReport (ready or failed) | 409 in progress / no answers
 * - POST /api/practice/sessions/:sessionId/report/retry → 202 {status: 'pending'} (only when the report failed)
 * - POST /api/practice/sessions/:sessionId/questions/:questionId/retry  retryAnswerBody → 201 QuestionDetail (new attempt, evaluated)
 * - GET  /api/practice/progress                      → PracticeProgress
 */

export const practiceStageSchema = interviewStageSchema.describe(
  'Interview stages in order: welcome → introduction → experience → technical (technical/role) → behavioural (behavioural/fit) → closing.',
);
export const practiceStatusSchema = z
  .enum(practiceStatuses)
  .describe('in_progress while questions remain; completed once it ended with at least one answer (endReason says why); aborted when it ended with no answer at all (no report).');
export const practiceEndReasonSchema = z
  .enum(practiceEndReasons)
  .describe('completed: every planned question answered; ended_by_candidate: ended early; timed_out: idle longer than PRACTICE_IDLE_TIMEOUT_MINUTES.');
export const practiceEndedBySchema = z.enum(practiceEndedBy);
export const practiceModeSchema = z.enum(practiceModes);
export const practiceInterviewTypeSchema = z.enum(interviewTypes);
/** Accepts the US spelling "behavioral" and stores "behavioural". */
export const practiceInterviewTypeInputSchema = z
  .enum([...interviewTypes, 'behavioral'])
  .transform((type) => (type === 'behavioral' ? 'behavioural' : type))
  .describe('"behavioral" is accepted and stored as "behavioural".');
export const practiceDifficultySchema = z.enum(practiceDifficulties);
export const feedbackStatusSchema = z.enum(feedbackStatuses);
export const transcriptSourceSchema = z.enum(transcriptSources);
export const turnRoleSchema = z.enum(practiceTurnRoles);
export const turnKindSchema = z
  .enum(['question', 'follow_up', 'answer', 'close', 'skip'])
  .describe('interviewer: question (the first one also carries the welcome) / follow_up / close; candidate: answer; system: skip (a stage the candidate skipped).');

export const questionCountLimits = { min: 1, max: 20 } as const;

export const createPracticeSessionBodySchema = z.object({
  targetRole: z.string().trim().min(1, 'The target role is missing.').max(200),
  interviewType: practiceInterviewTypeInputSchema,
  questionCount: z
    .number()
    .int('The question count must be a whole number.')
    .min(questionCountLimits.min, `Ask for at least ${questionCountLimits.min} question.`)
    .max(questionCountLimits.max, `Ask for at most ${questionCountLimits.max} questions.`),
  mode: practiceModeSchema.default('text'),
  jobDescription: z.string().trim().max(50_000).optional().describe('Pasted job description; questions are personalised to it.'),
  name: z.string().trim().min(1).max(200).optional(),
  focusSkills: z.array(z.string().trim().min(1).max(100)).max(30).optional(),
  difficulty: practiceDifficultySchema.optional().describe('Maps to the questions\' seniority (easy → junior, medium → mid, hard → senior) unless experienceLevel is given.'),
  experienceLevel: senioritySchema.optional(),
  jobPostingId: z.uuid({ error: 'must be the id of one of your saved job postings' }).optional().describe('A saved career job posting of the caller: its description is used when jobDescription is absent.'),
});

export const practiceSessionParamsSchema = z.object({ sessionId: idSchema('practice session') });
export const practiceQuestionParamsSchema = practiceSessionParamsSchema.extend({ questionId: idSchema('question') });
export const practiceAnswerParamsSchema = practiceSessionParamsSchema.extend({ answerId: idSchema('answer') });

export const submitAnswerBodySchema = z.object({
  questionId: z.uuid({ error: 'must be the id of the current question' }),
  text: z.string().max(50_000).refine((text) => text.trim().length > 0, 'The answer is empty.'),
  durationMs: z.number().int().min(0).max(3_600_000).optional().describe('How long the spoken answer lasted; enables words and fillers per minute.'),
  audioKey: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'must be the audioKey returned for the recording')
    .optional()
    .describe('The recording this answer was dictated from (POST …/answers/audio): kept with the answer, which counts as speech-to-text.'),
  roughDraft: z
    .boolean()
    .optional()
    .describe('The transcript came from the offline rough draft (roughDraft in the voice answer): its pace and fillers are marked as estimates.'),
});

export const retryAnswerBodySchema = submitAnswerBodySchema.omit({ questionId: true });

export const stagePlanSchema = z.object({
  stage: practiceStageSchema,
  /** Planned questions in this stage (follow-ups do not count). */
  budget: z.number().int(),
  asked: z.number().int(),
  /** Planned questions of this stage the candidate answered (follow-ups do not count). */
  answered: z.number().int(),
  /** not_reached: the interview ended before this stage. */
  status: z.enum(['done', 'current', 'upcoming', 'skipped', 'not_reached']),
});

export const practiceTurnSchema = z.object({
  id: z.uuid(),
  seq: z.number().int(),
  role: turnRoleSchema,
  kind: turnKindSchema,
  stage: practiceStageSchema.nullable(),
  text: z.string(),
  questionId: z.uuid().nullable(),
  createdAt: z.string(),
});

export const currentQuestionSchema = z.object({
  id: z.uuid(),
  /** The question itself; the interviewer's full words (with any transition) are the last turn's text. */
  text: z.string(),
  stage: practiceStageSchema,
  competency: competencySchema.nullable(),
  isFollowUp: z.boolean(),
  parentQuestionId: z.uuid().nullable(),
  /** 1-based among the planned (non follow-up) questions. */
  number: z.number().int(),
  /** What the question was personalised from, quoted verbatim from the CV, job description or a focus skill. */
  basedOn: z.object({ source: z.enum(['resume', 'job_description', 'focus_skill']), quote: z.string() }).nullable(),
});

export const practiceSessionStateSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  targetRole: z.string().nullable(),
  interviewType: practiceInterviewTypeSchema.nullable(),
  difficulty: practiceDifficultySchema.nullable(),
  experienceLevel: z.string().nullable(),
  focusSkills: z.array(z.string()),
  jobPostingId: z.uuid().nullable(),
  mode: practiceModeSchema,
  status: practiceStatusSchema,
  stage: practiceStageSchema.nullable(),
  stages: z.array(stagePlanSchema),
  skippedStages: z.array(practiceStageSchema),
  endReason: practiceEndReasonSchema.nullable(),
  endedBy: practiceEndedBySchema.nullable(),
  /** Planned questions (follow-ups excluded). */
  questionCount: z.number().int(),
  /** Planned questions with at least one answer. */
  answeredCount: z.number().int(),
  currentQuestion: currentQuestionSchema.nullable(),
  turns: z.array(practiceTurnSchema),
  personalisedFrom: z.object({ resume: z.boolean(), jobDescription: z.boolean() }),
  /** Null until the interview ends; then the report's status. */
  feedbackStatus: feedbackStatusSchema.nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  completedAt: z.string().nullable(),
  /** Last activity; the session times out when idle this long past it. */
  updatedAt: z.string(),
});

export const listPracticeSessionsQuerySchema = pageQuerySchema.extend({
  status: practiceStatusSchema.optional(),
  interviewType: practiceInterviewTypeInputSchema.optional(),
  from: z.iso.date({ error: 'from must be a date (YYYY-MM-DD)' }).optional().describe('Created on or after this day (UTC).'),
  to: z.iso.date({ error: 'to must be a date (YYYY-MM-DD)' }).optional().describe('Created on or before this day (UTC).'),
});

export const practiceSessionSummarySchema = practiceSessionStateSchema
  .pick({
    id: true,
    name: true,
    targetRole: true,
    interviewType: true,
    mode: true,
    status: true,
    stage: true,
    endReason: true,
    questionCount: true,
    answeredCount: true,
    feedbackStatus: true,
    createdAt: true,
    completedAt: true,
  })
  .extend({
    /** 1–5 from the ready report, else null. */
    rating: z.number().int().min(1).max(5).nullable(),
    /** 0–100 from the ready report, else null. */
    score: z.number().int().min(0).max(100).nullable(),
  });

export const practiceSessionListSchema = pageSchema(practiceSessionSummarySchema);

export const answerMetricsSchema = z.object({
  wordCount: z.number().int(),
  characters: z.number().int(),
  sentences: z.number().int(),
  fillerCount: z.number().int(),
  /** The most frequent filler words found (up to five) and how often each occurred. */
  fillerWords: z.record(z.string(), z.number().int()),
  fillersPer100Words: z.number(),
  lengthVerdict: z.enum(['empty', 'too_short', 'ok', 'too_long']),
  /** Only when the answer's duration is known (spoken answers). */
  durationMs: z.number().int().optional(),
  wordsPerMinute: z.number().optional(),
  fillersPerMinute: z.number().optional(),
});

export const answerAttemptSchema = z.object({
  answerId: z.uuid(),
  attempt: z.number().int().min(1),
  text: z.string(),
  transcriptSource: transcriptSourceSchema,
  answeredAt: z.string(),
  metrics: answerMetricsSchema,
  /** Null until evaluated (the feedback job evaluates interview answers; a retry is evaluated at once). */
  evaluation: answerEvaluationSchema.nullable(),
  /** 1–5, the evaluation's overall score. */
  overall: z.number().int().min(1).max(5).nullable(),
});

export const questionDetailSchema = z.object({
  questionId: z.uuid(),
  position: z.number().int(),
  text: z.string(),
  stage: practiceStageSchema.nullable(),
  competency: competencySchema.nullable(),
  skill: z.string().nullable(),
  strongAnswerShows: z.array(z.string()),
  isFollowUp: z.boolean(),
  parentQuestionId: z.uuid().nullable(),
  /** Oldest first: the interview answer, then each retry. */
  attempts: z.array(answerAttemptSchema),
});

export const deliverySummarySchema = z.object({
  totalWords: z.number().int(),
  averageWordsPerAnswer: z.number(),
  fillerCount: z.number().int(),
  fillersPer100Words: z.number(),
  topFillers: z.array(z.object({ word: z.string(), count: z.number().int() })),
  /** Only when durations are known. */
  wordsPerMinute: z.number().nullable(),
  fillersPerMinute: z.number().nullable(),
  /** Some spoken answers were transcribed by the offline rough draft: pace and fillers are estimates. */
  estimated: z.boolean(),
});

export const reportPendingSchema = z.object({ status: z.literal('pending') });

export const reportReadySchema = z.object({
  status: z.literal('ready'),
  sessionId: z.uuid(),
  /** 1–5 overall. */
  rating: z.number().int().min(1).max(5),
  ratingWord: z.enum(ratingWords),
  /** 0–100: the mean of the answers' overall scores (1–5) as a percentage of 5. */
  score: z.number().int().min(0).max(100),
  headline: z.string(),
  summary: z.string(),
  /** Each quote is verbatim from one of the candidate's answers. */
  strengths: z.array(z.object({ text: z.string(), quote: z.string() })),
  improvements: z.array(z.object({ text: z.string(), technique: z.string(), quote: z.string().nullable() })),
  competencies: z.array(z.object({ competency: competencySchema, score: z.number().min(1).max(5), quote: z.string().nullable() })),
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
  /** Read live: shows retries made after the report beside the original answers. */
  perQuestion: z.array(questionDetailSchema),
  delivery: deliverySummarySchema,
  engine: z.enum(aiEngines).nullable(),
  generatedAt: z.string(),
});

export const reportFailedSchema = z.object({
  status: z.literal('failed'),
  sessionId: z.uuid(),
  error: z.string(),
  /** POST here to try again. */
  retryUrl: z.string(),
});

export const practiceReportSchema = z.discriminatedUnion('status', [reportReadySchema, reportFailedSchema]);

export const retryAnswerResultSchema = questionDetailSchema;

export const competencyPointSchema = z.object({ sessionId: z.uuid(), date: z.string(), score: z.number().min(1).max(5) });

export const practiceProgressSchema = z.object({
  /** Ready reports, oldest first. */
  sessions: z.array(z.object({ sessionId: z.uuid(), date: z.string(), name: z.string(), interviewType: practiceInterviewTypeSchema.nullable(), rating: z.number().int(), score: z.number().int() })),
  /** One series per competency seen in any report, oldest point first. */
  competencies: z.array(
    z.object({ competency: competencySchema, points: z.array(competencyPointSchema), latest: z.number(), average: z.number() }),
  ),
  nextSuggestion: z
    .object({
      targetRole: z.string(),
      interviewType: practiceInterviewTypeSchema,
      focusSkills: z.array(z.string()),
      reason: z.string(),
    })
    .nullable()
    .describe('What to practise next: the weakest competency, or a skill the target job asks for that the profile lacks. Null with no role to suggest for.'),
});

/** Server-sent events of POST /api/practice/sessions/:sessionId/answers/stream. */
export const streamDeltaEventSchema = z.object({ text: z.string() });
export const streamErrorEventSchema = z.object({ message: z.string() });

export type PracticeStage = z.infer<typeof practiceStageSchema>;
export type PracticeStatus = z.infer<typeof practiceStatusSchema>;
export type PracticeEndReason = z.infer<typeof practiceEndReasonSchema>;
export type PracticeMode = z.infer<typeof practiceModeSchema>;
export type PracticeInterviewType = z.infer<typeof practiceInterviewTypeSchema>;
export type PracticeDifficulty = z.infer<typeof practiceDifficultySchema>;
export type FeedbackStatus = z.infer<typeof feedbackStatusSchema>;
export type TurnKind = z.infer<typeof turnKindSchema>;
export type CreatePracticeSessionBody = z.input<typeof createPracticeSessionBodySchema>;
export type CreatePracticeSession = z.output<typeof createPracticeSessionBodySchema>;
export type SubmitAnswerBody = z.infer<typeof submitAnswerBodySchema>;
export type RetryAnswerBody = z.infer<typeof retryAnswerBodySchema>;
export type StagePlan = z.infer<typeof stagePlanSchema>;
export type PracticeTurn = z.infer<typeof practiceTurnSchema>;
export type CurrentQuestion = z.infer<typeof currentQuestionSchema>;
export type PracticeSessionState = z.infer<typeof practiceSessionStateSchema>;
export type ListPracticeSessionsQuery = z.input<typeof listPracticeSessionsQuerySchema>;
export type PracticeSessionSummary = z.infer<typeof practiceSessionSummarySchema>;
export type PracticeSessionList = z.infer<typeof practiceSessionListSchema>;
export type AnswerMetrics = z.infer<typeof answerMetricsSchema>;
export type AnswerAttempt = z.infer<typeof answerAttemptSchema>;
export type QuestionDetail = z.infer<typeof questionDetailSchema>;
export type DeliverySummary = z.infer<typeof deliverySummarySchema>;
export type PracticeReportPending = z.infer<typeof reportPendingSchema>;
export type PracticeReportReady = z.infer<typeof reportReadySchema>;
export type PracticeReportFailed = z.infer<typeof reportFailedSchema>;
export type PracticeReport = z.infer<typeof practiceReportSchema>;
export type PracticeProgress = z.infer<typeof practiceProgressSchema>;
export type StreamDeltaEvent = z.infer<typeof streamDeltaEventSchema>;
