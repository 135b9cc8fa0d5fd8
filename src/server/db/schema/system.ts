import { index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth.ts';
import { createdAt, primaryId, timestamptz, updatedAt } from './columns.ts';

/** Installation-wide settings an administrator changes at run time (seed 003 system_settings). */
export const systemSettings = pgTable(
  'system_settings',
  {
    id: primaryId(),
    key: text('key').notNull().unique(),
    value: text('value').notNull(),
    description: text('description'),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index('system_settings_updated_by_idx').on(table.updatedBy)],
);

/**
 * What was done, by whom, from where: security events and administrator actions (decision 016). Never a secret: the
 * details hold names, ids and setting values, not passwords, keys or codes. The actor is kept as null when their
 * account is deleted, so the record of what they did survives them.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: primaryId(),
    at: timestamptz('at').notNull().defaultNow(),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    ip: text('ip'),
    /** What the action was done to, as `kind:id` or a setting's key. */
    target: text('target'),
    details: jsonb('details').$type<Record<string, unknown>>(),
  },
  (table) => [index('audit_events_actor_id_idx').on(table.actorId), index('audit_events_at_idx').on(table.at), index('audit_events_action_idx').on(table.action), index('audit_events_target_idx').on(table.target)],
);

/**
 * Counters with an expiry, shared by every API process on the database (decision 037): the per-address rate limits of
 * the sign-in and sign-up endpoints, and the failed sign-ins and locks of email addresses that have no account. A row
 * whose `expires_at` has passed counts as absent; expired rows are swept now and then.
 */
export const limitCounters = pgTable(
  'limit_counters',
  {
    id: primaryId(),
    key: text('key').notNull().unique(),
    count: integer('count').notNull(),
    expiresAt: timestamptz('expires_at').notNull(),
  },
  (table) => [index('limit_counters_expires_at_idx').on(table.expiresAt)],
);
