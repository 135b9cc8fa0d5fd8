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
