import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '#server/platform/access/index.ts';
import { attachmentDisposition } from '#server/platform/content-disposition.ts';
import { jobParamsSchema, rankingQuerySchema } from '#shared/contracts/hiring.ts';
import type { HiringDeps } from '#server/modules/hiring/hiring-deps.ts';
import { exportRanking } from './export-ranking.ts';

export const exportRoutes: FastifyPluginAsyncZod<{ deps: HiringDeps }> = async (app, { deps }) => {
  for (const format of ['csv', 'xlsx'] as const) {
    app.get(
      `/api/jobs/:jobId/candidates.${format}`,
      { schema: { tags: ['hiring'], summary: `The whole ranking as ${format.toUpperCase()}, every candidate (filters, sort and blind mode as the list)`, params: jobParamsSchema, querystring: rankingQuerySchema } },
      async (request, reply) => {
        const file = await exportRanking(deps, callerOf(request), request.params.jobId, request.query, format);
        return reply.type(file.type).header('content-disposition', attachmentDisposition(file.fileName)).send(file.body);
      },
    );
  }
};
