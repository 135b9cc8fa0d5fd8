import { z } from 'zod';

export const sessionItem = z.object({
  id: z.string(),
  device: z.string().describe('Browser and system read from the user agent'),
  userAgent: z.string().nullable(),
  ipAddress: z.string().nullable(),
  createdAt: z.iso.datetime(),
  lastSeenAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  current: z.boolean(),
});
export type SessionItem = z.infer<typeof sessionItem>;
export const sessionListResponse = z.array(sessionItem);
export const revokeOthersResponse = z.object({ revoked: z.number().int() });
