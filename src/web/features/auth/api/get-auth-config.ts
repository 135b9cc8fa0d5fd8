import { authConfigResponse, type AuthConfigResponse } from '#shared/contracts/auth-config.ts';
import type { ApiClient } from '#web/app/api-client.ts';

export function getAuthConfig(client: ApiClient): Promise<AuthConfigResponse> {
  return client.get('/api/auth-config', { schema: authConfigResponse });
}
