import type { AnalyticsRange } from '#shared/contracts/analytics.ts';

/** Analytics live under their owner's key, as AI usage does, so refreshing the owner refreshes them. */
export const analyticsKeys = {
  mine: (range: AnalyticsRange) => ['me', 'analytics', range.from, range.to] as const,
  workspace: (workspaceId: string, range: AnalyticsRange) => ['workspaces', workspaceId, 'analytics', range.from, range.to] as const,
  admin: (range: AnalyticsRange) => ['admin', 'analytics', range.from, range.to] as const,
};
