import { z } from 'zod';
import { interviewerBriefSchema } from '#shared/ai/live.ts';
import { interviewOutcomes, liveInterviewStatuses, liveNoteSources, liveTokenRoles, panelRoles, roomReviewStates, rsvpStates, scheduledInterviewStatuses, transcriptSpeakers } from '#shared/vocabulary.ts';
import { idSchema, pageSchema } from './common.ts';

/** HTTP contracts of interview scheduling (invitations, reminders) and the live interview room. */

export const maxPanelSize = 20;
export const maxQuestions = 30;

export const interviewParamsSchema = z.object({ id: idSchema('interview') });
export const interviewWorkspaceParamsSchema = z.object({ workspaceId: idSchema('workspace') });
export const linkParamsSchema = interviewParamsSchema.extend({ role: z.enum(liveTokenRoles, { error: 'must be host or candidate' }) });

const email = z.email({ error: 'must be an email address' }).max(320);
const name = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
/** A wall-clock time; the zone goes in timeZone. An offset only to pick a side of a repeated (fall-back) hour. */
const wallClock = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2})?$/, { error: 'must be a wall-clock time like 2027-03-10T15:00 (the zone goes in timeZone)' })
  .meta({ example: '2030-03-10T15:00', description: 'Local time in timeZone, e.g. 2027-03-10T15:00; add an offset (2026-11-01T01:30-04:00) only when the time happens twice' });
const timeZone = z.string().trim().min(1, 'must be an IANA time zone').max(64).meta({ example: 'Europe/Berlin', description: 'IANA time zone, e.g. Europe/Berlin' });

export const panelRoleSchema = z.enum(panelRoles);
export const rsvpSchema = z.enum(rsvpStates);

export const panelistInputSchema = z
  .object({ email, name: name.optional(), role: panelRoleSchema.default('interviewer'), timeZone: timeZone.optional().describe("An outside guest's zone for their mails") })
  .strict();

export const bookInterviewBodySchema = z
  .object({
    candidateName: name,
    candidateEmail: email,
    candidateTimeZone: timeZone.optional(),
    jobId: idSchema('job').optional(),
    candidateId: idSchema('candidate').optional(),
    interviewType: z.string().trim().min(1).max(60).default('technical'),
    startsAt: wallClock,
    timeZone,
    durationMinutes: z.number().int().min(5, 'must be at least 5').max(480, 'must be at most 480 (8 hours)'),
    location: z.string().trim().max(500).optional(),
    meetingLink: z.url({ protocol: /^https?$/, error: 'must be an http(s) link' }).max(2000).optional(),
    panel: z.array(panelistInputSchema).max(maxPanelSize, `must have at most ${maxPanelSize} panelists`).default([]),
    questions: z.array(z.string().trim().min(1).max(1000)).max(maxQuestions, `must have at most ${maxQuestions} questions`).optional(),
    generateQuestions: z.boolean().default(true).describe('When no questions are given: draw them from the job and the CV'),
    notes: z.string().max(5000).optional(),
    cc: z.array(email).max(10).default([]),
    bcc: z.array(email).max(10).default([]),
  })
  .strict();
export type BookInterviewBody = z.input<typeof bookInterviewBodySchema>;

export const draftQuestionsBodySchema = z.object({ jobId: idSchema('job').optional(), candidateId: idSchema('candidate').optional() }).strict();
export type DraftQuestionsBody = z.infer<typeof draftQuestionsBodySchema>;
export const draftedQuestionsSchema = z.object({ questions: z.array(z.string()) });

export const rescheduleBodySchema = z
  .object({ startsAt: wallClock, timeZone, durationMinutes: z.number().int().min(5).max(480).optional(), reason: z.string().trim().max(1000).optional() })
  .strict();
export type RescheduleBody = z.infer<typeof rescheduleBodySchema>;

export const cancelBodySchema = z.object({ reason: z.string().trim().max(1000).optional() }).strict();
export type CancelBody = z.infer<typeof cancelBodySchema>;

