import { randomUUID } from 'node:crypto';
import type { InterviewState, InterviewStage, NextTurn } from '#shared/ai/interview.ts';
import type { SubmitAnswerBody } from '#shared/contracts/practice.ts';
import { measureAnswer, spokenSource } from './answer-metrics.ts';
import { plannedQuestions, plannerId, toInterviewState, lastSeq } from './interview-state.ts';
import { countAnswered } from './session-view.ts';
import type { InterviewMove, NewAnswer, NewQuestion, NewTurn, QuestionRow, SessionChanges, SessionRecord } from './sessions.repo.ts';

/** An answer as any channel gives it: typed in the web app, or dictated (its recording's audioKey from the speech module). */
export type AnswerInput = SubmitAnswerBody;

export type InterviewEvent =
  | { kind: 'answer'; question: QuestionRow; input: AnswerInput }
  | { kind: 'skip' }
  | { kind: 'end' }
  | { kind: 'timeout' };

/** What happened before the interviewer speaks, and the state the planner decides the interviewer's words from. */
export type PreparedMove = { record: SessionRecord; event: InterviewEvent; state: InterviewState; leadTurns: NewTurn[]; answer?: NewAnswer; skippedStages: string[] };

export function prepareMove(record: SessionRecord, event: InterviewEvent, now: Date): PreparedMove {
  const { session } = record;
  const endedBy = event.kind === 'end' ? 'candidate' : event.kind === 'timeout' ? 'timeout' : null;
  const state = toInterviewState(record, endedBy);
  const stage = (session.stage ?? 'welcome') as InterviewStage;
  if (event.kind === 'answer') {
    const { question, input } = event;
    const text = input.text.trim();
    const asked = question.parentQuestionId ? record.questions.find((row) => row.id === question.parentQuestionId) : question;
    const answerStage = (question.stage ?? stage) as InterviewStage;
    state.turns.push({ role: 'candidate', stage: answerStage, kind: 'answer', ...(asked ? { questionId: plannerId(asked.position) } : {}), text });
    return {
      record,
      event,
      state,
      skippedStages: session.skippedStages,
      leadTurns: [{ role: 'candidate', stage: answerStage, text, questionId: question.id }],
      answer: {
        id: randomUUID(),
        questionId: question.id,
        sessionId: session.id,
        userId: session.userId,
        attempt: 1,
        transcript: text,
        transcriptSource: spokenSource(input),
        audioStoragePath: input.audioKey ?? null,
        audioDurationMs: input.durationMs ?? null,
        metrics: measureAnswer(text, input.durationMs),
        answeredAt: now,
      },
    };
  }
  if (event.kind === 'skip') {
    const skippedStages = [...new Set([...session.skippedStages, stage])];
    // The planner moves on after a candidate turn; an empty one stands for "no answer, next stage please".
    state.turns.push({ role: 'candidate', stage, kind: 'answer', text: '' });
    state.skippedStages = skippedStages as InterviewStage[];
    return { record, event, state, skippedStages, leadTurns: [{ role: 'system', stage, text: `The candidate skipped the ${stage} stage.`, questionId: null }] };
  }
  return { record, event, state, skippedStages: session.skippedStages, leadTurns: [] };
}

/** The move to save once the interviewer's words are known (planned, worded by an LLM, or streamed). */
export function completeMove(prepared: PreparedMove, next: NextTurn, now: Date): InterviewMove {
  const { record, event, answer } = prepared;
  const { session } = record;
  const planned = plannedQuestions(record);
  const question = next.questionId ? planned.find((row) => plannerId(row.position) === next.questionId) : undefined;
  let followUp: NewQuestion | undefined;
  let interviewer: NewTurn;
  if (next.action === 'close' || !question) {
    interviewer = { role: 'interviewer', stage: 'closing', text: next.message, questionId: null };
  } else if (next.action === 'follow_up') {
    followUp = {
      id: randomUUID(),
      sessionId: session.id,
      text: next.message,
      position: Math.max(0, ...record.questions.map((row) => row.position)) + 1,
      typeTag: question.typeTag,
      stage: question.stage,
      competency: question.competency,
      skill: question.skill,
      strongAnswerShows: question.strongAnswerShows,
      isFollowUp: true,
      parentQuestionId: question.id,
    };
    interviewer = { role: 'interviewer', stage: next.stage, text: next.message, questionId: followUp.id };
  } else {
    interviewer = { role: 'interviewer', stage: next.stage, text: next.message, questionId: question.id };
  }
  const closing = interviewer.questionId === null;
  const changes: SessionChanges = { stage: closing ? 'closing' : next.stage, skippedStages: prepared.skippedStages, updatedAt: now };
  const answers = answer ? [...record.answers, answer] : record.answers;
  let openFeedbackFor: string | undefined;
  if (closing) {
    const anyAnswer = answers.length > 0;
    const allAnswered = countAnswered({ questions: record.questions, answers }) >= planned.length;
    Object.assign(changes, {
      status: anyAnswer ? 'completed' : 'aborted',
      endReason: event.kind === 'timeout' ? 'timed_out' : event.kind === 'end' && !allAnswered ? 'ended_by_candidate' : 'completed',
      endedBy: event.kind === 'end' ? 'candidate' : event.kind === 'timeout' ? 'system' : 'interviewer',
      finalStage: session.stage,
      completedAt: now,
      actualQuestionCount: planned.length,
    } satisfies SessionChanges);
    if (anyAnswer) openFeedbackFor = session.userId;
  }
  return {
    sessionId: session.id,
    afterSeq: lastSeq(record),
    turns: [...prepared.leadTurns, interviewer],
    changes,
    ...(answer ? { answer } : {}),
    ...(followUp ? { followUp } : {}),
    ...(openFeedbackFor ? { openFeedbackFor } : {}),
  };
}
