import { z } from 'zod';

export const adminUserQuery = z.object({
  search: z.string().trim().max(200).optional().describe('Part of a name or email'),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).default(0),
});
export const adminUserItem = z.object({
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
export const adminUserPage = z.object({ users: z.array(adminUserItem), total: z.number().int(), limit: z.number().int(), offset: z.number().int() });
export const adminUserParams = z.object({ userId: z.uuid({ error: 'must be a user id' }) });
export const adminLockRequest = z.object({ reason: z.string().trim().max(500).optional() }).strict();
export const adminRoleRequest = z.object({ role: z.enum(['user', 'admin']) }).strict();

export const outboxQuery = z.object({
  to: z.string().trim().max(320).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).default(0),
});
export const outboxItem = z.object({
  id: z.string(),
  toAddress: z.string(),
  subject: z.string(),
  textBody: z.string(),
  htmlBody: z.string().nullable(),
  kind: z.string(),
  transport: z.enum(['smtp', 'outbox']),
  createdAt: z.iso.datetime(),
  sentAt: z.iso.datetime().nullable(),
  error: z.string().nullable(),
});
export const outboxPage = z.object({ messages: z.array(outboxItem), total: z.number().int(), limit: z.number().int(), offset: z.number().int() });