export const updatePanelBodySchema = z.object({ panel: z.array(panelistInputSchema).max(maxPanelSize, `must have at most ${maxPanelSize} panelists`) }).strict();
export type UpdatePanelBody = z.infer<typeof updatePanelBodySchema>;

export const interviewQuestionSchema = z.object({ id: z.string(), text: z.string(), asked: z.boolean() });
export type InterviewQuestion = z.infer<typeof interviewQuestionSchema>;

export const panelistSchema = z.object({
  email: z.string(),
  name: z.string().nullable(),
  role: panelRoleSchema,
  rsvp: rsvpSchema,
  userId: z.string().nullable(),
  timeZone: z.string().nullable(),
});
export type Panelist = z.infer<typeof panelistSchema>;

export const interviewSchema = z.object({
  id: z.string(),
  workspaceId: z.string(),
  status: z.enum(scheduledInterviewStatuses),
  title: z.string(),
  interviewType: z.string(),
  candidateName: z.string(),
  candidateEmail: z.string(),
  candidateRsvp: rsvpSchema,
  candidateId: z.string().nullable(),
  jobId: z.string().nullable(),
  jobTitle: z.string(),
  startsAt: z.iso.datetime().describe('The instant, in UTC'),
  localStartsAt: z.string().describe('The same instant as wall-clock time and offset in timeZone'),
  timeZone: z.string(),
  durationMinutes: z.number().int(),
  location: z.string(),
  meetingLink: z.string().nullable(),
  panel: z.array(panelistSchema),
  questions: z.array(interviewQuestionSchema),
  notes: z.string().nullable(),
  calendarSequence: z.number().int(),
  cancelReason: z.string().nullable(),
  outcome: z.enum(interviewOutcomes).nullable(),
  createdAt: z.iso.datetime(),
});
export type Interview = z.infer<typeof interviewSchema>;

export const bookedInterviewSchema = interviewSchema.extend({
  hostUrl: z.string().describe('Carries the host token: returned only here and on re-issue'),
  candidateUrl: z.string().describe('Carries the candidate token: returned only here and on re-issue'),
  warnings: z.array(z.string()).describe('e.g. a panelist already booked at that time'),
});
export type BookedInterview = z.infer<typeof bookedInterviewSchema>;

export const interviewSummarySchema = interviewSchema.pick({
  id: true,
  status: true,
  title: true,
  candidateName: true,
  jobTitle: true,
  startsAt: true,
  timeZone: true,
  durationMinutes: true,
  candidateRsvp: true,
});
export type InterviewSummary = z.infer<typeof interviewSummarySchema>;
export const interviewPageSchema = pageSchema(interviewSummarySchema);
export type InterviewPage = z.infer<typeof interviewPageSchema>;

export const listInterviewsQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
  from: z.iso.datetime({ error: 'must be an ISO 8601 instant' }).optional(),
  to: z.iso.datetime({ error: 'must be an ISO 8601 instant' }).optional(),
  status: z.enum(scheduledInterviewStatuses).optional(),
  jobId: idSchema('job').optional(),
  interviewerId: idSchema('interviewer').optional().describe('Only interviews where this member sits on the panel'),
});
export type ListInterviewsQuery = z.infer<typeof listInterviewsQuerySchema>;

// Panel conflicts: asked before saving, so a double booking is warned about, never silently made

export const conflictsQuerySchema = z.object({
  emails: z
    .string()
    .min(3, 'must name at least one email')
    .max(maxPanelSize * 330)
    .refine((value) => value.split(',').every((item) => email.safeParse(item.trim()).success), { error: 'must be comma-separated email addresses' })
    .refine((value) => value.split(',').length <= maxPanelSize, { error: `must name at most ${maxPanelSize} emails` })
    .meta({ example: 'panelist@example.org', description: 'Comma-separated panelist emails' }),
  startsAt: wallClock,
  timeZone,
  durationMinutes: z.coerce.number().int().min(5, 'must be at least 5').max(480, 'must be at most 480 (8 hours)'),
  excludeId: idSchema('interview').optional().describe('The interview being changed (its own slot is no conflict)'),
});
export type ConflictsQuery = z.infer<typeof conflictsQuerySchema>;
export const panelConflictSchema = z.object({ email: z.string(), interviewId: z.string(), candidateName: z.string(), startsAt: z.iso.datetime() });
export type PanelConflict = z.infer<typeof panelConflictSchema>;
export const panelConflictsSchema = z.object({ conflicts: z.array(panelConflictSchema) });
export type PanelConflicts = z.infer<typeof panelConflictsSchema>;

