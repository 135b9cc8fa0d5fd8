import type { InterviewStage } from '#shared/ai/interview.ts';
import type { CurrentQuestion, PracticeSessionState, StagePlan } from '#shared/contracts/practice.ts';
import { findCurrentQuestion, plannedQuestions, toInterviewState, turnKind } from './interview-state.ts';
import type { QuestionRow, SessionRecord, SessionRow } from './sessions.repo.ts';

type FeedbackStatus = PracticeSessionState['feedbackStatus'];

/** What GET /api/practice/sessions/:id answers: the whole conversation and where the interview stands. */
export function toSessionState(record: SessionRecord, feedbackStatus: FeedbackStatus): PracticeSessionState {
  const { session } = record;
  const questionsById = new Map(record.questions.map((question) => [question.id, question]));
  const planned = plannedQuestions(record);
  const current = findCurrentQuestion(record);
  const currentParent = current?.parentQuestionId ? questionsById.get(current.parentQuestionId) : current;
  return {
    ...describeSession(session),
    stages: planStages(record),
    questionCount: planned.length,
    answeredCount: countAnswered(record),
    currentQuestion: current
      ? {
          id: current.id,
          text: current.text,
          stage: current.stage as InterviewStage,
          competency: current.competency as NonNullable<PracticeSessionState['currentQuestion']>['competency'],
          isFollowUp: current.isFollowUp,
          parentQuestionId: current.parentQuestionId,
          number: planned.findIndex((question) => question.id === currentParent?.id) + 1,
          basedOn: current.isFollowUp ? null : findBasedOn(session, current.id),
        }
      : null,
    turns: record.turns.map((turn) => ({
      id: turn.id,
      seq: turn.seq,
      role: turn.role,
      kind: turnKind(turn, questionsById),
      stage: turn.stage as InterviewStage | null,
      text: turn.text,
      questionId: turn.questionId,
      createdAt: turn.createdAt.toISOString(),
    })),
    feedbackStatus,
  };
}

export function describeSession(session: SessionRow) {
  return {
    id: session.id,
    name: session.name,
    targetRole: session.targetRole,
    interviewType: session.interviewType as PracticeSessionState['interviewType'],
    difficulty: session.difficulty,
    experienceLevel: session.experienceLevel,
    focusSkills: session.focusSkills,
    jobPostingId: session.jobPostingId,
    mode: session.mode,
    status: session.status,
    stage: session.stage as InterviewStage | null,
    skippedStages: session.skippedStages as InterviewStage[],
    endReason: session.endReason,
    endedBy: session.endedBy,
    personalisedFrom: { resume: session.hasResume, jobDescription: session.hasJd },
    createdAt: session.createdAt.toISOString(),
    startedAt: session.startedAt?.toISOString() ?? null,
    completedAt: session.completedAt?.toISOString() ?? null,
    updatedAt: session.updatedAt.toISOString(),
  };
}

/** Where a question's personalisation came from, as generateQuestions reported it (kept in the session's metadata). */
function findBasedOn(session: SessionRow, questionId: string): CurrentQuestion['basedOn'] {
  const basedOn = session.metadata.basedOn as Record<string, CurrentQuestion['basedOn']> | undefined;
  return basedOn?.[questionId] ?? null;
}

/** Planned questions with at least one answer. */
export function countAnswered(record: { questions: readonly QuestionRow[]; answers: readonly { questionId: string }[] }): number {
  const answered = new Set(record.answers.map((answer) => answer.questionId));
  return plannedQuestions(record).filter((question) => answered.has(question.id)).length;
}

function planStages(record: SessionRecord): StagePlan[] {
  const { session } = record;
  const questionsById = new Map(record.questions.map((question) => [question.id, question]));
  const budgets = toInterviewState(record).stages.filter((entry) => entry.budget > 0);
  const order = budgets.map((entry) => entry.stage);
  const currentIndex = session.stage ? order.indexOf(session.stage as InterviewStage) : -1;
  const finished = session.status !== 'in_progress';
  const answeredIds = new Set(record.answers.map((answer) => answer.questionId));
  return budgets.map((entry, index) => {
    const asked = record.turns.filter((turn) => turn.stage === entry.stage && turnKind(turn, questionsById) === 'question').length;
    const answered = plannedQuestions(record).filter((question) => question.stage === entry.stage && answeredIds.has(question.id)).length;
    const skipped = session.skippedStages.includes(entry.stage);
    return { stage: entry.stage, budget: entry.budget, asked, answered, status: stageStatus({ skipped, finished, asked, index, currentIndex }) };
  });
}

function stageStatus(stage: { skipped: boolean; finished: boolean; asked: number; index: number; currentIndex: number }): StagePlan['status'] {
  if (stage.skipped) return 'skipped';
  if (stage.finished) return stage.asked > 0 ? 'done' : 'not_reached';
  if (stage.index === stage.currentIndex) return 'current';
  return stage.index < stage.currentIndex ? 'done' : 'upcoming';
}
