import { pageParams, type PageNumber } from '#shared/contracts/common.ts';
import { revokedSessionsSchema, sessionPageSchema, type SessionPage } from '#shared/contracts/sessions.ts';
import type { ApiClient } from '#web/app/api-client.ts';

export function findMySessions(client: ApiClient, page: PageNumber): Promise<SessionPage> {
  return client.get(`/api/me/sessions?${pageParams(page).toString()}`, { schema: sessionPageSchema });
}

export function revokeSession(client: ApiClient, sessionId: string): Promise<void> {
  return client.delete(`/api/me/sessions/${encodeURIComponent(sessionId)}`);
}

export async function revokeOtherSessions(client: ApiClient): Promise<number> {
  return (await client.post('/api/me/sessions/revoke-others', undefined, { schema: revokedSessionsSchema })).revoked;
}
