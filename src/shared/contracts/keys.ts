import { z } from 'zod';
import { credentialCheckStatuses, credentialProviders } from '#shared/vocabulary.ts';
import { idSchema } from './common.ts';

/** HTTP contracts of stored provider keys (bring your own key), a user's own or a workspace's. */

export const keyProviderSchema = z.enum(credentialProviders);

export const keyParamsSchema = z.object({ provider: keyProviderSchema });
export const workspaceKeysParamsSchema = z.object({ workspaceId: idSchema('workspace') });
export const workspaceKeyParamsSchema = workspaceKeysParamsSchema.extend({ provider: keyProviderSchema });

export const putKeyBodySchema = z
  .object({
    apiKey: z.string().trim().min(1, 'must not be empty').max(4096, 'must be at most 4096 characters'),
    apiSecret: z.string().trim().min(1).max(4096).optional().describe('LiveKit only: the API secret'),
    baseUrl: z.url({ error: 'must be a URL' }).max(2048).optional().describe('Required for openai-compatible and livekit'),
    model: z.string().trim().min(1).max(200).optional().describe('Default model for this provider'),
  })
  .strict();
export type PutKeyBody = z.infer<typeof putKeyBodySchema>;

export const providerKeySchema = z.object({
  provider: keyProviderSchema,
  last4: z.string().nullable(),
  checkedAt: z.iso.datetime().nullable(),
  status: z.enum(credentialCheckStatuses),
  message: z.string().nullable(),
  baseUrl: z.string().nullable(),
  model: z.string().nullable(),
  updatedAt: z.iso.datetime(),
});
export type ProviderKey = z.infer<typeof providerKeySchema>;
/** One row per provider at most: a set bounded by design, so a plain array rather than a page (decision 012). */
export const providerKeyListSchema = z.array(providerKeySchema);

export const keyCheckSchema = z.object({ ok: z.boolean(), message: z.string() });
export type KeyCheck = z.infer<typeof keyCheckSchema>;
