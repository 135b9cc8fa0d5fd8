import { z } from 'zod';
import { renderResumeText } from '#server/ai/offline/documents/render-resume-text.ts';
import { briefInterviewer } from '#server/ai/offline/live/brief-interviewer.ts';
import { defineTask } from '#server/ai/task.ts';
import { verbatim } from '#server/ai/tasks/support/find-verbatim.ts';
import { block, honesty, joinPrompt, jsonBlock } from '#server/ai/tasks/support/prompt-blocks.ts';
import { finishQuestions, llmQuestionSchema } from '#server/ai/tasks/support/question-ids.ts';
import { briefConcernKinds, briefInterviewerInputSchema, interviewerBriefSchema, type InterviewerBrief } from '#shared/ai/live.ts';

/** The match numbers come from the matcher; the model writes the brief around them. */
const llmBriefSchema = interviewerBriefSchema.omit({ match: true }).extend({ suggestedQuestions: z.array(llmQuestionSchema) });

type Prepared = { jobDescription: string; resumeText: string; draft: InterviewerBrief };

export const briefInterviewerTask = defineTask({
  name: 'briefInterviewer',
  input: briefInterviewerInputSchema,
  output: interviewerBriefSchema,
  offline: (input, ctx) => briefInterviewer({ ...input, now: input.now ?? ctx.now() }, ctx.resumeNlp),
  llmInput: (input, ctx): Prepared => ({
    jobDescription: input.jobDescription,
    resumeText: [input.resumeText, input.resume && renderResumeText(input.resume)].filter(Boolean).join('\n\n'),
    draft: briefInterviewer({ ...input, now: input.now ?? ctx.now() }, ctx.resumeNlp),
  }),
  prompt: ({ jobDescription, resumeText, draft }) => ({
    system: [
      'You brief an interviewer who has five minutes before a live interview.',
      'candidateSummary: 2–4 sentences on who the candidate is professionally.',
      'strengths: 3–5 fits with the job, each with a verbatim quote from the resume (or null).',
      `concerns: what to probe, each with a kind (${briefConcernKinds.join(', ')}) and one sentence;`,
      'never raise age, gender, family, origin or health.',
      'Never infer emotions, personality, confidence, nervousness, honesty or body language: only what the documents and answers say about the work.',
      'suggestedQuestions: 5–8 questions that test the strengths and concerns, personalised with basedOn quotes.',
      'The automatic match and findings below were computed from the documents; stay consistent with them.',
      honesty,
    ].join(' '),
    prompt: joinPrompt(
      block('job_description', jobDescription),
      block('resume', resumeText),
      jsonBlock('computed', { match: draft.match, concerns: draft.concerns }),
    ),
  }),
  llmOutput: llmBriefSchema,
  finishLlm: (brief, { jobDescription, resumeText, draft }) => ({
    candidateSummary: brief.candidateSummary,
    strengths: brief.strengths.map((strength) => ({ text: strength.text, quote: verbatim(resumeText, strength.quote) })),
    concerns: brief.concerns,
    suggestedQuestions: finishQuestions(brief.suggestedQuestions, { resume: resumeText, job_description: jobDescription }, 10),
    match: draft.match,
  }),
});
