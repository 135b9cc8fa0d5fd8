import { z } from 'zod';
import type { Db } from '#server/db/client.ts';
import { defineJob } from '#server/platform/queue/job-definition.ts';
import { AppError } from '#server/platform/errors.ts';
import { roomReviewSchema, type RoomReviewState, type ScorecardFields } from '#shared/contracts/interviews.ts';
import type { InterviewsDeps } from '#server/modules/interviews/interviews-deps.ts';
import { findScorecard } from '#server/modules/interviews/scorecards/scorecards.repo.ts';
import { emptyScorecard, panelistOf, remindScorecards } from '#server/modules/interviews/scorecards/scorecards.service.ts';
import { findInterview } from '#server/modules/interviews/scheduling/scheduling.repo.ts';
import { closeCall } from './live-call.ts';
import { requireHost, type Participant } from './room.service.ts';
import { appendNotes, findLive, findPendingReviews, markEnded, saveReview } from './room.repo.ts';
import { writeRoomReview } from './room-review.ts';

export const reviewPayloadSchema = z.object({ liveId: z.uuid() });
const retryLimit = 2;

/** Writes the review of an ended room (reviewInterview), then reminds the panel of their scorecards. */
export function createReviewJob(deps: InterviewsDeps) {
  return defineJob({
    name: 'interviews.review',
    schema: reviewPayloadSchema,
    retryLimit,
    retryDelaySeconds: 2,
    expireInSeconds: 600,
    handler: async ({ liveId }, { attempt, log }) => {
      try {
        await writeRoomReview(deps, liveId);
      } catch (error) {
        if (attempt <= retryLimit) throw error;
        log.error({ err: error, liveId }, 'interview review failed for good');
        await saveReview(deps.db, liveId, { state: 'failed', review: null });
      }
      const live = await findLive(deps.db, liveId);
      if (live?.scheduledInterviewId) await remindScorecards(deps, live.scheduledInterviewId);
    },
  });
}

async function queueReview(deps: InterviewsDeps, liveId: string, tx: Db) {
  if (deps.queue) await deps.queue.send(createReviewJob(deps), { liveId }, { singletonKey: liveId, transaction: tx });
}

/**
 * The host ends the room: it is marked completed, a system note says so and the review job is queued in the same
 * transaction. Without a queue (an app built without one) the review is written before the answer.
 */
export async function endRoom(deps: InterviewsDeps, participant: Participant | undefined, interviewId: string): Promise<{ reviewState: 'pending' | 'ready' }> {
  const { live } = await requireHost(deps, participant, interviewId);
  const ended = await deps.db.transaction(async (tx) => {
    if (!(await markEnded(tx, live.id, deps.now()))) return false;
    await appendNotes(tx, live.id, [{ source: 'system', kind: 'note', note: 'The host ended the interview: the review is being written.' }]);
    await queueReview(deps, live.id, tx);
    return true;
  });
  if (!ended) throw new AppError('conflict', 'The interview has already ended.');
  const interview = await findInterview(deps.db, interviewId);
  if (interview) await closeCall(deps, { workspaceId: interview.workspaceId, room: interviewId });
  if (deps.queue) return { reviewState: 'pending' };
  await writeRoomReview(deps, live.id);
  return { reviewState: 'ready' };
}

/** At start-up: a review asked for and never written (its job lost) is queued again. */
export async function recoverReviews(deps: InterviewsDeps): Promise<void> {
  const { queue } = deps;
  if (!queue) return;
  await deps.db.transaction(async (tx) => {
    const pending = await queue.findPendingPayloads(createReviewJob(deps), tx);
    const covered = new Set(pending.flatMap((payload) => reviewPayloadSchema.safeParse(payload).data?.liveId ?? []));
    for (const liveId of await findPendingReviews(tx)) if (!covered.has(liveId)) await queueReview(deps, liveId, tx);
  });
}

const storedReviewSchema = roomReviewSchema.extend({ hostNotes: z.array(z.string()).default([]) });

/** The host's scorecard with only its empty fields filled from the review (BrightHire's rule): never overwrites. */
export function fillEmptyFields(current: ScorecardFields, review: z.infer<typeof storedReviewSchema>): ScorecardFields {
  const evidence = review.evidence.map((item) => `- ${item.competency}: ${item.text} “${item.quote}”`);
  const notes = [review.summary, evidence.length > 0 ? `Evidence:\n${evidence.join('\n')}` : '', review.hostNotes.length > 0 ? `My notes:\n${review.hostNotes.map((note) => `- ${note}`).join('\n')}` : '']
    .filter(Boolean)
    .join('\n\n');
  return {
    ratings: current.ratings,
    overallRating: current.overallRating ?? review.rating,
    notes: current.notes.trim() ? current.notes : notes,
    recommendation: current.recommendation ?? review.recommendation,
  };
}

/** The review of an ended room and, for a host who sits on the panel, the draft of their scorecard. */
export async function getRoomReview(deps: InterviewsDeps, participant: Participant | undefined, interviewId: string): Promise<RoomReviewState> {
  const { live } = await requireHost(deps, participant, interviewId);
  const stored = storedReviewSchema.safeParse(live.review);
  if (live.reviewState !== 'ready' || !stored.success) return { state: live.reviewState, review: null, draft: null, scorecardSubmitted: false };
  const { hostNotes: _hostNotes, ...review } = stored.data;
  const panelist = await panelistOf(deps, participant, interviewId);
  const card = panelist ? await findScorecard(deps.db, panelist.id) : undefined;
  const draft = panelist && !card?.submittedAt ? fillEmptyFields(card ?? emptyScorecard, stored.data) : null;
  return { state: 'ready', review, draft, scorecardSubmitted: Boolean(card?.submittedAt) };
}
