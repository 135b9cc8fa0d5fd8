import { rateTranscript, summarizeInterviewTask } from '#server/ai/index.ts';
import { notify } from '#server/modules/notifications/index.ts';
import type { AnswerEvaluation, Transcript } from '#shared/ai/interview.ts';
import { acceptEngine, evaluateStoredAnswer, questionForEngine } from './evaluate-stored-answer.ts';
import { findEvaluations, findFeedback, markFeedbackReady } from './feedback.repo.ts';
import type { PracticeDeps } from './practice-deps.ts';
import { plannedQuestions } from './interview-state.ts';
import { evaluationsByAnswer } from './question-details.ts';
import { findSessionById, readSessionRecord, type AnswerRow, type QuestionRow } from './sessions.repo.ts';

/**
 * Evaluates every answer not yet evaluated (each evaluation is saved as it is made, so a retry picks up where the
 * last run stopped), then writes the report. A report already ready is left alone: running twice changes nothing, and
 * two runs at once keep one evaluation per answer (the first stored) and the first report written.
 */
export async function generateFeedback(deps: PracticeDeps, sessionId: string, options: { preferLlm: boolean }): Promise<void> {
  const feedback = await findFeedback(deps.db, sessionId);
  const session = await findSessionById(deps.db, sessionId);
  if (!feedback || feedback.status !== 'pending' || !session) return;
  const record = await readSessionRecord(deps.db, session);
  const ctx = { userId: session.userId };
  const evaluations = evaluationsByAnswer(await findEvaluations(deps.db, record.answers.map((answer) => answer.id)));
  const questionsById = new Map(record.questions.map((question) => [question.id, question]));
  for (const answer of record.answers) {
    const question = questionsById.get(answer.questionId);
    if (evaluations.has(answer.id) || !question) continue;
    evaluations.set(answer.id, await evaluateStoredAnswer(deps, question, answer, ctx, options.preferLlm));
  }

  const transcript = interviewTranscript(record.answers, questionsById, evaluations);
  const questionCount = plannedQuestions(record).length;
  const { output: report, meta } = await deps.engine.run(summarizeInterviewTask, { transcript, ...(questionCount > 0 ? { questionCount } : {}) }, ctx);
  acceptEngine(meta, options.preferLlm);
  const ready = {
    report,
    // On 0–100, agreeing with the report's word: the model's own rating when it wrote the report, else the one offline
    // interview rating (decision 048, continuous; follow-up answers count with the question they follow).
    rating: Math.round((meta.engine === 'llm' ? report.rating : rateTranscript(transcript).rating) * 20),
    ratingLabel: report.ratingWord,
    summary: report.summary,
    engine: meta.engine,
    generatedAt: deps.now(),
  };
  // The candidate hears about the report in the same transaction that makes it ready: once, and never before it is.
  await deps.db.transaction(async (tx) => {
    if (!(await markFeedbackReady(tx, sessionId, ready))) return;
    await notify(tx, session.userId, {
      type: 'practice_report_ready',
      eventKey: `practice:${sessionId}:report`,
      title: 'Your interview report is ready',
      message: `${session.name}: ${report.ratingWord}. See what went well and what to practise next.`,
      link: `/practice/sessions/${sessionId}/report`,
      metadata: { sessionId },
    });
  });
  deps.log.info({ sessionId, engine: meta.engine }, 'practice report ready');
}

/** The interview's own answers (first attempts) in the order given; retries are practice after the fact. */
function interviewTranscript(
  answers: readonly AnswerRow[],
  questionsById: ReadonlyMap<string, QuestionRow>,
  evaluations: ReadonlyMap<string, AnswerEvaluation>,
): Transcript {
  return answers
    .filter((answer) => answer.attempt === 1)
    .flatMap((answer) => {
      const question = questionsById.get(answer.questionId);
      if (!question) return [];
      const evaluation = evaluations.get(answer.id);
      return [
        {
          question: { id: question.id, ...questionForEngine(question), ...(question.isFollowUp ? { followUp: true } : {}) },
          answer: answer.transcript ?? '',
          ...(evaluation ? { evaluation } : {}),
        },
      ];
    });
}
