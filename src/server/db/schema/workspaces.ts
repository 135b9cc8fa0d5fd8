import { boolean, index, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth.ts';
import { checkOneOf, createdAt, primaryId, timestamptz, updatedAt } from './columns.ts';
import { type WorkspaceRole, workspaceRoles } from '#shared/vocabulary.ts';

export { type WorkspaceRole, workspaceRoles };

/** A hiring team: jobs, batches, candidates and scheduled interviews belong to a workspace, not to one user. */
export const workspaces = pgTable(
  'workspaces',
  {
    id: primaryId(),
    name: text('name').notNull(),
    slug: text('slug').unique(),
    /** Deleting the owner deletes the workspace and everything in it. */
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** Hide names, emails and photos from screening views to reduce bias. */
    blindScreening: boolean('blind_screening').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index('workspaces_owner_id_idx').on(table.ownerId)],
);

export const workspaceMembers = pgTable(
  'workspace_members',
  {
    id: primaryId(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').$type<WorkspaceRole>().notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    unique('workspace_members_workspace_user_unique').on(table.workspaceId, table.userId),
    index('workspace_members_user_id_idx').on(table.userId),
    checkOneOf('workspace_members_role_check', table.role, workspaceRoles),
  ],
);

/** The invitation token is mailed once; only its SHA-256 is kept. */
export const workspaceInvitations = pgTable(
  'workspace_invitations',
  {
    id: primaryId(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    role: text('role').$type<WorkspaceRole>().notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
    expiresAt: timestamptz('expires_at').notNull(),
    acceptedAt: timestamptz('accepted_at'),
    acceptedBy: uuid('accepted_by').references(() => users.id, { onDelete: 'set null' }),
    revokedAt: timestamptz('revoked_at'),
    createdAt: createdAt(),
  },
  (table) => [
    index('workspace_invitations_workspace_id_idx').on(table.workspaceId),
    index('workspace_invitations_email_idx').on(table.email),
    index('workspace_invitations_invited_by_idx').on(table.invitedBy),
    index('workspace_invitations_accepted_by_idx').on(table.acceptedBy),
    checkOneOf('workspace_invitations_role_check', table.role, workspaceRoles),
  ],
);
