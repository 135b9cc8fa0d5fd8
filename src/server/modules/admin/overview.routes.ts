import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '#server/platform/access/index.ts';
import { adminOverviewSchema, failedJobPageSchema, failedJobParamsSchema } from '#shared/contracts/admin.ts';
import { pageQuerySchema } from '#shared/contracts/common.ts';
import type { AdminDeps } from './admin-deps.ts';
import { getOverview, listFailedJobs, settleFailedJob } from './overview.service.ts';

const tags = ['admin'];

export const overviewRoutes: FastifyPluginAsyncZod<{ deps: AdminDeps }> = async (app, { deps }) => {
  app.get(
    '/api/admin/overview',
    { schema: { tags, summary: 'The installation at a glance: version, database, queue, mail, storage, AI providers, users, tickets (administrator)', response: { 200: adminOverviewSchema } } },
    async (request) => getOverview(deps, callerOf(request)),
  );
  app.get(
    '/api/admin/jobs/failed',
    { schema: { tags, summary: 'Background runs that failed after their last retry, newest first (administrator)', querystring: pageQuerySchema, response: { 200: failedJobPageSchema } } },
    async (request) => listFailedJobs(deps, callerOf(request), request.query),
  );
  app.post(
    '/api/admin/jobs/:name/:jobId/retry',
    { schema: { tags, summary: 'Run a failed background job again (administrator; recorded in the audit log)', params: failedJobParamsSchema } },
    async (request, reply) => {
      await settleFailedJob(deps, callerOf(request), { name: request.params.name, id: request.params.jobId }, 'retry', { ip: request.ip });
      return reply.status(204).send();
    },
  );
  app.delete(
    '/api/admin/jobs/:name/:jobId',
    { schema: { tags, summary: 'Discard a failed background job for good (administrator; recorded in the audit log)', params: failedJobParamsSchema } },
    async (request, reply) => {
      await settleFailedJob(deps, callerOf(request), { name: request.params.name, id: request.params.jobId }, 'discard', { ip: request.ip });
      return reply.status(204).send();
    },
  );
};
