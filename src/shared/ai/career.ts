import { z } from 'zod';
import { parsedJobSchema } from './job.ts';

export const conversationMessageSchema = z.object({
  role: z.enum(['user', 'assistant', 'system']),
  content: z.string(),
});

/** seed 004 conversation + conversation_message */
export const extractExperienceInputSchema = z.object({
  messages: z.array(conversationMessageSchema).min(1, 'the conversation has no messages'),
});

export const experienceSchema = z.object({
  title: z.string(),
  /** Each part quotes the user's own words; null when the conversation never said it. */
  star: z.object({ situation: z.string().nullable(), task: z.string().nullable(), action: z.string().nullable(), result: z.string().nullable() }),
  /** Action verb + what + result, rewritten only by dropping the leading "I" and fillers. */
  bullets: z.array(z.object({ text: z.string(), source: z.string() })),
  skills: z.array(z.object({ name: z.string(), kind: z.enum(['skill', 'knowledge']), quote: z.string() })),
  timeline: z.array(z.object({ text: z.string(), kind: z.enum(['date', 'duration']), quote: z.string() })),
  /** What the story still lacks, as prompts the assistant can ask next. */
  missing: z.array(z.string()),
});

export const skillGapJobSchema = z.object({
  id: z.string().optional(),
  title: z.string().optional(),
  text: z.string().optional(),
  parsed: parsedJobSchema.optional(),
});

export const analyzeSkillGapsInputSchema = z.object({
  profileSkills: z.array(z.string().trim().min(1)).max(500),
  jobs: z.array(skillGapJobSchema).min(1, 'at least one job is required').max(200),
});

export const skillGapAnalysisSchema = z.object({
  jobs: z.array(
    z.object({
      id: z.string().optional(),
      title: z.string().optional(),
      matchScore: z.number().min(0).max(100),
      matched: z.array(z.string()),
      gaps: z.array(z.object({ skill: z.string(), required: z.boolean() })),
    }),
  ),
  /** Ranked by how many target jobs need the skill, must-haves weighing more. */
  gaps: z.array(z.object({ skill: z.string(), jobCount: z.number().int(), requiredCount: z.number().int(), kind: z.enum(['skill', 'knowledge']), nextSteps: z.array(z.string()) })),
  /** seed 004 skill_analysis columns */
  totals: z.object({
    total_jobs_analyzed: z.number().int(),
    total_skill_gaps: z.number().int(),
    average_job_match_score: z.number(),
    highest_job_match_score: z.number(),
    lowest_job_match_score: z.number(),
  }),
});

export type ConversationMessage = z.infer<typeof conversationMessageSchema>;
export type ExtractExperienceInput = z.infer<typeof extractExperienceInputSchema>;
export type Experience = z.infer<typeof experienceSchema>;
export type SkillGapJob = z.infer<typeof skillGapJobSchema>;
export type AnalyzeSkillGapsInput = z.infer<typeof analyzeSkillGapsInputSchema>;
export type SkillGapAnalysis = z.infer<typeof skillGapAnalysisSchema>;
