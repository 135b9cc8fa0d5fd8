import { planNextTurnSpeech } from '#server/ai/index.ts';
import { AppError } from '#server/platform/errors.ts';
import type { PracticeSessionState } from '#shared/contracts/practice.ts';
import { applyMove, decideAndApply } from './apply-move.ts';
import { prepareMove, type AnswerInput, type InterviewEvent } from './conduct-interview.ts';
import { findCurrentQuestion } from './interview-state.ts';
import { loadOwnedSession, viewSession } from './load-session.ts';
import type { Caller } from '#server/platform/access/index.ts';
import type { PracticeDeps } from './practice-deps.ts';
import type { SessionRecord } from './sessions.repo.ts';

/** Saves the answer and the interviewer's reply (next question, a follow-up, or the close) and returns the new state. */
export async function submitAnswer(deps: PracticeDeps, caller: Caller, sessionId: string, input: AnswerInput): Promise<PracticeSessionState> {
  const { record, event } = await acceptAnswer(deps, caller, sessionId, input);
  return viewSession(deps, await decideAndApply(deps, record, event, { userId: caller.userId }));
}

export type AnswerStreamEvent = { type: 'delta'; text: string } | { type: 'state'; state: PracticeSessionState };

/**
 * Like submitAnswer, but the interviewer's words come as they are generated. Everything that can refuse the answer
 * runs before the first event; the move is saved after the last delta, with exactly the words that were streamed.
 */
export async function streamAnswer(deps: PracticeDeps, caller: Caller, sessionId: string, input: AnswerInput): Promise<AsyncIterable<AnswerStreamEvent>> {
  const { record, event } = await acceptAnswer(deps, caller, sessionId, input);
  const prepared = prepareMove(record, event, deps.now());
  const { plan, request } = planNextTurnSpeech(prepared.state);
  const stream = deps.engine.streamText(request, { userId: caller.userId });
  return (async function* events(): AsyncGenerator<AnswerStreamEvent> {
    let spoken = '';
    for await (const text of stream.textStream) {
      spoken += text;
      yield { type: 'delta', text };
    }
    if (!spoken.trim()) {
      spoken = plan.message;
      yield { type: 'delta', text: spoken };
    }
    const saved = await applyMove(deps, prepared, { ...plan, message: spoken });
    yield { type: 'state', state: await viewSession(deps, saved) };
  })();
}

/** Skips the rest of the current stage; the interviewer moves on to the next stage (or closes). */
export async function skipStage(deps: PracticeDeps, caller: Caller, sessionId: string): Promise<PracticeSessionState> {
  const record = requireInProgress(await loadOwnedSession(deps, caller, sessionId));
  return viewSession(deps, await decideAndApply(deps, record, { kind: 'skip' }, { userId: caller.userId }));
}

/** Ends the interview now; ending one that already ended changes nothing. */
export async function endSession(deps: PracticeDeps, caller: Caller, sessionId: string): Promise<PracticeSessionState> {
  const record = await loadOwnedSession(deps, caller, sessionId);
  if (record.session.status !== 'in_progress') return viewSession(deps, record);
  return viewSession(deps, await decideAndApply(deps, record, { kind: 'end' }, { userId: caller.userId }));
}

async function acceptAnswer(deps: PracticeDeps, caller: Caller, sessionId: string, input: AnswerInput): Promise<{ record: SessionRecord; event: InterviewEvent }> {
  if (!input.text.trim()) throw new AppError('bad_request', 'The answer is empty.');
  const record = requireInProgress(await loadOwnedSession(deps, caller, sessionId));
  const current = findCurrentQuestion(record);
  if (!current) throw new AppError('conflict', 'The interviewer has not asked a question yet. Reload the session.');
  if (current.id !== input.questionId) {
    throw new AppError('conflict', `That is not the current question: answer "${current.text}" (question ${current.id}) instead.`, { currentQuestionId: current.id });
  }
  return { record, event: { kind: 'answer', question: current, input } };
}

function requireInProgress(record: SessionRecord): SessionRecord {
  const { session } = record;
  if (session.status === 'in_progress') return record;
  const why = session.endReason === 'timed_out' ? 'it timed out after being idle' : session.endReason === 'ended_by_candidate' ? 'it was ended early' : 'it is finished';
  throw new AppError('conflict', `This interview has already ended (${why}). Start a new one to keep practising.`);
}
