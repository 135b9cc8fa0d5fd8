import { answerEvaluationSchema, type AnswerEvaluation, type InterviewStage } from '#shared/ai/interview.ts';
import type { AnswerMetrics, DeliverySummary, QuestionDetail } from '#shared/contracts/practice.ts';
import type { EvaluationRow } from './feedback.repo.ts';
import type { AnswerRow, QuestionRow, SessionRecord } from './sessions.repo.ts';

/** Each answer's evaluation (an answer has one at most), by answer id. */
export function evaluationsByAnswer(rows: readonly EvaluationRow[]): Map<string, AnswerEvaluation> {
  const byAnswer = new Map<string, AnswerEvaluation>();
  for (const row of rows) {
    const parsed = answerEvaluationSchema.safeParse(row.evaluation);
    if (parsed.success) byAnswer.set(row.answerId, parsed.data);
  }
  return byAnswer;
}

/** The questions the candidate answered, in the order asked, each with every attempt (interview answer, then retries). */
export function describeQuestions(record: SessionRecord, evaluations: ReadonlyMap<string, AnswerEvaluation>): QuestionDetail[] {
  const firstAsked = new Map<string, number>();
  for (const turn of record.turns) if (turn.questionId && !firstAsked.has(turn.questionId)) firstAsked.set(turn.questionId, turn.seq);
  return record.questions
    .filter((question) => record.answers.some((answer) => answer.questionId === question.id))
    .sort((a, b) => (firstAsked.get(a.id) ?? a.position) - (firstAsked.get(b.id) ?? b.position))
    .map((question) => describeQuestion(question, record.answers, evaluations));
}

export function describeQuestion(question: QuestionRow, answers: readonly AnswerRow[], evaluations: ReadonlyMap<string, AnswerEvaluation>): QuestionDetail {
  return {
    questionId: question.id,
    position: question.position,
    text: question.text,
    stage: question.stage as InterviewStage | null,
    competency: question.competency as QuestionDetail['competency'],
    skill: question.skill,
    strongAnswerShows: question.strongAnswerShows,
    isFollowUp: question.isFollowUp,
    parentQuestionId: question.parentQuestionId,
    attempts: answers
      .filter((answer) => answer.questionId === question.id)
      .sort((a, b) => a.attempt - b.attempt)
      .map((answer) => {
        const evaluation = evaluations.get(answer.id) ?? null;
        return {
          answerId: answer.id,
          attempt: answer.attempt,
          text: answer.transcript ?? '',
          transcriptSource: answer.transcriptSource,
          answeredAt: answer.answeredAt.toISOString(),
          metrics: metricsOf(answer),
          evaluation,
          overall: evaluation?.overall ?? null,
        };
      }),
  };
}

/** Every answer is measured when it is saved (measureAnswer). */
function metricsOf(answer: AnswerRow): AnswerMetrics {
  return answer.metrics as AnswerMetrics;
}

/** Delivery over the interview's own answers (first attempts). */
export function summarizeDelivery(answers: readonly AnswerRow[]): DeliverySummary {
  const metrics = answers.filter((answer) => answer.attempt === 1).map(metricsOf);
  const totalWords = metrics.reduce((sum, item) => sum + item.wordCount, 0);
  const fillerCount = metrics.reduce((sum, item) => sum + item.fillerCount, 0);
  const fillers = new Map<string, number>();
  for (const item of metrics) for (const [word, n] of Object.entries(item.fillerWords)) fillers.set(word, (fillers.get(word) ?? 0) + n);
  const timed = metrics.filter((item) => item.durationMs && item.durationMs > 0);
  const minutes = timed.reduce((sum, item) => sum + (item.durationMs ?? 0), 0) / 60_000;
  const timedWords = timed.reduce((sum, item) => sum + item.wordCount, 0);
  const timedFillers = timed.reduce((sum, item) => sum + item.fillerCount, 0);
  return {
    totalWords,
    averageWordsPerAnswer: metrics.length === 0 ? 0 : round(totalWords / metrics.length),
    fillerCount,
    fillersPer100Words: totalWords === 0 ? 0 : round((fillerCount / totalWords) * 100),
    topFillers: [...fillers.entries()].map(([word, count]) => ({ word, count })).sort((a, b) => b.count - a.count).slice(0, 5),
    wordsPerMinute: minutes > 0 ? round(timedWords / minutes) : null,
    fillersPerMinute: minutes > 0 ? round(timedFillers / minutes) : null,
    estimated: answers.some((answer) => answer.attempt === 1 && answer.transcriptSource === 'stt_offline'),
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
