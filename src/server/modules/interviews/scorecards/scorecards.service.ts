import { notify } from '#server/modules/notifications/index.ts';
import { authorize, type Caller } from '#server/platform/access/index.ts';
import { AppError } from '#server/platform/errors.ts';
import { toPage, type PageQuery } from '#shared/contracts/common.ts';
import { scorecardBodySchema, type Interview, type MyScorecard, type Scorecard, type ScorecardBody, type ScorecardFields, type ScorecardPage } from '#shared/contracts/interviews.ts';
import type { InterviewOutcome } from '#shared/vocabulary.ts';
import type { InterviewsDeps } from '#server/modules/interviews/interviews-deps.ts';
import { findLeadPanelist, findPanelistByUser } from '#server/modules/interviews/room/room.repo.ts';
import { requireHost, type Participant } from '#server/modules/interviews/room/room.service.ts';
import { questionsOf, toInterview } from '#server/modules/interviews/scheduling/interview-views.ts';
import { findInterview, findPanel, type PanelRow } from '#server/modules/interviews/scheduling/scheduling.repo.ts';
import { countSubmitted, findPanelistsWithoutScorecard, findScorecard, findScorecardPage, setInterviewOutcome, upsertScorecard, type ScorecardRow } from './scorecards.repo.ts';

export const emptyScorecard: ScorecardFields = { ratings: {}, overallRating: null, notes: '', recommendation: null };

/**
 * The panelist a caller writes as: a signed-in member on the panel, or, for a host link, the panel's lead (else its
 * first member). Owners and recruiters who are not on the panel have no scorecard of their own.
 */
export async function panelistOf(deps: InterviewsDeps, participant: Participant | undefined, interviewId: string): Promise<PanelRow | undefined> {
  await requireHost(deps, participant, interviewId);
  if (participant && 'caller' in participant) return findPanelistByUser(deps.db, { interviewId, userId: participant.caller.userId });
  return findLeadPanelist(deps.db, interviewId);
}

function toScorecard(panelist: { email: string; name: string | null }, row: Pick<ScorecardRow, 'ratings' | 'overallRating' | 'notes' | 'recommendation' | 'submittedAt' | 'updatedAt'> | undefined, now: Date): Scorecard {
  return {
    panelistEmail: panelist.email,
    panelistName: panelist.name,
    ratings: row?.ratings ?? {},
    overallRating: row?.overallRating ?? null,
    notes: row?.notes ?? '',
    recommendation: row?.recommendation ?? null,
    submittedAt: row?.submittedAt?.toISOString() ?? null,
    updatedAt: (row?.updatedAt ?? now).toISOString(),
  };
}

async function requirePanelist(deps: InterviewsDeps, participant: Participant | undefined, interviewId: string): Promise<PanelRow> {
  const panelist = await panelistOf(deps, participant, interviewId);
  if (!panelist) throw new AppError('forbidden', 'Only the people on the panel write scorecards: add yourself to the panel first.');
  return panelist;
}

export async function getMyScorecard(deps: InterviewsDeps, participant: Participant | undefined, interviewId: string): Promise<MyScorecard> {
  const panelist = await requirePanelist(deps, participant, interviewId);
  const interview = await findInterview(deps.db, interviewId);
  if (!interview) throw new AppError('not_found', 'Interview not found.');
  return {
    interviewId,
    title: toInterview(interview, []).title,
    questions: questionsOf(interview),
    scorecard: toScorecard(panelist, await findScorecard(deps.db, panelist.id), deps.now()),
  };
}

/** Saves the caller's scorecard as a draft, or submits it (then it is final: a second save is a 409). */
export async function saveMyScorecard(deps: InterviewsDeps, participant: Participant | undefined, interviewId: string, input: ScorecardBody): Promise<MyScorecard> {
  const body = scorecardBodySchema.parse(input);
  const panelist = await requirePanelist(deps, participant, interviewId);
  const interview = await findInterview(deps.db, interviewId);
  if (!interview) throw new AppError('not_found', 'Interview not found.');
  const known = new Set(questionsOf(interview).map((question) => question.id));
  const unknown = Object.keys(body.ratings ?? {}).find((id) => !known.has(id));
  if (unknown) throw new AppError('bad_request', `ratings: ${unknown} is not a question of this interview.`);
  const current = await findScorecard(deps.db, panelist.id);
  if (current?.submittedAt) throw new AppError('conflict', 'This scorecard is already submitted; it cannot be changed.');
  const values = {
    ratings: body.ratings ?? current?.ratings ?? {},
    overallRating: body.overallRating !== undefined ? body.overallRating : (current?.overallRating ?? null),
    notes: body.notes ?? current?.notes ?? '',
    recommendation: body.recommendation !== undefined ? body.recommendation : (current?.recommendation ?? null),
  };
  if (body.submit && !values.recommendation) throw new AppError('bad_request', 'recommendation: choose advance, hold or reject before submitting.');
  const now = deps.now();
  const row = await upsertScorecard(deps.db, { interviewId, panelMemberId: panelist.id, values, submittedAt: body.submit ? now : null, at: now });
  if (!row) throw new AppError('conflict', 'This scorecard is already submitted; it cannot be changed.');
  return { interviewId, title: toInterview(interview, []).title, questions: questionsOf(interview), scorecard: toScorecard(panelist, row, now) };
}

