import { reviewInterview } from '#server/ai/offline/live/review-interview.ts';
import { defineTask } from '#server/ai/task.ts';
import { verbatim } from '#server/ai/tasks/support/find-verbatim.ts';
import { block, honesty, joinPrompt, jsonBlock } from '#server/ai/tasks/support/prompt-blocks.ts';
import type { Transcript } from '#shared/ai/interview.ts';
import { interviewReviewSchema, reviewInterviewInputSchema, reviewRecommendations, type InterviewReview } from '#shared/ai/live.ts';

/** Which job skills the answers mention is a lookup, kept from the offline review; the model judges the rest. */
const llmReviewSchema = interviewReviewSchema.omit({ skillsShown: true, skillsNotShown: true });

type Prepared = { transcript: Transcript; jobDescription?: string; draft: InterviewReview; answers: string };

export const reviewInterviewTask = defineTask({
  name: 'reviewInterview',
  input: reviewInterviewInputSchema,
  output: interviewReviewSchema,
  offline: (input, ctx) => reviewInterview(input, ctx.analyseText),
  llmInput: (input, ctx): Prepared => ({
    ...input,
    draft: reviewInterview(input, ctx.analyseText),
    answers: input.transcript.map((entry) => entry.answer).join('\n\n'),
  }),
  prompt: ({ transcript, jobDescription, draft }) => ({
    system: [
      'You review a finished job interview for the hiring team.',
      'assessment: 3–5 sentences. rating: 1–5. strengths and weaknesses: each one sentence with a verbatim quote from',
      `the candidate's answers (weaknesses may have null). recommendation: one of ${reviewRecommendations.join(', ')};`,
      'choose needs_more_evaluation when the answers do not give enough evidence either way. reasons: 2–4 sentences.',
      'Judge only job-relevant evidence; never age, gender, origin, accent, family or health.',
      'Never infer emotions, personality, confidence, nervousness, honesty or body language: only what the documents and answers say about the work.',
      honesty,
    ].join(' '),
    prompt: joinPrompt(
      block('job_description', jobDescription),
      jsonBlock('interview', transcript.map((entry) => ({ question: entry.question.text, answer: entry.answer }))),
      jsonBlock('skills', { mentioned: draft.skillsShown, notMentioned: draft.skillsNotShown }),
    ),
  }),
  llmOutput: llmReviewSchema,
  finishLlm: (review, { draft, answers }) => {
    const strengths = review.strengths.flatMap((item) => {
      const quote = verbatim(answers, item.quote);
      return quote ? [{ text: item.text, quote }] : [];
    });
    return {
      ...review,
      strengths,
      weaknesses: review.weaknesses.map((item) => ({ text: item.text, quote: verbatim(answers, item.quote) })),
      skillsShown: draft.skillsShown,
      skillsNotShown: draft.skillsNotShown,
    };
  },
});
