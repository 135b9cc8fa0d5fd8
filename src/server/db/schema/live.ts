import { index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth.ts';
import { checkOneOf, createdAt, primaryId, timestamptz, updatedAt } from './columns.ts';
import { scheduledInterviews } from './scheduling.ts';
import { workspaces } from './workspaces.ts';
import { type LiveInterviewStatus, liveInterviewStatuses, type LiveNoteKind, liveNoteKinds, type LiveNoteSource, liveNoteSources, type LiveTokenRole, liveTokenRoles } from '#shared/vocabulary.ts';

export { type LiveInterviewStatus, liveInterviewStatuses, type LiveNoteKind, liveNoteKinds, type LiveNoteSource, liveNoteSources, type LiveTokenRole, liveTokenRoles };

/** A real interview a host runs with the copilot beside them (seed 000 interviews). */
export const liveInterviews = pgTable(
  'live_interviews',
  {
    id: primaryId(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    workspaceId: uuid('workspace_id').references(() => workspaces.id, { onDelete: 'cascade' }),
    scheduledInterviewId: uuid('scheduled_interview_id').references(() => scheduledInterviews.id, { onDelete: 'set null' }),
    title: text('title').notNull().default('Live interview'),
    candidateName: text('candidate_name'),
    jobDescription: text('job_description'),
    resumeText: text('resume_text'),
    status: text('status').$type<LiveInterviewStatus>().notNull().default('pending'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    startedAt: timestamptz('started_at'),
    endedAt: timestamptz('ended_at'),
  },
  (table) => [
    index('live_interviews_owner_id_idx').on(table.ownerId, table.createdAt.desc()),
    index('live_interviews_workspace_id_idx').on(table.workspaceId),
    index('live_interviews_scheduled_interview_id_idx').on(table.scheduledInterviewId),
    checkOneOf('live_interviews_status_check', table.status, liveInterviewStatuses),
  ],
);

export const liveInterviewNotes = pgTable(
  'live_interview_notes',
  {
    id: primaryId(),
    interviewId: uuid('interview_id')
      .notNull()
      .references(() => liveInterviews.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    source: text('source').$type<LiveNoteSource>().notNull(),
    kind: text('kind').$type<LiveNoteKind>().notNull().default('note'),
    note: text('note').notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    index('live_interview_notes_interview_id_idx').on(table.interviewId, table.createdAt),
    index('live_interview_notes_author_id_idx').on(table.authorId),
    checkOneOf('live_interview_notes_source_check', table.source, liveNoteSources),
    checkOneOf('live_interview_notes_kind_check', table.kind, liveNoteKinds),
  ],
);

/** Role links for host and candidate; only the SHA-256 of the token is stored. Active = not revoked, not expired. */
export const liveInterviewTokens = pgTable(
  'live_interview_tokens',
  {
    id: primaryId(),
    interviewId: uuid('interview_id')
      .notNull()
      .references(() => liveInterviews.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    role: text('role').$type<LiveTokenRole>().notNull(),
    createdAt: createdAt(),
    expiresAt: timestamptz('expires_at'),
    revokedAt: timestamptz('revoked_at'),
    lastUsedAt: timestamptz('last_used_at'),
  },
  (table) => [
    index('live_interview_tokens_interview_id_idx').on(table.interviewId),
    checkOneOf('live_interview_tokens_role_check', table.role, liveTokenRoles),
  ],
);
