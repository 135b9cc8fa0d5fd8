import { planInterview } from '#server/ai/index.ts';
import type { InterviewState, InterviewStage, Turn } from '#shared/ai/interview.ts';
import type { Competency, Question, QuestionType } from '#shared/ai/questions.ts';
import type { TurnKind } from '#shared/contracts/practice.ts';
import type { QuestionRow, SessionRecord, TurnRow } from './sessions.repo.ts';

/**
 * The planner (nextTurn) works on ids of the form q_xxxxxxxx; a session's planned questions get theirs from their
 * position, so the same stored rows always rebuild the same interview state.
 */
export function plannerId(position: number): string {
  return `q_${position.toString(16).padStart(8, '0')}`;
}

export function plannedQuestions(record: { questions: readonly QuestionRow[] }): QuestionRow[] {
  return record.questions.filter((question) => !question.isFollowUp);
}

export function toPlannerQuestion(row: QuestionRow): Question {
  return {
    id: plannerId(row.position),
    text: row.text,
    stage: row.stage as Question['stage'],
    type: (row.typeTag ?? 'behavioural') as QuestionType,
    competency: (row.competency ?? 'communication') as Competency,
    ...(row.skill ? { skill: row.skill } : {}),
    strongAnswerShows: row.strongAnswerShows.length > 0 ? row.strongAnswerShows : ['a specific example'],
  };
}


export function turnKind(turn: TurnRow, questionsById: ReadonlyMap<string, QuestionRow>): TurnKind {
  if (turn.role === 'system') return 'skip';
  if (turn.role === 'candidate') return 'answer';
  const question = turn.questionId ? questionsById.get(turn.questionId) : undefined;
  if (!question) return 'close';
  return question.isFollowUp ? 'follow_up' : 'question';
}

/** The conversation as the planner sees it: system notes (skips) are left out; follow-ups point at their parent. */
export function toInterviewState(record: SessionRecord, endedBy: InterviewState['endedBy'] = null): InterviewState {
  const { session } = record;
  const questionsById = new Map(record.questions.map((question) => [question.id, question]));
  const planned = plannedQuestions(record);
  const turns: Turn[] = [];
  for (const turn of record.turns) {
    const kind = turnKind(turn, questionsById);
    if (kind === 'skip') continue;
    const question = turn.questionId ? questionsById.get(turn.questionId) : undefined;
    const asked = question?.parentQuestionId ? questionsById.get(question.parentQuestionId) : question;
    turns.push({
      role: turn.role === 'candidate' ? 'candidate' : 'interviewer',
      stage: (turn.stage ?? 'welcome') as InterviewStage,
      kind,
      ...(asked ? { questionId: plannerId(asked.position) } : {}),
      text: turn.text,
    });
  }
  const candidateName = typeof session.metadata.candidateName === 'string' ? session.metadata.candidateName : undefined;
  const plan = planInterview(planned.map(toPlannerQuestion), { ...(candidateName ? { candidateName } : {}), ...(session.targetRole ? { role: session.targetRole } : {}) });
  return { ...plan, turns, skippedStages: session.skippedStages as InterviewStage[], endedBy };
}

/** The question waiting for an answer: the one the interviewer's last words asked, if nothing was said after them. */
export function findCurrentQuestion(record: SessionRecord): QuestionRow | null {
  if (record.session.status !== 'in_progress') return null;
  const last = record.turns.at(-1);
  if (last?.role !== 'interviewer' || !last.questionId) return null;
  return record.questions.find((question) => question.id === last.questionId) ?? null;
}

export function lastSeq(record: SessionRecord): number {
  return record.turns.at(-1)?.seq ?? 0;
}
