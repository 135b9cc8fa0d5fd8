import { z } from 'zod';
import { idSchema, pageSchema } from './common.ts';

/** HTTP contracts of the signed-in user's sessions (devices). */

export const sessionParamsSchema = z.object({ sessionId: idSchema('session') });

export const sessionSchema = z.object({
  id: z.string(),
  device: z.string().describe('Browser and system read from the user agent'),
  userAgent: z.string().nullable(),
  ipAddress: z.string().nullable(),
  createdAt: z.iso.datetime(),
  lastSeenAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  current: z.boolean(),
});
export type Session = z.infer<typeof sessionSchema>;
export const sessionPageSchema = pageSchema(sessionSchema);
export type SessionPage = z.infer<typeof sessionPageSchema>;
export const revokedSessionsSchema = z.object({ revoked: z.number().int() });
export type RevokedSessions = z.infer<typeof revokedSessionsSchema>;
