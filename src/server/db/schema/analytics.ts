import { sql } from 'drizzle-orm';
import { bigint, check, date, index, integer, jsonb, numeric, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth.ts';
import { providerCredentials } from './credentials.ts';
import { checkOneOf, createdAt, primaryId, updatedAt } from './columns.ts';
import { workspaces } from './workspaces.ts';
import { type BudgetPayer, budgetPayers, type CredentialSourceName, credentialSources, type UsageEngine, usageEngines } from '#shared/vocabulary.ts';

export { type UsageEngine, usageEngines };

/** Product events (seed 003 user_analytics); kept, without the user, when the user is deleted. */
export const analyticsEvents = pgTable(
  'analytics_events',
  {
    id: primaryId(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    /** e.g. 'page_view' | 'practice_started' | 'batch_uploaded'. */
    action: text('action').notNull(),
    /** The AI task involved, if any (seed agent_id). */
    task: text('task'),
    metadata: jsonb('metadata').$type<Record<string, unknown>>().notNull().default({}),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    createdAt: createdAt(),
  },
  (table) => [
    index('analytics_events_user_id_idx').on(table.userId, table.createdAt.desc()),
    index('analytics_events_action_idx').on(table.action, table.createdAt.desc()),
  ],
);

/** One row per AI call, offline or LLM: what ran, for whom, how long, how many tokens, and why it fell back. */
export const aiUsage = pgTable(
  'ai_usage',
  {
    id: primaryId(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    workspaceId: uuid('workspace_id').references(() => workspaces.id, { onDelete: 'set null' }),
    /** e.g. 'generate_questions' | 'evaluate_answer' | 'score_resume'. */
    task: text('task').notNull(),
    engine: text('engine').$type<UsageEngine>().notNull(),
    provider: text('provider'),
    model: text('model'),
    /** Whose key paid for an LLM call: the user's, the workspace's or the server's; null when no LLM was tried. */
    credentialSource: text('credential_source').$type<CredentialSourceName>(),
    /** The stored key that paid (a user's or a workspace's); null for the server's key, offline calls, or a key since deleted. */
    credentialId: uuid('credential_id').references(() => providerCredentials.id, { onDelete: 'set null' }),
    inputTokens: integer('input_tokens'),
    outputTokens: integer('output_tokens'),
    latencyMs: integer('latency_ms').notNull(),
    /** Why the offline engine answered instead of the LLM (timeout, invalid output, no key…). */
    fallbackReason: text('fallback_reason'),
    day: date('day').notNull().default(sql`current_date`),
    createdAt: createdAt(),
  },
  (table) => [
    index('ai_usage_user_id_idx').on(table.userId, table.day),
    index('ai_usage_workspace_id_idx').on(table.workspaceId, table.day),
    index('ai_usage_task_idx').on(table.task, table.day),
    index('ai_usage_credential_id_idx').on(table.credentialId, table.day),
    checkOneOf('ai_usage_engine_check', table.engine, usageEngines),
    checkOneOf('ai_usage_credential_source_check', table.credentialSource, credentialSources),
  ],
);

/** Per user, task and day totals (seed 003 agent_usage_stats), upserted beside each ai_usage row. */
export const aiUsageDaily = pgTable(
  'ai_usage_daily',
  {
    id: primaryId(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    task: text('task').notNull(),
    day: date('day').notNull(),
    calls: integer('calls').notNull().default(0),
    totalLatencyMs: bigint('total_latency_ms', { mode: 'number' }).notNull().default(0),
    inputTokens: bigint('input_tokens', { mode: 'number' }).notNull().default(0),
    outputTokens: bigint('output_tokens', { mode: 'number' }).notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [unique('ai_usage_daily_user_task_day_unique').on(table.userId, table.task, table.day)],
);

/**
 * A monthly limit on what LLM calls may spend (decision 039): for a workspace (every call made in it, whoever's key
 * pays) or for a user's own stored key. Near it the owner is notified; at it the engine answers offline.
 */
export const aiBudgets = pgTable(
  'ai_budgets',
  {
    id: primaryId(),
    payer: text('payer').$type<BudgetPayer>().notNull(),
    workspaceId: uuid('workspace_id').references(() => workspaces.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    /** The one stored key this budget limits (payer `key`); removed with the key. */
    credentialId: uuid('credential_id').references(() => providerCredentials.id, { onDelete: 'cascade' }),
    /** Tokens in and out per calendar month (UTC); null: no token limit. */
    monthlyTokens: bigint('monthly_tokens', { mode: 'number' }),
    /** Estimated US dollars per calendar month (UTC) from the price table; null: no cost limit. */
    monthlyCostUsd: numeric('monthly_cost_usd', { precision: 12, scale: 2, mode: 'number' }),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    checkOneOf('ai_budgets_payer_check', table.payer, budgetPayers),
    check(
      'ai_budgets_owner_check',
      sql`(${table.payer} = 'workspace') = (${table.workspaceId} is not null) and (${table.payer} = 'user') = (${table.userId} is not null) and (${table.payer} = 'key') = (${table.credentialId} is not null)`,
    ),
    check('ai_budgets_limits_check', sql`coalesce(${table.monthlyTokens}, 0) >= 0 and coalesce(${table.monthlyCostUsd}, 0) >= 0`),
    unique('ai_budgets_workspace_unique').on(table.workspaceId),
    unique('ai_budgets_user_unique').on(table.userId),
    unique('ai_budgets_credential_unique').on(table.credentialId),
    index('ai_budgets_updated_by_idx').on(table.updatedBy),
  ],
);

/**
 * The daily roll-up of what each user did (decision 045, seed 003 user_analytics as one row per user per day): written
 * by the `analytics.daily` job for every user active that day; rewriting a day replaces its rows (unique user and day).
 */
export const userAnalyticsDaily = pgTable(
  'user_analytics_daily',
  {
    id: primaryId(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    day: date('day').notNull(),
    /** Practice sessions created that day. */
    practiceSessions: integer('practice_sessions').notNull().default(0),
    /** Practice answers given that day. */
    answers: integer('answers').notNull().default(0),
    /** Job applications added that day. */
    applications: integer('applications').notNull().default(0),
    /** Candidates this user shortlisted or rejected that day. */
    candidatesDecided: integer('candidates_decided').notNull().default(0),
    createdAt: createdAt(),
  },
  (table) => [unique('user_analytics_daily_user_day_unique').on(table.userId, table.day), index('user_analytics_daily_day_idx').on(table.day)],
);

/** One snapshot of the installation per day (decision 045): database and file sizes, queue depth and failed jobs. */
export const installationSnapshots = pgTable('installation_snapshots', {
  id: primaryId(),
  day: date('day').notNull().unique(),
  /** Null where the database cannot say (an embedded one may not). */
  databaseBytes: bigint('database_bytes', { mode: 'number' }),
  /** The files Parley keeps (CVs, resumes, attachments), summed from the sizes their rows record. */
  storageBytes: bigint('storage_bytes', { mode: 'number' }).notNull(),
  /** Null when the process that took the snapshot runs no queue. */
  queueWaiting: integer('queue_waiting'),
  queueFailed: integer('queue_failed'),
  createdAt: createdAt(),
});
