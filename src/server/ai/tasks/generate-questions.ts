import { z } from 'zod';
import {
  competencies,
  generateQuestionsInputSchema,
  generateQuestionsOutputSchema,
  questionStages,
  questionTypes,
  type GenerateQuestionsContext,
} from '#shared/ai/questions.ts';
import { renderResumeText } from '#server/ai/offline/documents/render-resume-text.ts';
import { generateQuestions } from '#server/ai/offline/questions/generate-questions.ts';
import { defineTask } from '#server/ai/task.ts';
import { block, honesty, joinPrompt } from './support/prompt-blocks.ts';
import { finishQuestions, llmQuestionSchema } from './support/question-ids.ts';

const llmQuestionsSchema = generateQuestionsOutputSchema.extend({ questions: z.array(llmQuestionSchema) });

type Prepared = { context: GenerateQuestionsContext; resumeText?: string };

export const generateQuestionsTask = defineTask({
  name: 'generateQuestions',
  input: generateQuestionsInputSchema,
  output: generateQuestionsOutputSchema,
  offline: (context) => generateQuestions(context),
  llmInput: (context): Prepared => ({ context, ...(context.resume ? { resumeText: renderResumeText(context.resume) } : {}) }),
  prompt: ({ context, resumeText }) => ({
    system: [
      'You are a senior interviewer preparing questions for a mock or real interview in any profession.',
      `Write exactly ${context.count} distinct questions for the interview type given, ordered by stage (${questionStages.join(', ')}).`,
      `type is one of ${questionTypes.join(', ')}; competency is one of ${competencies.join(', ')};`,
      'skill names the skill a question probes, if any. strongAnswerShows lists 2–4 things a strong answer demonstrates.',
      'Match the seniority: juniors get fundamentals and learning, seniors get trade-offs, scope and leadership.',
      'Personalise where the resume or job description allows ("Your resume mentions migrating to Kafka at Acme: …"),',
      'and then set basedOn to the source and a short verbatim quote from it.',
      'profession: the profession in a few words; seniority: the level you wrote for.',
      honesty,
    ].join(' '),
    prompt: joinPrompt(
      `Role: ${context.role}`,
      `Interview type: ${context.interviewType}`,
      context.seniority && `Seniority: ${context.seniority}`,
      context.focusSkills.length > 0 && `Focus skills: ${context.focusSkills.join(', ')}`,
      `Number of questions: ${context.count}`,
      block('job_description', context.jobDescription),
      block('resume', resumeText),
    ),
  }),
  llmOutput: llmQuestionsSchema,
  finishLlm: (output, { context, resumeText }) => ({
    ...output,
    questions: finishQuestions(
      output.questions,
      { resume: resumeText, job_description: context.jobDescription, focus_skill: context.focusSkills.join('\n') },
      context.count,
    ),
  }),
});
