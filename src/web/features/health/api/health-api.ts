import { healthSchema, type Health } from '#shared/contracts/health.ts';
import type { ApiClient } from '#web/app/api-client.ts';

export function getHealth(client: ApiClient, signal?: AbortSignal): Promise<Health> {
  return client.get('/api/health', { schema: healthSchema, signal });
}
