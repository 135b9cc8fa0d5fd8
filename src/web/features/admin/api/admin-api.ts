import type { z } from 'zod';
import { adminUserPage, outboxPage } from '#shared/contracts/admin.ts';
import type { ApiClient } from '#web/app/api-client.ts';

export type AdminUserPage = z.infer<typeof adminUserPage>;
export type AdminUser = AdminUserPage['users'][number];
export type OutboxPage = z.infer<typeof outboxPage>;
export type OutboxMessage = OutboxPage['messages'][number];

function toQuery(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

export function findUsers(client: ApiClient, query: { search?: string; limit?: number; offset?: number }): Promise<AdminUserPage> {
  return client.get(`/api/admin/users${toQuery(query)}`, { schema: adminUserPage });
}

const userPath = (userId: string) => `/api/admin/users/${encodeURIComponent(userId)}`;

export function lockUser(client: ApiClient, userId: string, reason?: string): Promise<unknown> {
  return client.post(`${userPath(userId)}/lock`, reason ? { reason } : {});
}

export function unlockUser(client: ApiClient, userId: string): Promise<unknown> {
  return client.post(`${userPath(userId)}/unlock`, {});
}

export function changeUserRole(client: ApiClient, userId: string, role: 'user' | 'admin'): Promise<unknown> {
  return client.patch(userPath(userId), { role });
}

export function deleteUser(client: ApiClient, userId: string): Promise<unknown> {
  return client.delete(userPath(userId));
}

export function findOutboxMessages(client: ApiClient, query: { to?: string; limit?: number; offset?: number }): Promise<OutboxPage> {
  return client.get(`/api/admin/outbox${toQuery(query)}`, { schema: outboxPage });
}