/**
 * The interview's scorecards. Whoever is not on the panel (owners, recruiters) sees every submitted one; a panelist,
 * whatever their workspace role, sees the others' only once their own is submitted (their own draft always);
 * `hidden` counts what is held back.
 */
export async function listScorecards(deps: InterviewsDeps, participant: Participant | undefined, interviewId: string, query: PageQuery): Promise<ScorecardPage> {
  const panelist = await panelistOf(deps, participant, interviewId);
  const own = panelist ? await findScorecard(deps.db, panelist.id) : undefined;
  const submitted = await countSubmitted(deps.db, interviewId);
  if (panelist && !own?.submittedAt) {
    const items = own ? [toScorecard(panelist, own, deps.now())] : [];
    return { ...toPage(items.slice(query.offset, query.offset + query.limit), items.length, query), hidden: submitted };
  }
  const { rows, total } = await findScorecardPage(deps.db, { interviewId, ...(panelist ? { ownPanelMemberId: panelist.id } : {}), limit: query.limit, offset: query.offset });
  return { ...toPage(rows.map((row) => toScorecard({ email: row.panelistEmail, name: row.panelistName }, row, deps.now())), total, query), hidden: 0 };
}

/** An in-app reminder to each panelist with an account who has not submitted (once a day at most per interview). */
export async function remindScorecards(deps: InterviewsDeps, interviewId: string): Promise<number> {
  const interview = await findInterview(deps.db, interviewId);
  if (!interview) return 0;
  const title = toInterview(interview, []).title;
  const day = deps.now().toISOString().slice(0, 10);
  let sent = 0;
  for (const panelist of await findPanelistsWithoutScorecard(deps.db, interviewId)) {
    if (!panelist.userId) continue;
    const created = await notify(deps.db, panelist.userId, {
      type: 'scorecard_reminder',
      eventKey: `interview:${interviewId}:scorecard:${day}`,
      title: `Your scorecard for ${title}`,
      message: 'The interview is over: write and submit your scorecard while it is fresh. The others’ scorecards show once yours is in.',
      link: `/hiring/interviews/${interviewId}/scorecard`,
    });
    if (created) sent += 1;
  }
  return sent;
}

export async function sendScorecardReminders(deps: InterviewsDeps, caller: Caller, interviewId: string): Promise<{ reminded: number }> {
  await authorize(deps.db, caller, { kind: 'interview', id: interviewId }, 'write');
  return { reminded: await remindScorecards(deps, interviewId) };
}

/** Records how the interview went (completed, no-show) and the team's outcome; completing it reminds the panel. */
export async function recordOutcome(deps: InterviewsDeps, caller: Caller, interviewId: string, body: { status?: 'completed' | 'no_show'; outcome?: InterviewOutcome }): Promise<Interview> {
  await authorize(deps.db, caller, { kind: 'interview', id: interviewId }, 'write');
  const current = await findInterview(deps.db, interviewId);
  if (!current) throw new AppError('not_found', 'Interview not found.');
  if (current.status === 'cancelled') throw new AppError('conflict', 'The interview was cancelled: it has no outcome.');
  if (body.status && current.scheduledTime.getTime() > deps.now().getTime()) throw new AppError('bad_request', `status: the interview has not started yet (${current.scheduledTime.toISOString()}).`);
  const row = await setInterviewOutcome(deps.db, interviewId, body, deps.now());
  if (!row) throw new AppError('not_found', 'Interview not found.');
  if (body.status === 'completed') await remindScorecards(deps, interviewId);
  return toInterview(row, await findPanel(deps.db, interviewId));
}
