import { z } from 'zod';
import { briefConcernKinds, briefInterviewerInputSchema, interviewerBriefSchema, type InterviewerBrief } from '#shared/ai/live.ts';
import { renderResumeText } from '../offline/documents/render-resume-text.ts';
import { briefInterviewer } from '../offline/live/brief-interviewer.ts';
import { defineTask } from '../task.ts';
import { verbatim } from './support/find-verbatim.ts';
import { block, honesty, joinPrompt, jsonBlock } from './support/prompt-blocks.ts';
import { finishQuestions, llmQuestionSchema } from './support/question-ids.ts';

/** The match numbers come from the matcher; the model writes the brief around them. */
const llmBriefSchema = interviewerBriefSchema.omit({ match: true }).extend({ suggestedQuestions: z.array(llmQuestionSchema) });

type Prepared = { jobDescription: string; resumeText: string; draft: InterviewerBrief };

export const briefInterviewerTask = defineTask({
  name: 'briefInterviewer',
  input: briefInterviewerInputSchema,
  output: interviewerBriefSchema,
  offline: (input) => briefInterviewer(input),
  llmInput: (input): Prepared => ({
    jobDescription: input.jobDescription,
    resumeText: [input.resumeText, input.resume && renderResumeText(input.resume)].filter(Boolean).join('\n\n'),
    draft: briefInterviewer(input),
  }),
  prompt: ({ jobDescription, resumeText, draft }) => ({
    system: [
      'You brief an interviewer who has five minutes before a live interview.',
      'candidateSummary: 2–4 sentences on who the candidate is professionally.',
      'strengths: 3–5 fits with the job, each with a verbatim quote from the resume (or null).',
      `concerns: what to probe, each with a kind (${briefConcernKinds.join(', ')}) and one sentence;`,
      'never raise age, gender, family, origin or health.',
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
