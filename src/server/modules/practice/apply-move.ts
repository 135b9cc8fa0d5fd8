import { nextTurnTask, type AiRunContext } from '#server/ai/index.ts';
import type { NextTurn } from '#shared/ai/interview.ts';
import { AppError } from '#server/platform/errors.ts';
import { completeMove, prepareMove, type InterviewEvent, type PreparedMove } from './conduct-interview.ts';
import { queueFeedback } from './feedback.job.ts';
import type { PracticeDeps } from './practice-deps.ts';
import { findSessionById, readSessionRecord, saveMove, type SessionRecord } from './sessions.repo.ts';

export class MoveConflictError extends AppError {
  constructor() {
    super('conflict', 'The interview moved on meanwhile (another tab or request answered first). Reload it to continue.');
  }
}

/** The interviewer's next words through the AI engine (an LLM words them when one is configured), then saved. */
export async function decideAndApply(deps: PracticeDeps, record: SessionRecord, event: InterviewEvent, ctx: AiRunContext): Promise<SessionRecord> {
  const prepared = prepareMove(record, event, deps.now());
  const { output } = await deps.engine.run(nextTurnTask, prepared.state, ctx);
  return applyMove(deps, prepared, output);
}

/**
 * Saves the move in one transaction, which also queues the report when the move ended the interview: the finished
 * session, its pending report and the job that makes it commit together or not at all. Then reads the session again.
 */
export async function applyMove(deps: PracticeDeps, prepared: PreparedMove, next: NextTurn): Promise<SessionRecord> {
  const move = completeMove(prepared, next, deps.now());
  const saved = await deps.db.transaction(async (transaction) => {
    if (!(await saveMove(transaction, move))) return false;
    if (move.openFeedbackFor) await queueFeedback(deps, move.sessionId, transaction);
    return true;
  });
  if (!saved) throw new MoveConflictError();
  return rereadSession(deps, move.sessionId);
}

export async function rereadSession(deps: PracticeDeps, sessionId: string): Promise<SessionRecord> {
  const session = await findSessionById(deps.db, sessionId);
  if (!session) throw new AppError('not_found', 'Practice session not found.');
  return readSessionRecord(deps.db, session);
}
