import { getSetting } from '#server/modules/settings/index.ts';
import { AppError } from '#server/platform/errors.ts';
import type { PracticeSessionState } from '#shared/contracts/practice.ts';
import { decideAndApply, MoveConflictError, rereadSession } from './apply-move.ts';
import { findFeedback } from './feedback.repo.ts';
import type { Caller } from '#server/platform/access/index.ts';
import type { PracticeDeps } from './practice-deps.ts';
import { toSessionState } from './session-view.ts';
import { findOwnedSession, readSessionRecord, type SessionRecord } from './sessions.repo.ts';

/**
 * The caller's session with everything in it (another user's is "not found"). A session left idle longer than
 * the setting practice.idle-timeout-minutes (PRACTICE_IDLE_TIMEOUT_MINUTES) is closed as timed out first, so whoever touches it next sees it ended.
 */
export async function loadOwnedSession(deps: PracticeDeps, caller: Caller, sessionId: string): Promise<SessionRecord> {
  const session = await findOwnedSession(deps.db, caller.userId, sessionId);
  if (!session) throw new AppError('not_found', 'Practice session not found.');
  const record = await readSessionRecord(deps.db, session);
  const idleMs = deps.now().getTime() - session.updatedAt.getTime();
  if (session.status !== 'in_progress') return record;
  if (idleMs <= (await getSetting(deps, 'practice.idle-timeout-minutes')) * 60_000) return record;
  try {
    // Closed by the offline planner's words: nobody is waiting to read an LLM's.
    return await decideAndApply(deps, record, { kind: 'timeout' }, { userId: session.userId, engine: 'offline' });
  } catch (error) {
    if (error instanceof MoveConflictError) return rereadSession(deps, session.id);
    throw error;
  }
}

export async function viewSession(deps: PracticeDeps, record: SessionRecord): Promise<PracticeSessionState> {
  const feedback = await findFeedback(deps.db, record.session.id);
  return toSessionState(record, feedback?.status ?? null);
}

export async function getSession(deps: PracticeDeps, caller: Caller, sessionId: string): Promise<PracticeSessionState> {
  return viewSession(deps, await loadOwnedSession(deps, caller, sessionId));
}
