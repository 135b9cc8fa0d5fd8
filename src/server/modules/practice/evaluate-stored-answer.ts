import { evaluateAnswerTask, type AiMeta, type AiRunContext } from '#server/ai/index.ts';
import { answerEvaluationSchema, type AnswerEvaluation } from '#shared/ai/interview.ts';
import type { Competency } from '#shared/ai/questions.ts';
import { insertEvaluation } from './feedback.repo.ts';
import type { PracticeDeps } from './practice-deps.ts';
import type { AnswerRow, QuestionRow } from './sessions.repo.ts';

/** Thrown while retries remain when a configured LLM failed and the offline engine answered in its place. */
export class LlmUnavailableError extends Error {
  override readonly name = 'LlmUnavailableError';
}

/**
 * With `preferLlm`, an LLM failure is not accepted quietly: the caller (the feedback job) is retried later, when the
 * provider may be back, rather than keeping the offline result for good.
 */
export function acceptEngine(meta: AiMeta, preferLlm: boolean): void {
  if (preferLlm && meta.fallbackReason) throw new LlmUnavailableError(`the LLM failed (${meta.fallbackReason})`);
}

/** A stored question as the AI tasks take it: its text and, when it has one, its competency. */
export function questionForEngine(question: QuestionRow): { text: string; competency?: Competency } {
  return { text: question.text, ...(question.competency ? { competency: question.competency as Competency } : {}) };
}

/** Evaluates a stored answer and stores the result; returns the evaluation kept, another run's if it stored one first. */
export async function evaluateStoredAnswer(
  deps: Pick<PracticeDeps, 'db' | 'engine'>,
  question: QuestionRow,
  answer: AnswerRow,
  ctx: AiRunContext,
  preferLlm: boolean,
): Promise<AnswerEvaluation> {
  const { output, meta } = await deps.engine.run(
    evaluateAnswerTask,
    { question: questionForEngine(question), answer: answer.transcript ?? '' },
    ctx,
  );
  acceptEngine(meta, preferLlm);
  const kept = await insertEvaluation(deps.db, {
    answerId: answer.id,
    evaluation: output,
    overallScore: output.overall,
    competencyScores: Object.fromEntries(output.competencies.map((score) => [score.competency, score.score])),
    engine: meta.engine,
    provider: meta.provider ?? null,
    model: meta.model ?? null,
  });
  return answerEvaluationSchema.parse(kept.evaluation);
}
