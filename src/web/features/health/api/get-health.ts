import { healthResponse, type HealthResponse } from '#shared/contracts/health.ts';
import type { ApiClient } from '#web/app/api-client.ts';

export function getHealth(client: ApiClient, signal?: AbortSignal): Promise<HealthResponse> {
  return client.get('/api/health', { schema: healthResponse, signal });
}
