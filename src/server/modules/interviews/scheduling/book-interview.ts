import { randomUUID } from 'node:crypto';
import { generateQuestionsTask } from '#server/ai/index.ts';
import { authorize, type Caller } from '#server/platform/access/index.ts';
import { AppError } from '#server/platform/errors.ts';
import { resumeSchema } from '#shared/ai/resume.ts';
import type { BookedInterview, BookInterviewBody, DraftQuestionsBody, InterviewQuestion } from '#shared/contracts/interviews.ts';
import { bookInterviewBodySchema } from '#shared/contracts/interviews.ts';
import type { InterviewsDeps } from '#server/modules/interviews/interviews-deps.ts';
import { newRoleToken, roleLinkExpiry, roleLinkUrl } from '#server/modules/interviews/room/role-token.ts';
import { toInterview } from './interview-views.ts';
import { sendToEveryone } from './send-invites.ts';
import { planReminders } from './plan-reminders.ts';
import { reminderSettingsOf } from './reminder-settings.ts';
import { scheduleReminderJobs } from './reminders.ts';
import { findCandidateInWorkspace, findJobInWorkspace, findPanel, findPanelConflicts, findUserContact, insertBooking, insertReminders, type NewPanelist } from './scheduling.repo.ts';
import { resolvePanel } from './resolve-panel.ts';
import { canonicalZone, toInstant } from './wall-clock.ts';

type Body = ReturnType<typeof bookInterviewBodySchema.parse>;

async function questionsFor(deps: InterviewsDeps, caller: Caller, workspaceId: string, body: Pick<Body, 'questions' | 'generateQuestions' | 'candidateEmail'>, context: { job?: { title: string; description: string }; profile?: unknown }): Promise<InterviewQuestion[]> {
  if (body.questions) return body.questions.map((text, index) => ({ id: `q${index + 1}`, text, asked: false }));
  if (!body.generateQuestions || !context.job) return [];
  const resume = resumeSchema.safeParse(context.profile);
  const { output } = await deps.engine.run(
    generateQuestionsTask,
    {
      role: context.job.title,
      jobDescription: context.job.description,
      ...(resume.success && Object.keys(context.profile ?? {}).length > 0 ? { resume: resume.data } : {}),
      count: 6,
      seed: body.candidateEmail,
    },
    { userId: caller.userId, workspaceId },
  );
  return output.questions.map((question) => ({ id: question.id, text: question.text, asked: false }));
}

/** The questions booking would attach, drawn from the job and the candidate's CV, for the recruiter to edit first. */
export async function draftQuestions(deps: InterviewsDeps, caller: Caller, workspaceId: string, body: DraftQuestionsBody): Promise<{ questions: string[] }> {
  await authorize(deps.db, caller, { kind: 'workspace', id: workspaceId }, 'write');
  const candidate = body.candidateId ? await findCandidateInWorkspace(deps.db, { workspaceId, candidateId: body.candidateId }) : undefined;
  if (body.candidateId && !candidate) throw new AppError('bad_request', 'candidateId: no such candidate in this workspace.');
  const jobId = body.jobId ?? candidate?.jobId;
  const job = jobId ? await findJobInWorkspace(deps.db, { workspaceId, jobId }) : undefined;
  if (!job) throw new AppError('bad_request', 'jobId: questions are drawn from a job of this workspace; pick one.');
  const questions = await questionsFor(deps, caller, workspaceId, { generateQuestions: true, candidateEmail: candidate?.email ?? body.candidateId ?? job.id }, { job, profile: candidate?.profile });
  return { questions: questions.map((question) => question.text) };
}

/** A start in the past, or one whose reminders and links would already be void, is refused. */
function requireFuture(startsAt: Date, now: Date, field = 'startsAt') {
  if (startsAt.getTime() <= now.getTime()) throw new AppError('bad_request', `${field}: ${startsAt.toISOString()} is in the past.`);
}

/**
 * Books an interview: the wall-clock time in its IANA zone becomes a UTC instant; the panel, the questions, the room
 * and its two role links, the reminders are written in one transaction; then every attendee gets an invitation in
 * their own zone. The two role links are returned only here (and on re-issue).
 */
