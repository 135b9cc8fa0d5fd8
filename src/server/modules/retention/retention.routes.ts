import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '#server/platform/access/index.ts';
import { retentionReportSchema } from '#shared/contracts/retention.ts';
import type { RetentionDeps } from './retention-deps.ts';
import { previewRetention, runRetentionNow } from './retention.service.ts';

const tags = ['admin'];

export const retentionRoutes: FastifyPluginAsyncZod<{ deps: RetentionDeps }> = async (app, { deps }) => {
  app.get(
    '/api/admin/retention',
    { schema: { tags, summary: 'What the daily data retention would remove now, per kind, removing nothing (administrator)', response: { 200: retentionReportSchema } } },
    async (request) => previewRetention(deps, callerOf(request)),
  );
  app.post(
    '/api/admin/retention/run',
    { schema: { tags, summary: 'Run the data retention now (administrator; recorded in the audit log)', response: { 200: retentionReportSchema } } },
    async (request) => runRetentionNow(deps, callerOf(request), { ip: request.ip }),
  );
};
