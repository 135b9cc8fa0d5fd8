import { useQuery } from '@tanstack/react-query';
import type { AnalyticsRange } from '#shared/contracts/analytics.ts';
import { api } from '#web/app/api-client.ts';
import { findAdminAnalytics, findMyAnalytics, findWorkspaceAnalytics } from '#web/features/analytics/api/analytics-api.ts';
import { analyticsKeys } from './analytics-keys.ts';

export function useMyAnalytics(range: AnalyticsRange) {
  return useQuery({ queryKey: analyticsKeys.mine(range), queryFn: () => findMyAnalytics(api, range) });
}

export function useWorkspaceAnalytics(workspaceId: string, range: AnalyticsRange) {
  return useQuery({ queryKey: analyticsKeys.workspace(workspaceId, range), queryFn: () => findWorkspaceAnalytics(api, workspaceId, range) });
}

export function useAdminAnalytics(range: AnalyticsRange) {
  return useQuery({ queryKey: analyticsKeys.admin(range), queryFn: () => findAdminAnalytics(api, range) });
}
