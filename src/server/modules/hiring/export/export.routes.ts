import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listCandidatesQuerySchema } from '#shared/contracts/hiring.ts';
import { callerOf } from '../caller.ts';
import type { HiringDeps } from '../hiring-deps.ts';
import { exportRanking } from './export-ranking.ts';

export const exportRoutes: FastifyPluginAsyncZod<{ deps: HiringDeps }> = async (app, { deps }) => {
  for (const format of ['csv', 'xlsx'] as const) {
    app.get(
      `/api/jobs/:jobId/candidates.${format}`,
      { schema: { tags: ['hiring'], summary: `The ranking as ${format.toUpperCase()} (respects blind mode)`, params: z.object({ jobId: z.string() }), querystring: listCandidatesQuerySchema } },
      async (request, reply) => {
        const file = await exportRanking(deps, callerOf(request), request.params.jobId, request.query, format);
        return reply.type(file.type).header('content-disposition', `attachment; filename="candidates.${format}"`).send(file.body);
      },
    );
  }
};
