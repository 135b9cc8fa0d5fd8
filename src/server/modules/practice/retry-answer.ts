import { AppError } from '#server/platform/errors.ts';
import type { QuestionDetail, RetryAnswerBody } from '#shared/contracts/practice.ts';
import { measureAnswer, spokenSource } from './answer-metrics.ts';
import { evaluateStoredAnswer } from './evaluate-stored-answer.ts';
import { findEvaluations } from './feedback.repo.ts';
import { loadOwnedSession } from './load-session.ts';
import type { Caller } from '#server/platform/access/index.ts';
import type { PracticeDeps } from './practice-deps.ts';
import { describeQuestion, evaluationsByAnswer } from './question-details.ts';
import { insertRetryAnswer } from './sessions.repo.ts';

/** Another attempt at an answered question, evaluated at once and kept beside the earlier attempts. */
export async function retryAnswer(deps: PracticeDeps, caller: Caller, sessionId: string, questionId: string, body: RetryAnswerBody): Promise<QuestionDetail> {
  const text = body.text.trim();
  if (!text) throw new AppError('bad_request', 'The answer is empty.');
  const record = await loadOwnedSession(deps, caller, sessionId);
  const question = record.questions.find((row) => row.id === questionId);
  if (!question) throw new AppError('not_found', 'Question not found in this practice session.');
  if (!record.answers.some((answer) => answer.questionId === questionId)) {
    throw new AppError('conflict', 'Answer this question in the interview before retrying it.');
  }
  const answer = await insertRetryAnswer(deps.db, {
    questionId,
    sessionId,
    userId: caller.userId,
    transcript: text,
    transcriptSource: spokenSource(body),
    audioStoragePath: body.audioKey ?? null,
    audioDurationMs: body.durationMs ?? null,
    metrics: measureAnswer(text, body.durationMs),
    answeredAt: deps.now(),
  });
  await evaluateStoredAnswer(deps, question, answer, { userId: caller.userId }, false);
  const answers = [...record.answers, answer];
  const evaluations = evaluationsByAnswer(await findEvaluations(deps.db, answers.filter((row) => row.questionId === questionId).map((row) => row.id)));
  return describeQuestion(question, answers, evaluations);
}
