import { evaluateAnswer } from '#server/ai/offline/evaluation/evaluate-answer.ts';
import { defineTask } from '#server/ai/task.ts';
import { verbatim } from '#server/ai/tasks/support/find-verbatim.ts';
import { block, honesty, joinPrompt, jsonBlock } from '#server/ai/tasks/support/prompt-blocks.ts';
import { answerEvaluationSchema, evaluateAnswerInputSchema, type AnswerEvaluation, type EvaluateAnswerInput } from '#shared/ai/interview.ts';

/** What needs judgement; counts (fillers, length, I/we, numbers) stay measured by the offline engine. */
const llmEvaluationSchema = answerEvaluationSchema.pick({ star: true, competencies: true, overall: true, feedback: true });

type Prepared = { input: EvaluateAnswerInput; measured: AnswerEvaluation };

export const evaluateAnswerTask = defineTask({
  name: 'evaluateAnswer',
  input: evaluateAnswerInputSchema,
  output: answerEvaluationSchema,
  offline: (input, ctx) => evaluateAnswer(input, ctx.analyseText),
  llmInput: (input, ctx): Prepared => ({ input, measured: evaluateAnswer(input, ctx.analyseText) }),
  prompt: ({ input, measured }) => ({
    system: [
      'You are an experienced interview coach scoring one answer to one interview question.',
      'star: for each of situation, task, action, result, copy the sentence or clause of the answer that gives it, or null.',
      'competencies: score 1–5 the competency the question probes (and any other the answer clearly shows),',
      'each with the quote from the answer that justifies the score (null if there is none) and one sentence why.',
      '1 = no evidence, 3 = adequate with some specifics, 5 = specific, owned, measurable results.',
      'overall: 1–5. feedback: 2–4 short, concrete, kind suggestions addressed to the candidate.',
      'The measurements given were computed from the text; use them, do not recount.',
      honesty,
    ].join(' '),
    prompt: joinPrompt(
      block('question', input.question.text),
      input.question.competency && `The question probes: ${input.question.competency}.`,
      block('answer', input.answer || '(no answer)'),
      jsonBlock('measurements', { specificity: measured.specificity, ownership: measured.ownership, fillers: measured.fillers, length: measured.length }),
    ),
  }),
  llmOutput: llmEvaluationSchema,
  finishLlm: (judged, { input, measured }) => {
    const star = {
      situation: verbatim(input.answer, judged.star.situation),
      task: verbatim(input.answer, judged.star.task),
      action: verbatim(input.answer, judged.star.action),
      result: verbatim(input.answer, judged.star.result),
    };
    return {
      ...measured,
      star,
      starCoverage: Object.values(star).filter((part) => part !== null).length,
      competencies: judged.competencies.map((score) => ({ ...score, quote: verbatim(input.answer, score.quote) })),
      overall: judged.overall,
      feedback: judged.feedback.length > 0 ? judged.feedback : measured.feedback,
    };
  },
});
