import { z } from 'zod';
import { auditActions } from '#shared/vocabulary.ts';
import { idSchema, pageQuerySchema, pageSchema } from './common.ts';

/** HTTP contracts of the audit log (decision 016). */

export const listAuditQuerySchema = pageQuerySchema.extend({
  action: z.enum(auditActions).optional().describe('Only events of this action'),
  actorId: idSchema('user').optional().describe('Only events by this user'),
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
