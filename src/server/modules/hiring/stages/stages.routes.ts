import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '#server/platform/access/index.ts';
import { jobParamsSchema } from '#shared/contracts/hiring.ts';
import { bulkStageBodySchema, bulkStageResultSchema, jobStagesSchema, renameStagesBodySchema } from '#shared/contracts/hiring-team.ts';
import type { HiringDeps } from '#server/modules/hiring/hiring-deps.ts';
import { getJobStages, moveCandidatesToStage, renameJobStages } from './stages.service.ts';

const tags = ['hiring'];

export const stagesRoutes: FastifyPluginAsyncZod<{ deps: HiringDeps }> = async (app, { deps }) => {
  app.get(
    '/api/jobs/:jobId/stages',
    { schema: { tags, summary: "The job's pipeline stages in order, with the job's names for them", params: jobParamsSchema, response: { 200: jobStagesSchema } } },
    async (request) => getJobStages(deps, callerOf(request), request.params.jobId),
  );
  app.put(
    '/api/jobs/:jobId/stages',
    { schema: { tags, summary: "Rename some of the job's stages", params: jobParamsSchema, body: renameStagesBodySchema, response: { 200: jobStagesSchema } } },
    async (request) => renameJobStages(deps, callerOf(request), request.params.jobId, request.body),
  );
  app.post(
    '/api/jobs/:jobId/candidates/stage',
    {
      schema: {
        tags,
        summary: 'Move ticked candidates of the job to a stage (shortlist: shortlisted, reject: rejected with a reason), all or nothing',
        params: jobParamsSchema,
        body: bulkStageBodySchema,
        response: { 200: bulkStageResultSchema },
      },
    },
    async (request) => moveCandidatesToStage(deps, callerOf(request), request.params.jobId, request.body),
  );
};
