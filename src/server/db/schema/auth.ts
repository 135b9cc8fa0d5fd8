/**
 * The tables better-auth 1.7 reads and writes, in the shape its drizzle schema generator emits for
 * `{ plugins: [twoFactor(), admin()], advanced: { database: { generateId: 'uuid' } } }` with `usePlural: true`,
 * extended with the seeds' profile columns (all nullable or defaulted, so better-auth's inserts need not know them).
 *
 * Configure the adapter exactly like this (the adapter maps by the JS keys below, not by column names):
 *   betterAuth({
 *     database: drizzleAdapter(db, { provider: 'pg', usePlural: true, schema }),  // schema = import * from './schema/index.ts'
 *     advanced: { database: { generateId: 'uuid' } },  // ids come from crypto.randomUUID(); columns are uuid
 *     plugins: [twoFactor(), admin()],
 *   })
 * Extra user columns become visible to better-auth only when declared in `user.additionalFields`
 * (e.g. `phone: { type: 'string', required: false }`); sessions' last_seen_at likewise in `session.additionalFields`.
 */
import { boolean, index, integer, pgTable, text, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { createdAt, primaryId, timestamptz, updatedAt } from './columns.ts';

export const users = pgTable(
  'users',
  {
    id: primaryId(),
    name: text('name').notNull(),
    email: text('email').notNull().unique(),
    emailVerified: boolean('email_verified').notNull().default(false),
    /** Avatar URL or a stored-file URL (seed 001 avatar_url, seed 003 profile_picture_url). */
    image: text('image'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    // twoFactor plugin
    twoFactorEnabled: boolean('two_factor_enabled').default(false),
    // admin plugin: role is 'user' | 'admin' (the plugin allows a comma-separated list, so no CHECK here)
    role: text('role').default('user'),
    banned: boolean('banned').default(false),
    banReason: text('ban_reason'),
    banExpires: timestamptz('ban_expires'),
    // profile (seeds 003, 004)
    phone: text('phone'),
    bio: text('bio'),
    jobTitle: text('job_title'),
    department: text('department'),
    /** IANA time zone name, e.g. 'Europe/Berlin'; null means the browser's. */
    timezone: text('timezone'),
    dateFormat: text('date_format'),
    // sign-in bookkeeping (seed 003 failed_login_attempts / account_locked_until / last_login, seed 004 login_count)
    failedSignInCount: integer('failed_sign_in_count').notNull().default(0),
    lockedUntil: timestamptz('locked_until'),
    lastSignInAt: timestamptz('last_sign_in_at'),
    signInCount: integer('sign_in_count').notNull().default(0),
    termsAcceptedAt: timestamptz('terms_accepted_at'),
  },
  (table) => [index('users_role_idx').on(table.role), index('users_banned_idx').on(table.banned)],
);

export const sessions = pgTable(
  'sessions',
  {
    id: primaryId(),
    expiresAt: timestamptz('expires_at').notNull(),
    /** The SHA-256 of the session token (decision 058; the cookie carries the token itself, signed). */
    token: text('token').notNull().unique(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    impersonatedBy: uuid('impersonated_by').references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    lastSeenAt: timestamptz('last_seen_at'),
  },
  (table) => [
    index('sessions_user_id_idx').on(table.userId),
    index('sessions_expires_at_idx').on(table.expiresAt),
    index('sessions_impersonated_by_idx').on(table.impersonatedBy),
  ],
);

/** One row per sign-in method: 'credential' (scrypt password hash) or an OAuth provider with its tokens. */
export const accounts = pgTable(
  'accounts',
  {
    id: primaryId(),
    accountId: text('account_id').notNull(),
    providerId: text('provider_id').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    accessToken: text('access_token'),
    refreshToken: text('refresh_token'),
    idToken: text('id_token'),
    accessTokenExpiresAt: timestamptz('access_token_expires_at'),
    refreshTokenExpiresAt: timestamptz('refresh_token_expires_at'),
    scope: text('scope'),
    password: text('password'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index('accounts_user_id_idx').on(table.userId), index('accounts_provider_account_idx').on(table.providerId, table.accountId)],
);

/** Short-lived secrets: email verification, password reset, OAuth state. */
export const verifications = pgTable(
  'verifications',
  {
    id: primaryId(),
    identifier: text('identifier').notNull(),
    value: text('value').notNull(),
    expiresAt: timestamptz('expires_at').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index('verifications_identifier_idx').on(table.identifier)],
);

/** TOTP secret and backup codes (both encrypted by better-auth). */
export const twoFactors = pgTable(
  'two_factors',
  {
    id: primaryId(),
    secret: text('secret').notNull(),
    backupCodes: text('backup_codes').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    verified: boolean('verified').default(true),
    failedVerificationCount: integer('failed_verification_count').default(0),
    lockedUntil: timestamptz('locked_until'),
  },
  (table) => [index('two_factors_secret_idx').on(table.secret), index('two_factors_user_id_idx').on(table.userId)],
);
