import { boolean, index, integer, jsonb, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth.ts';
import { checkOneOf, createdAt, primaryId, timestamptz, updatedAt } from './columns.ts';
import { jobs } from './jobs.ts';
import { candidates } from './screening.ts';
import { workspaces } from './workspaces.ts';
import { type InterviewTimeOptionSource, interviewTimeOptionSources, type PanelRole, panelRoles, type ReminderChannel, reminderChannels, type ReminderState, reminderStates, type RsvpState, rsvpStates, type ScheduledInterviewStatus, scheduledInterviewStatuses } from '#shared/vocabulary.ts';

export { type ScheduledInterviewStatus, scheduledInterviewStatuses };

/**
 * An interview a recruiter books with a candidate (seed 003 interviews). Candidate and job names are copied so the
 * record survives the candidate or job being deleted.
 */
export const scheduledInterviews = pgTable(
  'scheduled_interviews',
  {
    id: primaryId(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    candidateId: uuid('candidate_id').references(() => candidates.id, { onDelete: 'set null' }),
    candidateName: text('candidate_name').notNull(),
    candidateEmail: text('candidate_email').notNull(),
    jobId: uuid('job_id').references(() => jobs.id, { onDelete: 'set null' }),
    jobTitle: text('job_title').notNull(),
    /** e.g. 'technical' | 'behavioral' | 'hr' | 'final'. */
    interviewType: text('interview_type').notNull().default('technical'),
    status: text('status').$type<ScheduledInterviewStatus>().notNull().default('scheduled'),
    scheduledTime: timestamptz('scheduled_time').notNull(),
    /** The IANA zone the time was booked in (the instant itself is scheduled_time, in UTC). */
    timeZone: text('time_zone').notNull().default('UTC'),
    /** The candidate's own zone for their mails; null: the booking zone. */
    candidateTimeZone: text('candidate_time_zone'),
    candidateRsvp: text('candidate_rsvp').$type<RsvpState>().notNull().default('needs_action'),
    /** When the candidate last answered from their link (confirm, decline, propose, pick). */
    candidateAnsweredAt: timestamptz('candidate_answered_at'),
    cancelReason: text('cancel_reason'),
    durationMinutes: integer('duration_minutes').notNull().default(60),
    location: text('location').notNull().default('Video Call'),
    meetingLink: text('meeting_link'),
    /** Self-service booking page (seed calendly_link). */
    bookingLink: text('booking_link'),
    /** Pre-interview form (seed google_form_link). */
    formLink: text('form_link'),
    /** e.g. 'google_meet' | 'teams' | 'zoom' | 'in_person'. */
    platform: text('platform'),
    googleEventId: text('google_event_id'),
    teamsMeetingId: text('teams_meeting_id'),
    /** iCalendar UID and SEQUENCE, so updates and cancellations replace the invitation in calendars. */
    calendarUid: text('calendar_uid').notNull().unique(),
    calendarSequence: integer('calendar_sequence').notNull().default(0),
    generatedQuestions: jsonb('generated_questions').$type<unknown[]>().notNull().default([]),
    notes: text('notes'),
    /** e.g. 'pass' | 'fail' | 'hold'. */
    outcome: text('outcome'),
    scheduledBy: uuid('scheduled_by').references(() => users.id, { onDelete: 'set null' }),
    cvFilePath: text('cv_file_path'),
    ccEmails: text('cc_emails').array().notNull().default([]),
    bccEmails: text('bcc_emails').array().notNull().default([]),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    index('scheduled_interviews_workspace_id_idx').on(table.workspaceId, table.scheduledTime),
    index('scheduled_interviews_candidate_id_idx').on(table.candidateId),
    index('scheduled_interviews_job_id_idx').on(table.jobId),
    index('scheduled_interviews_scheduled_by_idx').on(table.scheduledBy),
    checkOneOf('scheduled_interviews_status_check', table.status, scheduledInterviewStatuses),
    checkOneOf('scheduled_interviews_candidate_rsvp_check', table.candidateRsvp, rsvpStates),
  ],
);

/** Who sits on the panel (seed panel_members JSON array); user_id is set when the panelist has an account. */
export const interviewPanelMembers = pgTable(
  'interview_panel_members',
  {
    id: primaryId(),
    interviewId: uuid('interview_id')
      .notNull()
      .references(() => scheduledInterviews.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    email: text('email').notNull(),
    name: text('name'),
    role: text('role').$type<PanelRole>().notNull().default('interviewer'),
    rsvp: text('rsvp').$type<RsvpState>().notNull().default('needs_action'),
    /** An outside guest's zone for their mails; members use their profile's zone; null: the booking zone. */
    timeZone: text('time_zone'),
    createdAt: createdAt(),
  },
  (table) => [
    unique('interview_panel_members_interview_email_unique').on(table.interviewId, table.email),
    index('interview_panel_members_user_id_idx').on(table.userId),
    checkOneOf('interview_panel_members_role_check', table.role, panelRoles),
    checkOneOf('interview_panel_members_rsvp_check', table.rsvp, rsvpStates),
  ],
);

export const interviewReminders = pgTable(
  'interview_reminders',
  {
    id: primaryId(),
    interviewId: uuid('interview_id')
      .notNull()
      .references(() => scheduledInterviews.id, { onDelete: 'cascade' }),
    /** e.g. '24h' | '1h'. */
    reminderType: text('reminder_type').notNull(),
    recipientEmail: text('recipient_email').notNull(),
    /** Set for an in-app reminder (and for an e-mail to someone with an account). */
    recipientUserId: uuid('recipient_user_id').references(() => users.id, { onDelete: 'cascade' }),
    channel: text('channel').$type<ReminderChannel>().notNull().default('email'),
    message: text('message').notNull(),
    sendAt: timestamptz('send_at').notNull(),
    /** The calendar SEQUENCE the row was computed for: a row of an older schedule is never sent. */
    scheduleSequence: integer('schedule_sequence').notNull().default(0),
    state: text('state').$type<ReminderState>().notNull().default('pending'),
    sent: boolean('sent').notNull().default(false),
    sentAt: timestamptz('sent_at'),
    createdAt: createdAt(),
  },
  (table) => [
    index('interview_reminders_interview_id_idx').on(table.interviewId),
    index('interview_reminders_due_idx').on(table.sent, table.sendAt),
    index('interview_reminders_recipient_user_id_idx').on(table.recipientUserId),
    checkOneOf('interview_reminders_channel_check', table.channel, reminderChannels),
    checkOneOf('interview_reminders_state_check', table.state, reminderStates),
  ],
);

/**
 * Other times for an interview: up to three the candidate proposes from their link, or two to five the recruiter offers
 * for the candidate to pick (which reschedules the interview). Each is a UTC instant with the zone it was given in; a
 * new answer replaces the rows of its source, a pick or a reschedule clears them.
 */
export const interviewTimeOptions = pgTable(
  'interview_time_options',
  {
    id: primaryId(),
    interviewId: uuid('interview_id')
      .notNull()
      .references(() => scheduledInterviews.id, { onDelete: 'cascade' }),
    source: text('source').$type<InterviewTimeOptionSource>().notNull(),
    startsAt: timestamptz('starts_at').notNull(),
    timeZone: text('time_zone').notNull(),
    createdAt: createdAt(),
  },
  (table) => [index('interview_time_options_interview_id_idx').on(table.interviewId, table.startsAt), checkOneOf('interview_time_options_source_check', table.source, interviewTimeOptionSources)],
);

/**
 * A workspace's own reminder settings, over the installation's (`interviews.reminder-offsets`,
 * `interviews.scorecard-reminder-hours`): null in a column means "the installation's value".
 */
export const interviewWorkspaceSettings = pgTable(
  'interview_workspace_settings',
  {
    id: primaryId(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    /** Minutes before the start at which reminders go out. */
    reminderOffsetsMinutes: integer('reminder_offsets_minutes').array(),
    /** Hours after the interview's end at which panelists without a submitted scorecard are reminded; 0: never. */
    scorecardReminderHours: integer('scorecard_reminder_hours'),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: updatedAt(),
  },
  (table) => [unique('interview_workspace_settings_workspace_unique').on(table.workspaceId), index('interview_workspace_settings_updated_by_idx').on(table.updatedBy)],
);
