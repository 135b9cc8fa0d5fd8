import { z } from 'zod';

/** HTTP contracts of a workspace's interview reminder settings (decision 018). */

/** Reminder offsets in minutes before an interview's start: up to ten, each from 1 minute to 14 days, no repeats. */
export const reminderOffsetsSchema = z
  .array(
    z
      .number({ error: 'must be a number of minutes' })
      .int('must be whole minutes')
      .min(1, 'must be at least 1 minute before the start')
      .max(20_160, 'must be at most 20160 minutes (14 days) before the start'),
    { error: 'must be a list of minutes before the start' },
  )
  .max(10, 'must have at most 10 reminders')
  .refine((minutes) => new Set(minutes).size === minutes.length, 'must not repeat a time');

/** Hours after an interview's end at which panelists without a submitted scorecard are reminded; 0: never. */
export const scorecardReminderHoursSchema = z
  .number({ error: 'must be a number of hours' })
  .int('must be a whole number of hours')
  .min(0, 'must be 0 (never) or more')
  .max(336, 'must be at most 336 hours (14 days)');

/** null in a field: the installation's value. */
export const interviewSettingsBodySchema = z
  .object({ reminderOffsetsMinutes: reminderOffsetsSchema.nullable(), scorecardReminderHours: scorecardReminderHoursSchema.nullable() })
  .partial()
  .strict();
export type InterviewSettingsBody = z.infer<typeof interviewSettingsBodySchema>;

export const interviewSettingsSchema = z.object({
  /** In force for this workspace. */
  reminderOffsetsMinutes: z.array(z.number().int()),
  scorecardReminderHours: z.number().int(),
  /** The workspace's own values (null: the installation's). */
  own: z.object({ reminderOffsetsMinutes: z.array(z.number().int()).nullable(), scorecardReminderHours: z.number().int().nullable() }),
  installation: z.object({ reminderOffsetsMinutes: z.array(z.number().int()), scorecardReminderHours: z.number().int() }),
});
export type InterviewSettings = z.infer<typeof interviewSettingsSchema>;
