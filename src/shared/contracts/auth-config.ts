import { z } from 'zod';
import { mailTransports } from '#shared/vocabulary.ts';

export const authConfigSchema = z.object({
  emailPassword: z.literal(true),
  socialProviders: z.array(z.enum(['google', 'microsoft'])).describe('Offered only when their client id and secret are configured'),
  emailDelivery: z.enum(mailTransports).describe('outbox: no SMTP; an administrator reads mail in the app'),
  passwordMinLength: z.number().int(),
  twoFactor: z.literal(true),
});
export type AuthConfig = z.infer<typeof authConfigSchema>;
