import { pageQueryOf, type PageNumber } from '#shared/contracts/common.ts';
import {
  adminOverviewSchema,
  failedJobPageSchema,
  type AdminOverview,
  type FailedJobPage,
  adminUserPageSchema,
  adminUserSchema,
  outboxPageSchema,
  type AdminUser,
  type AdminUserPage,
  type ListAdminUsersQuery,
  type ListOutboxQuery,
  type OutboxPage,
} from '#shared/contracts/admin.ts';
import { retentionReportSchema, type RetentionReport } from '#shared/contracts/retention.ts';
import { auditPageSchema, type AuditPage, type ListAuditQuery } from '#shared/contracts/audit.ts';
import { settingPageSchema, settingSchema, type Setting, type SettingPage } from '#shared/contracts/settings.ts';
import type { InstallationRole } from '#shared/vocabulary.ts';
import type { ApiClient } from '#web/app/api-client.ts';

function toQuery(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Which users to list (a part of a name or email), and which page of them. */
export type AdminUserFilter = Omit<ListAdminUsersQuery, 'limit' | 'offset'> & PageNumber;

export function findUsers(client: ApiClient, { page, pageSize, ...filter }: AdminUserFilter): Promise<AdminUserPage> {
  return client.get(`/api/admin/users${toQuery({ ...filter, ...pageQueryOf({ page, pageSize }) })}`, { schema: adminUserPageSchema });
}

const userPath = (userId: string) => `/api/admin/users/${encodeURIComponent(userId)}`;

export function lockUser(client: ApiClient, userId: string, reason?: string): Promise<AdminUser> {
  return client.post(`${userPath(userId)}/lock`, reason ? { reason } : {}, { schema: adminUserSchema });
}

export function unlockUser(client: ApiClient, userId: string): Promise<AdminUser> {
  return client.post(`${userPath(userId)}/unlock`, {}, { schema: adminUserSchema });
}

export function changeUserRole(client: ApiClient, userId: string, role: InstallationRole): Promise<AdminUser> {
  return client.patch(userPath(userId), { role }, { schema: adminUserSchema });
}

export function deleteUser(client: ApiClient, userId: string): Promise<void> {
  return client.delete(userPath(userId));
}

/** Which messages to list (by recipient), and which page of them. */
export type OutboxFilter = Omit<ListOutboxQuery, 'limit' | 'offset'> & PageNumber;

export function findOutboxMessages(client: ApiClient, { page, pageSize, ...filter }: OutboxFilter): Promise<OutboxPage> {
  return client.get(`/api/admin/outbox${toQuery({ ...filter, ...pageQueryOf({ page, pageSize }) })}`, { schema: outboxPageSchema });
}

export function findOverview(client: ApiClient): Promise<AdminOverview> {
  return client.get('/api/admin/overview', { schema: adminOverviewSchema });
}

export function findFailedJobs(client: ApiClient, page: PageNumber): Promise<FailedJobPage> {
  return client.get(`/api/admin/jobs/failed${toQuery({ ...pageQueryOf(page) })}`, { schema: failedJobPageSchema });
}

const failedJobPath = (job: { name: string; id: string }) => `/api/admin/jobs/${encodeURIComponent(job.name)}/${encodeURIComponent(job.id)}`;

export function retryFailedJob(client: ApiClient, job: { name: string; id: string }): Promise<void> {
  return client.post(`${failedJobPath(job)}/retry`, {});
}

export function discardFailedJob(client: ApiClient, job: { name: string; id: string }): Promise<void> {
  return client.delete(failedJobPath(job));
}

export function previewRetention(client: ApiClient): Promise<RetentionReport> {
  return client.get('/api/admin/retention', { schema: retentionReportSchema });
}

export function runRetention(client: ApiClient): Promise<RetentionReport> {
  return client.post('/api/admin/retention/run', {}, { schema: retentionReportSchema });
}

/** Every installation setting (there are few: one page holds them all). */
export function findSettings(client: ApiClient): Promise<SettingPage> {
  return client.get('/api/admin/settings?limit=100', { schema: settingPageSchema });
}

export function changeSetting(client: ApiClient, key: string, value: unknown): Promise<Setting> {
  return client.put(`/api/admin/settings/${encodeURIComponent(key)}`, { value }, { schema: settingSchema });
}

/** Which audit events to list (by action, actor and time), and which page of them. */
export type AuditFilter = Omit<ListAuditQuery, 'limit' | 'offset'> & PageNumber;

export function findAuditEvents(client: ApiClient, { page, pageSize, ...filter }: AuditFilter): Promise<AuditPage> {
  return client.get(`/api/admin/audit${toQuery({ ...filter, ...pageQueryOf({ page, pageSize }) })}`, { schema: auditPageSchema });
}
