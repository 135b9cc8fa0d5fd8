import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { candidateSearchSchema, jobSearchSchema, searchCandidatesQuerySchema, searchJobsQuerySchema } from '#shared/contracts/hiring.ts';
import { callerOf } from '../caller.ts';
import type { HiringDeps } from '../hiring-deps.ts';
import { searchCandidates, searchJobs } from './search.service.ts';

const workspaceParams = z.object({ workspaceId: z.string() });
const tags = ['hiring'];

export const searchRoutes: FastifyPluginAsyncZod<{ deps: HiringDeps }> = async (app, { deps }) => {
  app.get(
    '/api/workspaces/:workspaceId/jobs/search',
    {
      schema: {
        tags,
        summary: 'Search jobs by meaning (embedding similarity) when an embedding provider is configured, else by full text; `mode` says which',
        params: workspaceParams,
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
        summary: 'Search candidates by skills and experience (never by name), semantic or full text like jobs; blind screening masks rows',
        params: workspaceParams,
        querystring: searchCandidatesQuerySchema,
        response: { 200: candidateSearchSchema },
      },
    },
    async (request) => searchCandidates(deps, callerOf(request), request.params.workspaceId, request.query),
  );
};
