import type { z } from 'zod';
import type { Caller } from '#server/platform/access/index.ts';
import { AppError } from '#server/platform/errors.ts';
import { toPage } from '#shared/contracts/common.ts';
import type { listPracticeSessionsQuerySchema, PracticeSessionList } from '#shared/contracts/practice.ts';
import type { PracticeDeps } from './practice-deps.ts';
import { describeSession } from './session-view.ts';
import { findSessionPage } from './sessions.repo.ts';

type ListQuery = z.output<typeof listPracticeSessionsQuerySchema>;

const dayMs = 86_400_000;

/** One page of the caller's sessions, newest first; from/to are whole UTC days, both included. */
export async function listSessions(deps: PracticeDeps, caller: Caller, query: ListQuery): Promise<PracticeSessionList> {
  const createdFrom = query.from ? new Date(`${query.from}T00:00:00Z`) : undefined;
  const createdBefore = query.to ? new Date(new Date(`${query.to}T00:00:00Z`).getTime() + dayMs) : undefined;
  if (createdFrom && createdBefore && createdFrom >= createdBefore) throw new AppError('bad_request', 'from must be on or before to.');
  const filter = {
    ...(query.status ? { status: query.status } : {}),
    ...(query.interviewType ? { interviewType: query.interviewType } : {}),
    ...(createdFrom ? { createdFrom } : {}),
    ...(createdBefore ? { createdBefore } : {}),
  };
  const { rows, total } = await findSessionPage(deps.db, caller.userId, filter, query);
  const items = rows.map((row) => {
    const { id, name, targetRole, interviewType, mode, status, stage, endReason, createdAt, completedAt } = describeSession(row);
    const ready = row.feedbackStatus === 'ready';
    const rating = ready && typeof row.feedbackReport?.rating === 'number' ? row.feedbackReport.rating : null;
    return {
      id,
      name,
      targetRole,
      interviewType,
      mode,
      status,
      stage,
      endReason,
      createdAt,
      completedAt,
      questionCount: row.actualQuestionCount ?? 0,
      answeredCount: row.answeredCount,
      feedbackStatus: row.feedbackStatus,
      rating,
      score: ready ? row.feedbackScore : null,
    };
  });
  return toPage(items, total, query);
}