// Other times: the candidate's proposals and the recruiter's offered slots

export const maxProposals = 3;
export const timeOptionInputSchema = z.object({ startsAt: wallClock, timeZone }).strict();
export type TimeOptionInput = z.infer<typeof timeOptionInputSchema>;

export const candidateAnswers = ['confirm', 'decline', 'propose'] as const;
export const candidateAnswerBodySchema = z
  .object({
    answer: z.enum(candidateAnswers, { error: 'must be confirm, decline or propose' }),
    proposals: z.array(timeOptionInputSchema).max(maxProposals, `must have at most ${maxProposals} times`).optional(),
  })
  .strict()
  .refine((body) => body.answer !== 'propose' || (body.proposals?.length ?? 0) > 0, { path: ['proposals'], message: 'must give at least one time when asking for another time' })
  .refine((body) => body.answer === 'propose' || !body.proposals?.length, { path: ['proposals'], message: 'are given only when asking for another time' });
export type CandidateAnswerBody = z.infer<typeof candidateAnswerBodySchema>;

export const offerSlotsBodySchema = z.object({ slots: z.array(timeOptionInputSchema).min(2, 'must offer at least 2 slots').max(5, 'must offer at most 5 slots') }).strict();
export type OfferSlotsBody = z.infer<typeof offerSlotsBodySchema>;

export const pickSlotBodySchema = z.object({ slotId: z.uuid({ error: 'must be the id of an offered slot' }) }).strict();

export const timeOptionSchema = z.object({
  id: z.string(),
  startsAt: z.iso.datetime(),
  timeZone: z.string().describe('The zone it was given in'),
  localStartsAt: z.string().describe('The same instant as wall-clock time and offset in timeZone'),
});
export type TimeOption = z.infer<typeof timeOptionSchema>;

export const timeOptionsSchema = z.object({
  candidateRsvp: rsvpSchema,
  candidateAnsweredAt: z.iso.datetime().nullable(),
  proposals: z.array(timeOptionSchema).describe("The candidate's proposed times"),
  offers: z.array(timeOptionSchema).describe('The slots offered to the candidate'),
});
export type TimeOptions = z.infer<typeof timeOptionsSchema>;

/** What the candidate's link shows: nothing of the panel's notes, questions or the CV. */
export const candidateViewSchema = timeOptionsSchema.extend({
  interviewId: z.string(),
  title: z.string(),
  status: z.enum(scheduledInterviewStatuses),
  otherParty: z.string().describe('Who the candidate meets: the lead, else the organiser'),
  startsAt: z.iso.datetime(),
  timeZone: z.string().describe("The candidate's zone (else the booking's)"),
  localStartsAt: z.string(),
  durationMinutes: z.number().int(),
  location: z.string(),
  meetingLink: z.string().nullable(),
});
export type CandidateView = z.infer<typeof candidateViewSchema>;

// The live room

export const roleLinkSchema = z.object({ url: z.string() });
export const roomQuerySchema = z.object({ token: z.string().max(200).optional() });
export const roomSchema = z.object({ interviewId: z.string(), role: z.enum(liveTokenRoles), title: z.string() });
export type Room = z.infer<typeof roomSchema>;

export const transcriptBodySchema = z
  .object({
    speaker: z.enum(transcriptSpeakers),
    text: z.string().trim().min(1, 'must not be empty').max(5000, 'must be at most 5000 characters'),
    startMs: z.number().int().min(0).optional(),
    endMs: z.number().int().min(0).optional(),
  })
  .strict();
