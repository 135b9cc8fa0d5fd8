/**
 * Every status, role and kind the data model knows, declared once (decision 012): the Drizzle schema turns them into
 * CHECK constraints and the HTTP contracts into `z.enum(...)`, so the two cannot drift apart.
 */

// AI usage
export const usageEngines = ['offline', 'llm'] as const;
export type UsageEngine = (typeof usageEngines)[number];
/** Whose key paid for an LLM call. */
export const credentialSources = ['user', 'workspace', 'server'] as const;
export type CredentialSourceName = (typeof credentialSources)[number];
/**
 * Who an AI budget limits (decision 039): a workspace (every call made in it), a user's own stored keys (every call
 * paid with one of them), or one stored key, a user's or a workspace's (the calls paid with it).
 */
export const budgetPayers = ['workspace', 'user', 'key'] as const;
export type BudgetPayer = (typeof budgetPayers)[number];

// Career: job applications and skill analyses
export const jobApplicationStatuses = ['saved', 'applied', 'screening', 'interviewing', 'offer', 'accepted', 'rejected', 'withdrawn', 'no_response'] as const;
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

export const experienceTypes = ['achievement', 'project', 'responsibility', 'story', 'volunteer', 'other'] as const;
export type ExperienceType = (typeof experienceTypes)[number];

export const skillLevels = ['beginner', 'intermediate', 'advanced', 'expert'] as const;
export type SkillLevel = (typeof skillLevels)[number];

/** How much an experience shows a skill. */
export const skillProminences = ['primary', 'supporting', 'mentioned'] as const;
export type SkillProminence = (typeof skillProminences)[number];

/** How an experience ↔ skill link was made. */
export const skillLinkMethods = ['manual', 'parsed', 'ai'] as const;
export type SkillLinkMethod = (typeof skillLinkMethods)[number];

// Provider keys
export const credentialProviders = ['openai', 'anthropic', 'openai-compatible', 'deepgram', 'livekit'] as const;
export type CredentialProvider = (typeof credentialProviders)[number];

export const credentialCheckStatuses = ['unchecked', 'ok', 'failed'] as const;
export type CredentialCheckStatus = (typeof credentialCheckStatuses)[number];

// Hiring: jobs
export const jobStatuses = ['draft', 'open', 'closed'] as const;
export type JobStatus = (typeof jobStatuses)[number];

/** Where the re-scoring of a job's candidates against its latest requirements stands (decision 054). */
export const rescoreStatuses = ['queued', 'running', 'done', 'failed'] as const;
export type RescoreStatus = (typeof rescoreStatuses)[number];

// Installation roles (better-auth's admin plugin keeps them in users.role)
/** `support` answers support tickets (the queue, replies, internal notes) and administers nothing else. */
export const installationRoles = ['user', 'support', 'admin'] as const;
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
/** stt_offline: dictated through the offline rough draft, so pace and fillers measured on it are estimates (a live room shows such a segment as rough). */
export const transcriptSources = ['typed', 'stt', 'stt_offline'] as const;
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

/** Who put a time forward: the candidate asking for another time, or the recruiter offering slots to pick from. */
export const interviewTimeOptionSources = ['candidate', 'recruiter'] as const;
export type InterviewTimeOptionSource = (typeof interviewTimeOptionSources)[number];

export const panelRoles = ['lead', 'interviewer', 'observer'] as const;
export type PanelRole = (typeof panelRoles)[number];

export const reminderChannels = ['email', 'in_app'] as const;
export type ReminderChannel = (typeof reminderChannels)[number];

export const reminderStates = ['pending', 'sent', 'skipped'] as const;
export type ReminderState = (typeof reminderStates)[number];

/** What a panelist or the hiring team decides after an interview (and a scorecard's recommendation). */
export const interviewOutcomes = ['advance', 'hold', 'reject'] as const;
export type InterviewOutcome = (typeof interviewOutcomes)[number];

