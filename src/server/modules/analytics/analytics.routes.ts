import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '#server/platform/access/index.ts';
import { adminAnalyticsSchema, analyticsRangeSchema, analyticsWorkspaceParamsSchema, myAnalyticsSchema, workspaceAnalyticsSchema } from '#shared/contracts/analytics.ts';
import type { AnalyticsDeps } from './analytics-deps.ts';
import { getAdminAnalytics, getMyAnalytics, getWorkspaceAnalytics } from './analytics.service.ts';

const tags = ['analytics'];

export const analyticsRoutes: FastifyPluginAsyncZod<{ deps: AnalyticsDeps }> = async (app, { deps }) => {
  app.get(
    '/api/me/analytics',
    { schema: { tags, summary: 'My practice per week and my applications funnel (?from=&to=, at most 366 days)', querystring: analyticsRangeSchema, response: { 200: myAnalyticsSchema } } },
    async (request) => getMyAnalytics(deps, callerOf(request), request.query),
  );
  app.get(
    '/api/workspaces/:workspaceId/analytics',
    {
      schema: {
        tags,
        summary: "A workspace's screening per day, job and recruiter, time to decision and interview outcomes (owners and recruiters)",
        params: analyticsWorkspaceParamsSchema,
        querystring: analyticsRangeSchema,
        response: { 200: workspaceAnalyticsSchema },
      },
    },
    async (request) => getWorkspaceAnalytics(deps, callerOf(request), request.params.workspaceId, request.query),
  );
  app.get(
    '/api/admin/analytics',
    {
      schema: {
        tags,
        summary: 'Active users per day and week, sign-ups, practice sessions and CV batches per day, daily snapshots and the queue (administrator)',
        querystring: analyticsRangeSchema,
        response: { 200: adminAnalyticsSchema },
      },
    },
    async (request) => getAdminAnalytics(deps, callerOf(request), request.query),
  );
};
