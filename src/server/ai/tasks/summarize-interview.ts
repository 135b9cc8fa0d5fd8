import { z } from 'zod';
import { summarizeInterview } from '#server/ai/offline/feedback/summarize-interview.ts';
import { defineTask } from '#server/ai/task.ts';
import { verbatim } from '#server/ai/tasks/support/find-verbatim.ts';
import { honesty, jsonBlock } from '#server/ai/tasks/support/prompt-blocks.ts';
import { interviewReportSchema, ratingWords, transcriptSchema, type InterviewReport, type Transcript } from '#shared/ai/interview.ts';

export const summarizeInterviewInputSchema = z.object({
  transcript: transcriptSchema.min(1, 'the transcript has no answers'),
  /** The planned questions (follow-ups apart), when some went unanswered; else those of the transcript. */
  questionCount: z.number().int().min(1).optional(),
});

/** Per-answer scores come from the answer evaluations, not from the model. */
const llmReportSchema = interviewReportSchema.omit({ perAnswer: true, ratingWord: true });

type Prepared = { transcript: Transcript; draft: InterviewReport; answers: string };

function finishReport(report: z.infer<typeof llmReportSchema>, { draft, answers }: Prepared): InterviewReport {
  const strengths = report.strengths.flatMap((strength) => {
    const quote = verbatim(answers, strength.quote);
    return quote ? [{ text: strength.text, quote }] : [];
  });
  const before = report.rewrite ? verbatim(answers, report.rewrite.before) : null;
  return {
    ...report,
    ratingWord: ratingWords[report.rating - 1] ?? draft.ratingWord,
    competencies: report.competencies.map((item) => ({ ...item, quote: verbatim(answers, item.quote) })),
    strengths: strengths.length > 0 ? strengths : draft.strengths,
    improvements: report.improvements.map((item) => ({ ...item, quote: verbatim(answers, item.quote) })),
    rewrite: report.rewrite && before ? { ...report.rewrite, before } : draft.rewrite,
    perAnswer: draft.perAnswer,
  };
}

export const summarizeInterviewTask = defineTask({
  name: 'summarizeInterview',
  input: summarizeInterviewInputSchema,
  output: interviewReportSchema,
  offline: ({ transcript, questionCount }, ctx) => summarizeInterview(transcript, ctx.analyseText, questionCount),
  llmInput: ({ transcript, questionCount }, ctx): Prepared => ({
    transcript,
    draft: summarizeInterview(transcript, ctx.analyseText, questionCount),
    answers: transcript.map((entry) => entry.answer).join('\n\n'),
  }),
  prompt: ({ transcript, draft }) => ({
    system: [
      'You are an interview coach writing the feedback report after a practice interview.',
      'headline: one line. summary: 3–5 sentences. rating: 1–5 overall.',
      'competencies: each competency the interview probed, score 1–5, with a verbatim quote (or null).',
      '2–3 strengths, each with a verbatim quote from an answer; 3–4 improvements, each with a concrete technique',
      '(e.g. STAR, quantify the result, lead with the answer) and the quote it refers to or null.',
      'rewrite: take the weakest answer, copy it (or its weakest passage) verbatim as "before", and write a better "after"',
      'that keeps the candidate\'s own facts and adds nothing they did not say — mark missing facts as [number] or [tool].',
      'suggestions: 3–5 actionable items. practicePlan: 5–10 days over one to two weeks, each with a focus and an exercise.',
      'The per-answer scores given were computed from each answer; keep the report consistent with them.',
      honesty,
    ].join(' '),
    prompt: jsonBlock(
      'interview',
      transcript.map((entry, index) => ({
        question: entry.question.text,
        competency: entry.question.competency,
        answer: entry.answer,
        score: draft.perAnswer[index]?.overall,
      })),
    ),
  }),
  llmOutput: llmReportSchema,
  finishLlm: finishReport,
});
