import { revokeOthersResponse, sessionListResponse, type SessionItem } from '#shared/contracts/sessions.ts';
import type { ApiClient } from '#web/app/api-client.ts';

export function findMySessions(client: ApiClient): Promise<SessionItem[]> {
  return client.get('/api/me/sessions', { schema: sessionListResponse });
}

export function revokeSession(client: ApiClient, sessionId: string): Promise<void> {
  return client.delete(`/api/me/sessions/${encodeURIComponent(sessionId)}`);
}

export async function revokeOtherSessions(client: ApiClient): Promise<number> {
  return (await client.post('/api/me/sessions/revoke-others', undefined, { schema: revokeOthersResponse })).revoked;
}
