import { securityEventPageSchema, type SecurityEventPage } from '#shared/contracts/audit.ts';
import { pageParams, type PageNumber } from '#shared/contracts/common.ts';
import type { ApiClient } from '#web/app/api-client.ts';

export function findMySecurityEvents(client: ApiClient, page: PageNumber): Promise<SecurityEventPage> {
  return client.get(`/api/me/security-events?${pageParams(page).toString()}`, { schema: securityEventPageSchema });
}
