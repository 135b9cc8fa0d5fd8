import { z } from 'zod';
import { installationRoles, mailTransports } from '#shared/vocabulary.ts';
import { idSchema, pageQuerySchema, pageSchema } from './common.ts';

/** HTTP contracts of installation administration: users and the mail outbox. */

export const listAdminUsersQuerySchema = pageQuerySchema.extend({
  search: z.string().trim().max(200).optional().describe('Part of a name or email'),
});
export type ListAdminUsersQuery = z.infer<typeof listAdminUsersQuerySchema>;
export const adminUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.string(),
  emailVerified: z.boolean(),
  banned: z.boolean(),
  banReason: z.string().nullable(),
  lockedUntil: z.iso.datetime().nullable(),
  lastSignInAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});
export type AdminUser = z.infer<typeof adminUserSchema>;
export const adminUserPageSchema = pageSchema(adminUserSchema);
export type AdminUserPage = z.infer<typeof adminUserPageSchema>;
export const adminUserParamsSchema = z.object({ userId: idSchema('user') });
export const lockUserBodySchema = z.object({ reason: z.string().trim().max(500).optional() }).strict();
export const changeUserRoleBodySchema = z.object({ role: z.enum(installationRoles) }).strict();

export const listOutboxQuerySchema = pageQuerySchema.extend({
  to: z.string().trim().max(320).optional().describe('Only mail to this address'),
});
export type ListOutboxQuery = z.infer<typeof listOutboxQuerySchema>;
export const outboxMessageSchema = z.object({
  id: z.string(),
  toAddress: z.string(),
  subject: z.string(),
  textBody: z.string(),
  htmlBody: z.string().nullable(),
  kind: z.string(),
  transport: z.enum(mailTransports),
  createdAt: z.iso.datetime(),
  sentAt: z.iso.datetime().nullable(),
  error: z.string().nullable(),
});
export type OutboxMessage = z.infer<typeof outboxMessageSchema>;
export const outboxPageSchema = pageSchema(outboxMessageSchema);
export type OutboxPage = z.infer<typeof outboxPageSchema>;

/** The installation at a glance, for its administrators (issue 17, point 7). */
export const adminOverviewSchema = z.object({
  version: z.string(),
  database: z.object({ kind: z.enum(['pglite', 'postgres']), sizeBytes: z.number().int().min(0).nullable() }),
  /** Null when this process runs no background queue. */
  queue: z
    .object({
      jobs: z.array(z.object({ name: z.string(), waiting: z.number().int(), active: z.number().int(), failed: z.number().int() })),
      failed: z.number().int(),
    })
    .nullable(),
  mail: z.object({
    smtpConfigured: z.boolean(),
    sentLast24h: z.number().int(),
    failedLast24h: z.number().int(),
    lastError: z.object({ at: z.iso.datetime(), message: z.string() }).nullable(),
  }),
  storage: z.object({ driver: z.enum(['local', 's3']), location: z.string() }),
  ai: z.object({
    /** The server's own LLM (no key shown); null: the offline engine, unless users and workspaces bring keys. */
    llm: z.object({ provider: z.string(), model: z.string() }).nullable(),
    embeddingsModel: z.string().nullable(),
    speechProvider: z.string().nullable(),
  }),
  users: z.object({ total: z.number().int(), signedInLast7Days: z.number().int() }),
  openTickets: z.number().int(),
});
export type AdminOverview = z.infer<typeof adminOverviewSchema>;

export const failedJobSchema = z.object({
  id: z.string(),
  name: z.string(),
  failedAt: z.iso.datetime(),
  attempts: z.number().int(),
  error: z.string(),
});
export type FailedJob = z.infer<typeof failedJobSchema>;
export const failedJobPageSchema = pageSchema(failedJobSchema);
export type FailedJobPage = z.infer<typeof failedJobPageSchema>;
export const failedJobParamsSchema = z.object({
  name: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,99}$/, 'must be a job name such as process-cv'),
  jobId: idSchema('job run'),
});
