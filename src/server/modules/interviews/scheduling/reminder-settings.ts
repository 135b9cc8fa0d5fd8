import type { Db } from '#server/db/client.ts';
import { getSetting } from '#server/modules/settings/index.ts';
import { authorize, type Caller } from '#server/platform/access/index.ts';
import { interviewSettingsBodySchema, type InterviewSettings, type InterviewSettingsBody } from '#shared/contracts/interview-settings.ts';
import type { InterviewsDeps } from '#server/modules/interviews/interviews-deps.ts';
import { findWorkspaceReminderSettings, upsertWorkspaceReminderSettings } from './reminder-settings.repo.ts';

export type ReminderSettings = { reminderOffsetsMinutes: readonly number[]; scorecardReminderHours: number };

/**
 * The reminder settings in force for a workspace: its own values where it set them, else the installation's
 * (`interviews.reminder-offsets`, `interviews.scorecard-reminder-hours`: environment, stored, default).
 */
async function resolveSettings(deps: Pick<InterviewsDeps, 'settingOverrides'>, db: Db, workspaceId: string): Promise<InterviewSettings> {
  const reader = { db, settingOverrides: deps.settingOverrides };
  const installation = {
    reminderOffsetsMinutes: await getSetting(reader, 'interviews.reminder-offsets'),
    scorecardReminderHours: await getSetting(reader, 'interviews.scorecard-reminder-hours'),
  };
  const row = await findWorkspaceReminderSettings(db, workspaceId);
  const own = { reminderOffsetsMinutes: row?.reminderOffsetsMinutes ?? null, scorecardReminderHours: row?.scorecardReminderHours ?? null };
  return {
    reminderOffsetsMinutes: own.reminderOffsetsMinutes ?? installation.reminderOffsetsMinutes,
    scorecardReminderHours: own.scorecardReminderHours ?? installation.scorecardReminderHours,
    own,
    installation,
  };
}

/** What booking, rescheduling and panel changes plan reminders with (read in their transaction). */
export async function reminderSettingsOf(deps: Pick<InterviewsDeps, 'settingOverrides'>, db: Db, workspaceId: string): Promise<ReminderSettings> {
  const { reminderOffsetsMinutes, scorecardReminderHours } = await resolveSettings(deps, db, workspaceId);
  return { reminderOffsetsMinutes, scorecardReminderHours };
}

/** Any member reads the workspace's reminder settings. */
export async function getInterviewSettings(deps: InterviewsDeps, caller: Caller, workspaceId: string): Promise<InterviewSettings> {
  await authorize(deps.db, caller, { kind: 'workspace', id: workspaceId }, 'read');
  return resolveSettings(deps, deps.db, workspaceId);
}

/**
 * Owners set the workspace's own reminder settings (null: back to the installation's). Interviews already booked keep
 * their reminders; the next booking, reschedule or panel change plans with the new ones.
 */
export async function changeInterviewSettings(deps: InterviewsDeps, caller: Caller, workspaceId: string, input: InterviewSettingsBody): Promise<InterviewSettings> {
  await authorize(deps.db, caller, { kind: 'workspace', id: workspaceId }, 'manage');
  const body = interviewSettingsBodySchema.parse(input);
  await upsertWorkspaceReminderSettings(deps.db, {
    workspaceId,
    ...(body.reminderOffsetsMinutes !== undefined ? { reminderOffsetsMinutes: body.reminderOffsetsMinutes === null ? null : [...body.reminderOffsetsMinutes].sort((a, b) => b - a) } : {}),
    ...(body.scorecardReminderHours !== undefined ? { scorecardReminderHours: body.scorecardReminderHours } : {}),
    updatedBy: caller.userId,
    at: deps.now(),
  });
  return resolveSettings(deps, deps.db, workspaceId);
}
