import { z } from 'zod';

export const keyProviders = ['openai', 'anthropic', 'openai-compatible', 'deepgram', 'livekit'] as const;
export type KeyProvider = (typeof keyProviders)[number];

export const keyProviderParam = z.object({ provider: z.enum(keyProviders) });

export const putKeyRequest = z
  .object({
    apiKey: z.string().trim().min(1, 'must not be empty').max(4096, 'must be at most 4096 characters'),
    apiSecret: z.string().trim().min(1).max(4096).optional().describe('LiveKit only: the API secret'),
    baseUrl: z.url({ error: 'must be a URL' }).max(2048).optional().describe('Required for openai-compatible and livekit'),
    model: z.string().trim().min(1).max(200).optional().describe('Default model for this provider'),
  })
  .strict();
export type PutKeyRequest = z.infer<typeof putKeyRequest>;

export const keyItem = z.object({
  provider: z.enum(keyProviders),
  last4: z.string().nullable(),
  checkedAt: z.iso.datetime().nullable(),
  status: z.enum(['unchecked', 'ok', 'failed']),
  message: z.string().nullable(),
  baseUrl: z.string().nullable(),
  model: z.string().nullable(),
  updatedAt: z.iso.datetime(),
});
export type KeyItem = z.infer<typeof keyItem>;
export const keyListResponse = z.array(keyItem);
export const testKeyResponse = z.object({ ok: z.boolean(), message: z.string() });
export type TestKeyResponse = z.infer<typeof testKeyResponse>;
