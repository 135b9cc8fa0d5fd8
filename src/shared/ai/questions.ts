import { z } from 'zod';
import { resumeSchema } from './resume.ts';

export const interviewTypes = ['behavioural', 'technical', 'situational', 'hr_screening', 'system_design', 'mixed'] as const;
export const interviewTypeSchema = z.enum(interviewTypes);

/** Stages a planned question belongs to; the interviewer adds a 'welcome' stage before them. */
export const questionStages = ['introduction', 'experience', 'technical', 'behavioural', 'closing'] as const;
export const questionStageSchema = z.enum(questionStages);

/** Includes parseJob's levels (principal, manager, director) so a parsed job's seniority can be passed straight in. */
export const seniorities = ['intern', 'junior', 'mid', 'senior', 'lead', 'principal', 'manager', 'director', 'executive'] as const;
export const senioritySchema = z.enum(seniorities);

export const competencies = [
  'communication',
  'problem_solving',
  'ownership',
  'teamwork',
  'leadership',
  'adaptability',
  'conflict_resolution',
  'customer_focus',
  'technical_depth',
  'system_design',
  'time_management',
  'learning',
  'integrity',
  'attention_to_detail',
  'motivation',
] as const;
export const competencySchema = z.enum(competencies);

/** The tag a question carries (seed 002 interview_questions.question_type_tag). */
export const questionTypes = ['behavioural', 'technical', 'situational', 'hr_screening', 'system_design', 'introduction', 'closing'] as const;
export const questionTypeSchema = z.enum(questionTypes);

export const generateQuestionsInputSchema = z.object({
  role: z.string().trim().min(1, 'role is required').max(200),
  interviewType: interviewTypeSchema.default('mixed'),
  seniority: senioritySchema.optional(),
  focusSkills: z.array(z.string().trim().min(1)).max(30).default([]),
  jobDescription: z.string().max(50_000).optional(),
  resume: resumeSchema.optional(),
  count: z.number().int().min(1).max(30).default(5),
  /** Changes the draw without changing the inputs (e.g. "give me other questions"). */
  seed: z.string().max(100).optional(),
});

export const questionSchema = z.object({
  /** Stable: a hash of the question text, so the same question has the same id in every session. */
  id: z.string().regex(/^q_[0-9a-f]{8}$/),
  text: z.string().min(1),
  stage: questionStageSchema,
  type: questionTypeSchema,
  competency: competencySchema,
  skill: z.string().optional(),
  /** Where the personalisation came from, quoted verbatim from the resume or job description. */
  basedOn: z.object({ source: z.enum(['resume', 'job_description', 'focus_skill']), quote: z.string() }).optional(),
  strongAnswerShows: z.array(z.string()).min(1),
});

export const generateQuestionsOutputSchema = z.object({
  questions: z.array(questionSchema),
  profession: z.string(),
  seniority: senioritySchema,
});

export type InterviewType = z.infer<typeof interviewTypeSchema>;
export type QuestionStage = z.infer<typeof questionStageSchema>;
export type Seniority = z.infer<typeof senioritySchema>;
export type Competency = z.infer<typeof competencySchema>;
export type QuestionType = z.infer<typeof questionTypeSchema>;
export type GenerateQuestionsInput = z.input<typeof generateQuestionsInputSchema>;
export type GenerateQuestionsContext = z.output<typeof generateQuestionsInputSchema>;
export type Question = z.infer<typeof questionSchema>;
export type GenerateQuestionsOutput = z.infer<typeof generateQuestionsOutputSchema>;
