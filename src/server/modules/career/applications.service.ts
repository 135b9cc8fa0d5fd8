import { AppError } from '#server/platform/errors.ts';
import type { Caller } from '#server/platform/access/index.ts';
import type { Application, ApplicationPage } from '#shared/contracts/career-jobs.ts';
import type { z } from 'zod';
import type { createApplicationBodySchema, updateApplicationBodySchema } from '#shared/contracts/career-jobs.ts';
import { toPage, type PageQuery } from '#shared/contracts/common.ts';
import type { JobApplicationStatus } from '#shared/vocabulary.ts';
import type { CareerDeps } from './career-deps.ts';
import * as repo from './applications.repo.ts';
import { followUpDueAt, scheduleFollowUp } from './follow-up.job.ts';
import { findJobPosting } from './job-postings.repo.ts';

type Row = NonNullable<Awaited<ReturnType<typeof repo.findApplication>>>;
type Stage = Awaited<ReturnType<typeof repo.findStages>>[number];

const notFound = () => new AppError('not_found', 'No such application among yours.');

function toApplication({ application, jobTitle, companyName, url }: Row, stages: Stage[]): Application {
  const cv = application.cvSnapshot as { fileName?: string; text?: string | null } | null;
  return {
    id: application.id,
    jobPostingId: application.jobPostingId,
    jobTitle,
    companyName,
    status: application.status,
    appliedDate: application.appliedDate,
    notes: application.notes,
    history: stages.filter((stage) => stage.applicationId === application.id).map((stage) => ({ id: stage.id, status: stage.status, at: stage.at.toISOString() })),
    cv: cv?.fileName ? { fileName: cv.fileName, text: cv.text ?? null } : null,
    followUpAfterDays: application.followUpAfterDays,
    followUpByEmail: application.followUpByEmail,
    followUpDueAt: dueAtOf(application, stages),
    followUpSentAt: application.followUpSentAt?.toISOString() ?? null,
    url,
    createdAt: application.createdAt.toISOString(),
  };
}

/** N days after the application last moved to 'applied', while it waits there with a reminder not yet sent. */
function dueAtOf(application: Row['application'], stages: Stage[]): string | null {
  if (application.status !== 'applied' || application.followUpAfterDays === null || application.followUpSentAt) return null;
  const applied = stages.filter((stage) => stage.applicationId === application.id && stage.status === 'applied').at(-1);
  return applied ? new Date(applied.at.getTime() + application.followUpAfterDays * 86_400_000).toISOString() : null;
}

/** Queues the follow-up reminder for its time when one is now waiting (after a create, a move or a changed reminder). */
async function planFollowUp(deps: CareerDeps, row: Row['application']): Promise<void> {
  const dueAt = await followUpDueAt(deps.db, row);
  if (dueAt) await scheduleFollowUp(deps, deps.db, row.id, dueAt);
}

async function load(deps: CareerDeps, caller: Caller, applicationId: string): Promise<Application> {
  const row = await repo.findApplication(deps.db, caller.userId, applicationId);
  if (!row) throw notFound();
  return toApplication(row, await repo.findStages(deps.db, [applicationId]));
}

/**
 * Tracks an application to one of the caller's postings. The CV version sent is copied into the application (its
 * file name, text and parse), so later edits or deletion of that version do not change what was sent.
 */
export async function createApplication(deps: CareerDeps, caller: Caller, body: z.infer<typeof createApplicationBodySchema>): Promise<Application> {
  if (!(await findJobPosting(deps.db, caller.userId, body.jobPostingId))) throw new AppError('not_found', 'No such job posting among yours.');
  const cv = body.cvId ? await repo.findCvCopy(deps.db, caller.userId, body.cvId) : undefined;
  if (body.cvId && !cv) throw new AppError('validation_failed', 'body.cvId: not one of your CV versions');
  const now = deps.now();
  const appliedDate = body.appliedDate ?? (body.status !== 'saved' ? now.toISOString().slice(0, 10) : null);
  try {
    const row = await repo.insertApplication(
      deps.db,
      {
        userId: caller.userId,
        jobPostingId: body.jobPostingId,
        status: body.status,
        notes: body.notes ?? null,
        appliedDate,
        cvUploadId: cv?.id ?? null,
        cvSnapshot: cv ? { ...cv, frozenAt: now.toISOString() } : null,
        followUpAfterDays: body.followUpAfterDays ?? null,
        followUpByEmail: body.followUpByEmail ?? false,
      },
      now,
    );
    await planFollowUp(deps, row);
    return load(deps, caller, row.id);
  } catch (error) {
    if (error instanceof Error && /job_applications_user_posting_unique/.test(`${error.message} ${String((error as { cause?: unknown }).cause)}`)) {
      throw new AppError('conflict', 'You already track an application to this posting: change its stage instead.');
    }
    throw error;
  }
}

export async function getApplication(deps: CareerDeps, caller: Caller, applicationId: string): Promise<Application> {
  return load(deps, caller, applicationId);
}

export async function listApplications(deps: CareerDeps, caller: Caller, query: PageQuery & { status?: JobApplicationStatus; q?: string }): Promise<ApplicationPage> {
  const { rows, total } = await repo.findApplicationPage(deps.db, { userId: caller.userId, status: query.status, q: query.q, limit: query.limit, offset: query.offset });
  const stages = await repo.findStages(deps.db, rows.map((row) => row.application.id));
  return toPage(rows.map((row) => toApplication(row, stages)), total, query);
}

/** Moves an application to a stage (recorded with its date for the timeline) or changes its notes, dates, reminder. */
export async function updateApplication(deps: CareerDeps, caller: Caller, applicationId: string, body: z.infer<typeof updateApplicationBodySchema>): Promise<Application> {
  const { at, ...changes } = body;
  const when = at ? new Date(at) : deps.now();
  const moving = changes.status === 'applied' && changes.appliedDate === undefined ? { appliedDate: when.toISOString().slice(0, 10) } : {};
  // A new wait for a reply (moved to 'applied' again, or the reminder changed) may be reminded of again.
  const rearm = changes.status === 'applied' || changes.followUpAfterDays !== undefined ? { followUpSentAt: null } : {};
  const defined = Object.fromEntries(Object.entries({ ...moving, ...changes, ...rearm }).filter(([, value]) => value !== undefined));
  const row = await repo.updateApplication(deps.db, { userId: caller.userId, applicationId }, defined, when);
  if (!row) throw notFound();
  await planFollowUp(deps, row);
  return load(deps, caller, applicationId);
}

/** Moves one stage of the timeline to the date it really happened; a waiting reminder follows the new date. */
export async function updateStage(deps: CareerDeps, caller: Caller, ref: { applicationId: string; stageId: string }, at: string): Promise<Application> {
  if (!(await repo.updateStageAt(deps.db, { userId: caller.userId, ...ref }, new Date(at)))) throw new AppError('not_found', 'No such stage on any of your applications.');
  const application = await load(deps, caller, ref.applicationId);
  const row = await repo.findApplication(deps.db, caller.userId, ref.applicationId);
  if (row) await planFollowUp(deps, row.application);
  return application;
}
