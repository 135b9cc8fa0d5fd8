import { z } from 'zod';
import { careerConversationStatuses, careerMessageRoles, jobApplicationStatuses, skillAnalysisStatuses } from '#shared/vocabulary.ts';
import { idSchema, pageSchema } from './common.ts';

/**
 * The career assistant's conversations (a STAR story drawn out one question at a time, proposed as an experience that
 * keeps only what the user said), its skill-gap analyses over target postings, and the career home's summary.
 */

// Conversations
export const conversationParamsSchema = z.object({ conversationId: idSchema('conversation') });
export const startConversationBodySchema = z.object({
  topic: z.string({ error: 'topic is required' }).trim().min(1, 'topic must not be empty: name what you want to talk about').max(300, 'must be at most 300 characters'),
});
export type StartConversationBody = z.infer<typeof startConversationBodySchema>;
export const conversationMessageBodySchema = z.object({
  content: z.string({ error: 'content is required' }).trim().min(1, 'content must not be empty').max(5000, 'must be at most 5,000 characters'),
});
export type ConversationMessageBody = z.infer<typeof conversationMessageBodySchema>;

/** What the assistant's message asks for: a STAR part, a number, the confirmation of the numbers, or nothing (done). */
export const storyStepSchema = z.enum(['situation', 'task', 'action', 'result', 'number', 'confirm', 'done']);
export type StoryStep = z.infer<typeof storyStepSchema>;

export const conversationMessageSchema = z.object({
  id: z.string(),
  role: z.enum(careerMessageRoles),
  content: z.string(),
  asks: storyStepSchema.nullable(),
  createdAt: z.iso.datetime(),
});
export type ConversationMessage = z.infer<typeof conversationMessageSchema>;

/** The experience the conversation proposes: only the user's own words; `leftOut` names what was dropped and why. */
export const storyProposalSchema = z.object({
  title: z.string(),
  situation: z.string().nullable(),
  task: z.string().nullable(),
  action: z.string().nullable(),
  result: z.string().nullable(),
  description: z.string(),
  skills: z.array(z.object({ name: z.string(), quote: z.string() })),
  /** The figures the user gave and confirmed. */
  numbers: z.array(z.string()),
  leftOut: z.array(z.string()),
});
export type StoryProposal = z.infer<typeof storyProposalSchema>;

export const conversationSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(careerConversationStatuses),
  messageCount: z.number().int(),
  experienceId: z.string().nullable(),
  updatedAt: z.iso.datetime(),
});
export type ConversationSummary = z.infer<typeof conversationSummarySchema>;
export const conversationPageSchema = pageSchema(conversationSummarySchema);
export type ConversationPage = z.infer<typeof conversationPageSchema>;

export const conversationSchema = conversationSummarySchema.extend({
  messages: z.array(conversationMessageSchema),
  /** Present once the story is complete (status completed). */
  proposal: storyProposalSchema.nullable(),
});
export type Conversation = z.infer<typeof conversationSchema>;

// Skill gaps
export const skillAnalysisParamsSchema = z.object({ analysisId: idSchema('analysis') });
export const compareAnalysesQuerySchema = z.object({ with: idSchema('analysis') });

export const skillGapSchema = z.object({
  skill: z.string(),
  /** Target postings that ask for it, and how many of them as a must-have. */
  jobCount: z.number().int(),
  requiredCount: z.number().int(),
  /** missing: not in your library; below: in it at a lower level than the postings' seniority asks. */
  status: z.enum(['missing', 'below']),
  yourLevel: z.string().nullable(),
  askedLevel: z.string().nullable(),
  /** 0–1: how far you are (1 = missing). */
  distance: z.number(),
  /** jobCount × distance, must-haves weighing more: the ranking. */
  priority: z.number(),
  nextSteps: z.array(z.string()),
  jobIds: z.array(z.string()),
});
export type SkillGap = z.infer<typeof skillGapSchema>;

export const skillAnalysisSchema = z.object({
  id: z.string(),
  status: z.enum(skillAnalysisStatuses),
  progressDone: z.number().int(),
  progressTotal: z.number().int(),
  error: z.string().nullable(),
  analyzerVersion: z.string().nullable(),
  parameters: z.object({ targetIds: z.array(z.string()), skillCount: z.number().int() }),
  totalJobsAnalyzed: z.number().int(),
  totalSkillsFound: z.number().int(),
  totalSkillGaps: z.number().int(),
  averageJobMatchScore: z.number().nullable(),
  highestJobMatchScore: z.number().nullable(),
  lowestJobMatchScore: z.number().nullable(),
  gaps: z.array(skillGapSchema),
  jobs: z.array(z.object({ id: z.string(), title: z.string().nullable(), matchScore: z.number(), matched: z.array(z.string()) })),
  createdAt: z.iso.datetime(),
  completedAt: z.iso.datetime().nullable(),
});
export type SkillAnalysis = z.infer<typeof skillAnalysisSchema>;
export const skillAnalysisPageSchema = pageSchema(skillAnalysisSchema.omit({ gaps: true, jobs: true }));
export type SkillAnalysisPage = z.infer<typeof skillAnalysisPageSchema>;

/** Two runs side by side: gaps closed, opened, and those whose priority moved. */
export const skillAnalysisComparisonSchema = z.object({
  before: z.object({ id: z.string(), createdAt: z.iso.datetime(), totalSkillGaps: z.number().int(), averageJobMatchScore: z.number().nullable() }),
  after: z.object({ id: z.string(), createdAt: z.iso.datetime(), totalSkillGaps: z.number().int(), averageJobMatchScore: z.number().nullable() }),
  closed: z.array(z.string()),
  opened: z.array(z.string()),
  changed: z.array(z.object({ skill: z.string(), before: z.number(), after: z.number() })),
});
export type SkillAnalysisComparison = z.infer<typeof skillAnalysisComparisonSchema>;

// Home
export const careerHomeSchema = z.object({
  funnel: z.object({
    stages: z.array(z.object({ status: z.enum(jobApplicationStatuses), count: z.number().int() })),
    total: z.number().int(),
    /** Of the applications sent, the share that heard back (screening or later, or rejected after applying); null with none sent. */
    replyRate: z.number().nullable(),
    /** Median days from applied to the first reply, over those that had one; null with none. */
    medianDaysToReply: z.number().nullable(),
  }),
  followUps: z.array(z.object({ applicationId: z.string(), jobTitle: z.string().nullable(), companyName: z.string().nullable(), dueOn: z.string() })),
  topGaps: z.array(skillGapSchema),
  analysisId: z.string().nullable(),
  nextStep: z.object({ kind: z.enum(['library', 'posting', 'target', 'analysis', 'gap', 'apply', 'follow-up']), text: z.string(), href: z.string() }),
});
export type CareerHome = z.infer<typeof careerHomeSchema>;
