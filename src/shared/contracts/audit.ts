import { z } from 'zod';
import { auditActions } from '#shared/vocabulary.ts';
import { idSchema, pageQuerySchema, pageSchema } from './common.ts';

/** HTTP contracts of the audit log (decision 016). */

export const listAuditQuerySchema = pageQuerySchema.extend({
  action: z.enum(auditActions).optional().describe('Only events of this action'),
  actorId: idSchema('user').optional().describe('Only events by this user'),
  from: z.iso.datetime({ offset: true }).optional().describe('Only events at or after this time (ISO 8601)'),
  to: z.iso.datetime({ offset: true }).optional().describe('Only events before this time (ISO 8601)'),
});
export type ListAuditQuery = z.infer<typeof listAuditQuerySchema>;

export const auditEventSchema = z.object({
  at: z.iso.datetime(),
  actorId: z.string().nullable(),
  action: z.string(),
  ip: z.string().nullable(),
  target: z.string().nullable(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;
export const auditPageSchema = pageSchema(auditEventSchema);
export type AuditPage = z.infer<typeof auditPageSchema>;

/** One security event of the signed-in user's own account (Settings → Security); another person's address is not shown. */
export const securityEventSchema = z.object({
  at: z.iso.datetime(),
  action: z.enum(auditActions),
  ip: z.string().nullable().describe('Where it came from; null when someone else (an administrator) did it'),
  byYou: z.boolean().describe('Whether this account did it (false: an administrator, a workspace owner or a failed attempt)'),
});
export type SecurityEvent = z.infer<typeof securityEventSchema>;
export const securityEventPageSchema = pageSchema(securityEventSchema);
export type SecurityEventPage = z.infer<typeof securityEventPageSchema>;
