import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '#server/platform/access/index.ts';
import { candidateSearchSchema, jobSearchSchema, searchCandidatesQuerySchema, searchJobsQuerySchema, workspaceParamsSchema } from '#shared/contracts/hiring.ts';
import type { HiringDeps } from '#server/modules/hiring/hiring-deps.ts';
import { searchCandidates, searchJobs } from './search.service.ts';

const tags = ['hiring'];

export const searchRoutes: FastifyPluginAsyncZod<{ deps: HiringDeps }> = async (app, { deps }) => {
  app.get(
    '/api/workspaces/:workspaceId/jobs/search',
    {
      schema: {
        tags,
        summary: 'Search jobs by meaning (embedding similarity) when an embedding provider is configured, else by full text; `mode` says which. One page, closest first',
        params: workspaceParamsSchema,
        querystring: searchJobsQuerySchema,
        response: { 200: jobSearchSchema },
      },
    },
    async (request) => searchJobs(deps, callerOf(request), request.params.workspaceId, request.query),
  );
  app.get(
    '/api/workspaces/:workspaceId/candidates/search',
    {
      schema: {
        tags,
        summary: 'Search candidates by skills and experience (never by name), semantic or full text like jobs; blind screening masks rows. One page, closest first',
        params: workspaceParamsSchema,
        querystring: searchCandidatesQuerySchema,
        response: { 200: candidateSearchSchema },
      },
    },
    async (request) => searchCandidates(deps, callerOf(request), request.params.workspaceId, request.query),
  );
};