export async function bookInterview(deps: InterviewsDeps, caller: Caller, workspaceId: string, input: BookInterviewBody): Promise<BookedInterview> {
  await authorize(deps.db, caller, { kind: 'workspace', id: workspaceId }, 'write');
  const body = bookInterviewBodySchema.parse(input);
  const timeZone = canonicalZone(body.timeZone);
  const candidateTimeZone = body.candidateTimeZone ? canonicalZone(body.candidateTimeZone, 'candidateTimeZone') : null;
  const startsAt = toInstant(body.startsAt, timeZone);
  const now = deps.now();
  requireFuture(startsAt, now);

  const candidate = body.candidateId ? await findCandidateInWorkspace(deps.db, { workspaceId, candidateId: body.candidateId }) : undefined;
  if (body.candidateId && !candidate) throw new AppError('bad_request', 'candidateId: no such candidate in this workspace.');
  const jobId = body.jobId ?? candidate?.jobId;
  const job = jobId ? await findJobInWorkspace(deps.db, { workspaceId, jobId }) : undefined;
  if (jobId && !job) throw new AppError('bad_request', 'jobId: no such job in this workspace.');
  if (candidate && body.jobId && candidate.jobId !== body.jobId) throw new AppError('bad_request', 'candidateId: this candidate applied to another job than jobId.');

  const panel: NewPanelist[] = await resolvePanel(deps.db, workspaceId, body.panel, body.candidateEmail);
  const end = new Date(startsAt.getTime() + body.durationMinutes * 60_000);
  const conflicts = await findPanelConflicts(deps.db, { workspaceId, emails: panel.map((p) => p.email), start: startsAt, end });
  const warnings = conflicts.map((conflict) => `${conflict.email} is already on the panel of the interview with ${conflict.candidateName} at ${conflict.startsAt.toISOString()}.`);

  const questions = await questionsFor(deps, caller, workspaceId, body, { ...(job ? { job } : {}), profile: candidate?.profile });
  const host = newRoleToken();
  const guest = newRoleToken();
  const expiresAt = roleLinkExpiry(startsAt, body.durationMinutes);
  const title = job ? `Interview: ${body.candidateName} — ${job.title}` : `Interview: ${body.candidateName}`;

  const interview = await deps.db.transaction(async (tx) => {
    const row = await insertBooking(tx, {
      interview: {
        workspaceId,
        candidateId: candidate?.id ?? null,
        candidateName: body.candidateName,
        candidateEmail: body.candidateEmail.toLowerCase(),
        candidateTimeZone,
        jobId: job?.id ?? null,
        jobTitle: job?.title ?? '',
        interviewType: body.interviewType,
        scheduledTime: startsAt,
        timeZone,
        durationMinutes: body.durationMinutes,
        location: body.location ?? (body.meetingLink ? 'Video Call' : 'Video Call'),
        meetingLink: body.meetingLink ?? null,
        calendarUid: `${randomUUID()}@${new URL(deps.publicUrl).hostname}`,
        generatedQuestions: questions,
        notes: body.notes ?? null,
        scheduledBy: caller.userId,
        ccEmails: body.cc,
        bccEmails: body.bcc,
      },
      panel,
      live: { ownerId: caller.userId, title, candidateName: body.candidateName, jobDescription: job?.description ?? null, resumeText: candidate?.resumeText ?? null },
      tokens: [
        { role: 'host', tokenHash: host.tokenHash, expiresAt },
        { role: 'candidate', tokenHash: guest.tokenHash, expiresAt },
      ],
    });
    const settings = await reminderSettingsOf(deps, tx, workspaceId);
    const reminders = planReminders({
      startsAt,
      durationMinutes: body.durationMinutes,
      now,
      offsetsMinutes: settings.reminderOffsetsMinutes,
      scorecardReminderHours: settings.scorecardReminderHours,
      title,
      recipients: [{ email: row.candidateEmail, userId: null }, ...panel.map((p) => ({ email: p.email, userId: p.userId, panelist: true }))],
    });
    const inserted = await insertReminders(tx, row.id, row.calendarSequence, reminders);
    await scheduleReminderJobs(deps, tx, inserted);
    return row;
  });

  const organizer = await findUserContact(deps.db, caller.userId);
  const storedPanel = await findPanel(deps.db, interview.id);
  const hostUrl = roleLinkUrl(deps.publicUrl, host.token);
  const candidateUrl = roleLinkUrl(deps.publicUrl, guest.token);
  await sendToEveryone(deps, { interview, panel: storedPanel, organizer }, { kind: 'invite' }, { candidateLink: candidateUrl, hostLink: hostUrl });
  return { ...toInterview(interview, storedPanel), hostUrl, candidateUrl, warnings };
}