/** The review a background job writes when the host ends the room. */
export const roomReviewStates = ['none', 'pending', 'ready', 'failed'] as const;
export type RoomReviewState = (typeof roomReviewStates)[number];

export const transcriptSpeakers = ['host', 'candidate'] as const;
export type TranscriptSpeaker = (typeof transcriptSpeakers)[number];

// Hiring: CV screening
export const cvBatchStatuses = ['queued', 'processing', 'completed', 'failed', 'cancelled'] as const;
export type CvBatchStatus = (typeof cvBatchStatuses)[number];

export const batchFileStatuses = ['queued', 'processing', 'done', 'failed', 'duplicate'] as const;
export type BatchFileStatus = (typeof batchFileStatuses)[number];

export const resumeProcessingStatuses = ['pending', 'processing', 'parsed', 'failed'] as const;
export type ResumeProcessingStatus = (typeof resumeProcessingStatuses)[number];

/**
 * A candidate's stage in a job's pipeline, in order (decision 047): the status column is the one source of truth.
 * `shortlisted` is the stage a shortlist moves to (shown as "Screening" unless the job renames it); the stage names a
 * job shows are its own (`jobs.stage_names`), the keys never change.
 */
export const candidateStatuses = ['new', 'shortlisted', 'interview', 'offer', 'hired', 'rejected'] as const;
export type CandidateStatus = (typeof candidateStatuses)[number];

// Support tickets
/** open → in_progress (support works on it) → waiting (for the requester's answer) → resolved → closed. */
export const ticketStatuses = ['open', 'in_progress', 'waiting', 'resolved', 'closed'] as const;
export type TicketStatus = (typeof ticketStatuses)[number];

export const ticketPriorities = ['low', 'medium', 'high', 'urgent'] as const;
export type TicketPriority = (typeof ticketPriorities)[number];

export const ticketCategories = ['general', 'account', 'billing', 'bug', 'hiring', 'practice', 'feature_request'] as const;
export type TicketCategory = (typeof ticketCategories)[number];

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
  'ai_budget',
  'mention',
] as const;
export type NotificationType = (typeof notificationTypes)[number];

// Installation settings (decision 015)
/** Who may create an account: anyone, only people holding an invitation, or nobody (the first account always may). */
export const signupPolicies = ['open', 'invitation', 'closed'] as const;
export type SignupPolicy = (typeof signupPolicies)[number];

/** Which of the installation's own LLM keys answers by default; auto: OpenAI's, else Anthropic's. */
export const llmProviderChoices = ['auto', 'openai', 'anthropic', 'openai-compatible'] as const;
export type LlmProviderChoice = (typeof llmProviderChoices)[number];

/** The areas the settings page groups settings by: a setting key's first part (`uploads.max-file-bytes`). */
export const settingAreas = ['signup', 'ai', 'uploads', 'practice', 'interviews', 'retention', 'outbound'] as const;
export type SettingArea = (typeof settingAreas)[number];

/** Where a setting's value comes from: its environment variable (which wins), the database, or the default. */
export const settingSources = ['env', 'stored', 'default'] as const;
export type SettingSource = (typeof settingSources)[number];

// Audit log (decision 016)
/** What an audit event records; each capability adds its actions here. */
export const auditActions = [
  'auth.signed_in',
  'auth.sign_in_failed',
  'auth.two_factor_enabled',
  'auth.two_factor_disabled',
  'account.password_changed',
  'account.password_reset',
  'account.deleted',
  'session.revoked',
  'session.others_revoked',
  'key.stored',
  'key.deleted',
  'key.tested',
  'workspace.member_joined',
  'workspace.member_role_changed',
  'workspace.member_removed',
  'workspace.member_left',
  'setting.changed',
  'admin.user_locked',
  'admin.user_unlocked',
  'admin.role_changed',
  'admin.user_deleted',
  'admin.job_retried',
  'admin.job_discarded',
  'admin.retention_run',
] as const;
export type AuditAction = (typeof auditActions)[number];
