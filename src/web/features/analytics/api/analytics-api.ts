import { adminAnalyticsSchema, myAnalyticsSchema, workspaceAnalyticsSchema, type AdminAnalytics, type AnalyticsRange, type MyAnalytics, type WorkspaceAnalytics } from '#shared/contracts/analytics.ts';
import type { ApiClient } from '#web/app/api-client.ts';

const rangeQuery = (range: AnalyticsRange) => new URLSearchParams(range).toString();

export function findMyAnalytics(client: ApiClient, range: AnalyticsRange): Promise<MyAnalytics> {
  return client.get(`/api/me/analytics?${rangeQuery(range)}`, { schema: myAnalyticsSchema });
}

export function findWorkspaceAnalytics(client: ApiClient, workspaceId: string, range: AnalyticsRange): Promise<WorkspaceAnalytics> {
  return client.get(`/api/workspaces/${encodeURIComponent(workspaceId)}/analytics?${rangeQuery(range)}`, { schema: workspaceAnalyticsSchema });
}

export function findAdminAnalytics(client: ApiClient, range: AnalyticsRange): Promise<AdminAnalytics> {
  return client.get(`/api/admin/analytics?${rangeQuery(range)}`, { schema: adminAnalyticsSchema });
}