export type TranscriptBody = z.infer<typeof transcriptBodySchema>;

export const noteBodySchema = z.object({ text: z.string().trim().min(1, 'must not be empty').max(5000) }).strict();

export const notesQuerySchema = z.object({ after: z.coerce.number().int().min(0).default(0).describe('The last seq the client holds') });

export const liveNoteSchema = z.object({
  id: z.string(),
  seq: z.number().int(),
  source: z.enum(liveNoteSources),
  kind: z.string(),
  text: z.string(),
  quote: z.string().optional().describe('For an AI note: the words it rests on, verbatim from the transcript or the CV'),
  cvQuote: z.string().optional().describe('For a claim to verify: the CV line it is checked against, verbatim'),
  createdAt: z.iso.datetime(),
});
export type LiveNote = z.infer<typeof liveNoteSchema>;
export const liveNotesSchema = z.array(liveNoteSchema);

export const acceptedSchema = z.object({ accepted: z.literal(true), seq: z.number().int() });

// The room, host side and candidate side (decision 032)

export const outcomeSchema = z.enum(interviewOutcomes);
export type Outcome = z.infer<typeof outcomeSchema>;

/** What the host side sees: the job, the CV, the questions, and where the room stands. */
export const hostRoomSchema = z.object({
  interviewId: z.string(),
  title: z.string(),
  candidateName: z.string(),
  jobTitle: z.string(),
  jobDescription: z.string().nullable(),
  resumeText: z.string().nullable(),
  questions: z.array(interviewQuestionSchema),
  meetingLink: z.string().nullable(),
  startsAt: z.iso.datetime(),
  durationMinutes: z.number().int(),
  timeZone: z.string(),
  consentAt: z.iso.datetime().nullable().describe('When the candidate accepted the recording notice; null: not yet'),
  speechOn: z.boolean().describe('The host switched speech-to-text on for this room (decision 041)'),
  status: z.enum(liveInterviewStatuses),
  endedAt: z.iso.datetime().nullable(),
  reviewState: z.enum(roomReviewStates),
  embeddedCall: z.boolean().describe('LiveKit is configured: the room embeds a video call (POST /room/call-token); otherwise the meeting link'),
});
export type HostRoom = z.infer<typeof hostRoomSchema>;

/** What a role link's holder sees before and during the call: never the job, the CV or the notes. */
export const lobbySchema = z.object({
  interviewId: z.string(),
  role: z.enum(liveTokenRoles),
  title: z.string(),
  otherParty: z.string().describe('The name of the person on the other side'),
  meetingLink: z.string().nullable(),
  startsAt: z.iso.datetime(),
  durationMinutes: z.number().int(),
  notice: z.string().describe('What is recorded, and by whom'),
  consentAt: z.iso.datetime().nullable(),
  speechOn: z.boolean().describe('Microphones in this room may be transcribed (each participant switches their own on)'),
  embeddedCall: z.boolean().describe('LiveKit is configured: the room embeds a video call (POST /room/call-token); otherwise the meeting link'),
});
export type Lobby = z.infer<typeof lobbySchema>;

/** A LiveKit participant token for one join: short-lived, minted per join, for the room named after the interview. */
export const callTokenSchema = z.object({
  url: z.string().describe('The LiveKit server to connect to (wss://…)'),
  token: z.string().describe('The participant token (a JWT); it only lets a participant connect until expiresAt'),
  expiresAt: z.iso.datetime(),
});
export type CallToken = z.infer<typeof callTokenSchema>;

/** LiveKit's webhook (decision 042): the body as sent (its signature covers the exact bytes) and what came of it. */
export const callWebhookHeadersSchema = z.object({ authorization: z.string().optional().describe('The JWT LiveKit signs each delivery with (its sha256 claim covers the body)') });
export const callWebhookBodySchema = z.string().max(64 * 1024).describe('The event as LiveKit sends it (application/webhook+json)');
export const callWebhookAnswerSchema = z.object({ noted: z.boolean().describe('Whether the event added a note to the room (false: not one the room notes, or already noted)') });
export type CallWebhookAnswer = z.infer<typeof callWebhookAnswerSchema>;

