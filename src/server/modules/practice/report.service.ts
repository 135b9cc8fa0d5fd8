import { AppError } from '#server/platform/errors.ts';
import { interviewReportSchema } from '#shared/ai/interview.ts';
import type { PracticeReport, PracticeReportPending } from '#shared/contracts/practice.ts';
import { queueFeedback } from './feedback.job.ts';
import { findEvaluations, findFeedback, reopenFailedFeedback, type FeedbackRow } from './feedback.repo.ts';
import { loadOwnedSession } from './load-session.ts';
import type { Caller } from '#server/platform/access/index.ts';
import type { PracticeDeps } from './practice-deps.ts';
import { describeQuestions, evaluationsByAnswer, summarizeDelivery } from './question-details.ts';
import type { SessionRecord } from './sessions.repo.ts';

/** The report: pending while the job works, ready with the per-question details read live, or failed with a retry link. */
export async function getReport(deps: PracticeDeps, caller: Caller, sessionId: string): Promise<PracticeReport | PracticeReportPending> {
  const record = await loadOwnedSession(deps, caller, sessionId);
  const feedback = requireFeedback(record, await findFeedback(deps.db, sessionId));
  if (feedback.status === 'pending') return { status: 'pending' };
  if (feedback.status === 'failed') {
    return { status: 'failed', sessionId, error: feedback.error ?? 'The report could not be generated.', retryUrl: `/api/practice/sessions/${sessionId}/report/retry` };
  }
  const report = interviewReportSchema.parse(feedback.report);
  const evaluations = evaluationsByAnswer(await findEvaluations(deps.db, record.answers.map((answer) => answer.id)));
  return {
    status: 'ready',
    sessionId,
    rating: report.rating,
    ratingWord: report.ratingWord,
    score: feedback.rating ?? report.rating * 20,
    headline: report.headline,
    summary: report.summary,
    strengths: report.strengths,
    improvements: report.improvements,
    competencies: report.competencies,
    rewrite: report.rewrite,
    suggestions: report.suggestions,
    practicePlan: report.practicePlan,
    perQuestion: describeQuestions(record, evaluations),
    delivery: summarizeDelivery(record.answers),
    engine: feedback.engine,
    generatedAt: (feedback.generatedAt ?? feedback.updatedAt).toISOString(),
  };
}

/** Makes a failed report again. */
export async function retryReport(deps: PracticeDeps, caller: Caller, sessionId: string): Promise<PracticeReportPending> {
  const record = await loadOwnedSession(deps, caller, sessionId);
  const feedback = requireFeedback(record, await findFeedback(deps.db, sessionId));
  const reopened =
    feedback.status === 'failed' &&
    (await deps.db.transaction(async (transaction) => {
      if (!(await reopenFailedFeedback(transaction, sessionId))) return false;
      await queueFeedback(deps, sessionId, transaction);
      return true;
    }));
  if (!reopened) throw new AppError('conflict', feedback.status === 'ready' ? 'The report is already ready.' : 'The report is already being made.');
  return { status: 'pending' };
}

function requireFeedback(record: SessionRecord, feedback: FeedbackRow | undefined): FeedbackRow {
  if (feedback) return feedback;
  if (record.session.status === 'in_progress') {
    throw new AppError('conflict', 'The interview is still in progress: answer the remaining questions or end it to get your report.');
  }
  throw new AppError('conflict', 'The interview ended before any answer was given, so there is nothing to report.');
}
