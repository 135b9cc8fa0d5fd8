/**
 * Every status, role and kind the data model knows, declared once (decision 012): the Drizzle schema turns them into
 * CHECK constraints and the HTTP contracts into `z.enum(...)`, so the two cannot drift apart.
 */

// AI usage
export const usageEngines = ['offline', 'llm'] as const;
export type UsageEngine = (typeof usageEngines)[number];

// Career: job applications and skill analyses
export const jobApplicationStatuses = ['saved', 'applied', 'screening', 'interviewing', 'offer', 'accepted', 'rejected', 'withdrawn'] as const;
export type JobApplicationStatus = (typeof jobApplicationStatuses)[number];

export const skillAnalysisStatuses = ['pending', 'running', 'completed', 'failed'] as const;
export type SkillAnalysisStatus = (typeof skillAnalysisStatuses)[number];

// Career library and conversations
export const careerConversationStatuses = ['active', 'completed', 'archived'] as const;
export type CareerConversationStatus = (typeof careerConversationStatuses)[number];

export const careerMessageRoles = ['user', 'assistant', 'system'] as const;
export type CareerMessageRole = (typeof careerMessageRoles)[number];

export const experienceVisibilities = ['private', 'shared'] as const;
export type ExperienceVisibility = (typeof experienceVisibilities)[number];

// Provider keys
export const credentialProviders = ['openai', 'anthropic', 'openai-compatible', 'deepgram', 'livekit'] as const;
export type CredentialProvider = (typeof credentialProviders)[number];

export const credentialCheckStatuses = ['unchecked', 'ok', 'failed'] as const;
export type CredentialCheckStatus = (typeof credentialCheckStatuses)[number];

// Hiring: jobs
export const jobStatuses = ['draft', 'open', 'closed'] as const;
export type JobStatus = (typeof jobStatuses)[number];

// Installation roles (better-auth's admin plugin keeps them in users.role)
export const installationRoles = ['user', 'admin'] as const;
export type InstallationRole = (typeof installationRoles)[number];

// Live interviews
export const liveInterviewStatuses = ['pending', 'in_progress', 'completed', 'cancelled'] as const;
export type LiveInterviewStatus = (typeof liveInterviewStatuses)[number];

export const liveNoteSources = ['host', 'system', 'ai'] as const;
export type LiveNoteSource = (typeof liveNoteSources)[number];

export const liveNoteKinds = ['note', 'key_point', 'claim', 'follow_up', 'summary'] as const;
export type LiveNoteKind = (typeof liveNoteKinds)[number];

export const liveTokenRoles = ['host', 'candidate'] as const;
export type LiveTokenRole = (typeof liveTokenRoles)[number];

// Mail
export const mailKinds = [
  'verification',
  'password_reset',
  'two_factor',
  'workspace_invitation',
  'interview_invitation',
  'interview_reminder',
  'interview_update',
  'notification',
  'other',
] as const;
export type MailKind = (typeof mailKinds)[number];

export const mailTransports = ['smtp', 'outbox'] as const;
export type MailTransport = (typeof mailTransports)[number];

// Practice: answers and feedback
export const transcriptSources = ['typed', 'stt'] as const;
export type TranscriptSource = (typeof transcriptSources)[number];

export const aiEngines = ['offline', 'llm'] as const;
export type AiEngine = (typeof aiEngines)[number];

export const feedbackStatuses = ['pending', 'ready', 'failed'] as const;
export type FeedbackStatus = (typeof feedbackStatuses)[number];

// Practice sessions
export const practiceModes = ['text', 'voice'] as const;
export type PracticeMode = (typeof practiceModes)[number];

export const practiceStatuses = ['pending', 'in_progress', 'completed', 'aborted'] as const;
export type PracticeStatus = (typeof practiceStatuses)[number];

export const practiceDifficulties = ['easy', 'medium', 'hard'] as const;
export type PracticeDifficulty = (typeof practiceDifficulties)[number];

/** Who ended a practice interview. */
export const practiceEndedBy = ['candidate', 'interviewer', 'system'] as const;
export type PracticeEndedBy = (typeof practiceEndedBy)[number];

export const practiceEndReasons = ['completed', 'ended_by_candidate', 'timed_out', 'error'] as const;
export type PracticeEndReason = (typeof practiceEndReasons)[number];

export const practiceTurnRoles = ['interviewer', 'candidate', 'system'] as const;
export type PracticeTurnRole = (typeof practiceTurnRoles)[number];

// Preferences
export const themes = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof themes)[number];

// Scheduled interviews
export const scheduledInterviewStatuses = ['scheduled', 'confirmed', 'rescheduled', 'completed', 'cancelled', 'no_show'] as const;
export type ScheduledInterviewStatus = (typeof scheduledInterviewStatuses)[number];

/** A panelist's or the candidate's answer to the invitation (iCalendar PARTSTAT, lower-cased). */
export const rsvpStates = ['needs_action', 'accepted', 'declined', 'tentative'] as const;
export type RsvpState = (typeof rsvpStates)[number];

export const panelRoles = ['lead', 'interviewer', 'observer'] as const;
export type PanelRole = (typeof panelRoles)[number];

export const reminderChannels = ['email', 'in_app'] as const;
export type ReminderChannel = (typeof reminderChannels)[number];

export const reminderStates = ['pending', 'sent', 'skipped'] as const;
export type ReminderState = (typeof reminderStates)[number];

export const transcriptSpeakers = ['host', 'candidate'] as const;
export type TranscriptSpeaker = (typeof transcriptSpeakers)[number];

// Hiring: CV screening
export const cvBatchStatuses = ['queued', 'processing', 'completed', 'failed', 'cancelled'] as const;
export type CvBatchStatus = (typeof cvBatchStatuses)[number];

export const batchFileStatuses = ['queued', 'processing', 'done', 'failed', 'duplicate'] as const;
export type BatchFileStatus = (typeof batchFileStatuses)[number];

export const resumeProcessingStatuses = ['pending', 'processing', 'parsed', 'failed'] as const;
export type ResumeProcessingStatus = (typeof resumeProcessingStatuses)[number];

export const candidateStatuses = ['new', 'shortlisted', 'rejected'] as const;
export type CandidateStatus = (typeof candidateStatuses)[number];

// Support tickets
export const ticketStatuses = ['open', 'pending', 'resolved', 'closed'] as const;
export type TicketStatus = (typeof ticketStatuses)[number];

export const ticketPriorities = ['low', 'medium', 'high', 'urgent'] as const;
export type TicketPriority = (typeof ticketPriorities)[number];

// Workspaces
export const workspaceRoles = ['owner', 'recruiter', 'interviewer'] as const;
export type WorkspaceRole = (typeof workspaceRoles)[number];

// Notifications
/** What a notification is about; each capability adds its kinds here. */
export const notificationTypes = [
  'batch_finished',
  'practice_report_ready',
  'workspace_invitation',
  'ticket_reply',
  'interview_reminder',
  'interview_rsvp',
  'scorecard_reminder',
  'application_follow_up',
  'skill_analysis_finished',
] as const;
export type NotificationType = (typeof notificationTypes)[number];