export const consentSchema = z.object({ consentAt: z.iso.datetime() });

export const briefingSchema = z.object({
  brief: interviewerBriefSchema.nullable(),
  unavailable: z.string().nullable().describe('Why there is no brief (no job description or no CV)'),
  questions: z.array(interviewQuestionSchema),
});
export type Briefing = z.infer<typeof briefingSchema>;

export const questionParamsSchema = interviewParamsSchema.extend({ questionId: z.string().min(1).max(100) });
export const questionAskedBodySchema = z.object({ asked: z.boolean() }).strict();

export const ratingSchema = z.number().int().min(1, 'must be 1–5').max(5, 'must be 1–5');

/** A scorecard's fields, as a panelist fills them (every field optional until submitted). */
export const scorecardFieldsSchema = z.object({
  ratings: z.record(z.string().max(100), ratingSchema).describe('A rating 1–5 per attached question, by its id'),
  overallRating: ratingSchema.nullable(),
  notes: z.string().max(20_000),
  recommendation: outcomeSchema.nullable(),
});
export type ScorecardFields = z.infer<typeof scorecardFieldsSchema>;

export const scorecardBodySchema = scorecardFieldsSchema
  .extend({ submit: z.boolean().default(false).describe('true: submit (final); false: keep as a draft') })
  .partial({ ratings: true, overallRating: true, notes: true, recommendation: true })
  .strict();
export type ScorecardBody = z.input<typeof scorecardBodySchema>;

export const scorecardSchema = scorecardFieldsSchema.extend({
  panelistEmail: z.string(),
  panelistName: z.string().nullable(),
  submittedAt: z.iso.datetime().nullable(),
  updatedAt: z.iso.datetime(),
});
export type Scorecard = z.infer<typeof scorecardSchema>;

/** The caller's own scorecard (empty until saved), what it rates, and whether the others are visible yet. */
export const myScorecardSchema = z.object({
  interviewId: z.string(),
  title: z.string(),
  questions: z.array(interviewQuestionSchema),
  scorecard: scorecardSchema,
});
export type MyScorecard = z.infer<typeof myScorecardSchema>;

export const scorecardPageSchema = pageSchema(scorecardSchema).extend({
  hidden: z.number().int().describe('Scorecards submitted by others, hidden until the caller submits their own'),
});
export type ScorecardPage = z.infer<typeof scorecardPageSchema>;

export const outcomeBodySchema = z
  .object({ status: z.enum(['completed', 'no_show']).optional(), outcome: outcomeSchema.optional() })
  .strict()
  .refine((body) => body.status !== undefined || body.outcome !== undefined, { message: 'status or outcome is required', path: ['status'] });

/** The review the end-of-room job writes: facts with their quotes, never an inference about the person. */
export const roomReviewSchema = z.object({
  summary: z.string(),
  evidence: z.array(z.object({ competency: z.string(), text: z.string(), quote: z.string() })).describe('Per competency, each with a verbatim quote'),
  notShown: z.array(z.string()).describe('Competencies of the job the answers never touched'),
  concerns: z.array(z.object({ text: z.string(), quote: z.string().nullable() })),
  rating: ratingSchema.nullable().describe('A suggested overall rating of the answers; null when there was too little to go on'),
  recommendation: outcomeSchema.nullable(),
  reasons: z.array(z.string()),
});
export type RoomReview = z.infer<typeof roomReviewSchema>;

export const roomReviewStateSchema = z.object({
  state: z.enum(roomReviewStates),
  review: roomReviewSchema.nullable(),
  /** The host's scorecard with only its empty fields filled from the review; saved only when the host confirms. */
  draft: scorecardFieldsSchema.nullable(),
  scorecardSubmitted: z.boolean().describe("Whether the caller's own scorecard is already submitted (then there is no draft)"),
});
export type RoomReviewState = z.infer<typeof roomReviewStateSchema>;
