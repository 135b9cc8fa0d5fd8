import { z } from 'zod';

export const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  database: z.object({
    kind: z.enum(['pglite', 'postgres']).describe('pglite is the embedded default; postgres when DATABASE_URL is set'),
    location: z.string(),
    ok: z.boolean(),
    vector: z.boolean().describe('Whether pgvector is available; a fallback is used when it is not'),
    latencyMs: z.number(),
  }),
  uptimeSeconds: z.number(),
});
export type Health = z.infer<typeof healthSchema>;
