import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '#server/platform/access/index.ts';
import { candidateParamsSchema, workspaceParamsSchema } from '#shared/contracts/hiring.ts';
import { applicationListSchema, peopleQuerySchema, personPageSchema } from '#shared/contracts/hiring-team.ts';
import type { HiringDeps } from '#server/modules/hiring/hiring-deps.ts';
import { listOtherApplications, searchPeople } from './people.service.ts';

const tags = ['hiring'];

export const peopleRoutes: FastifyPluginAsyncZod<{ deps: HiringDeps }> = async (app, { deps }) => {
  app.get(
    '/api/candidates/:candidateId/applications',
    {
      schema: {
        tags,
        summary: "The same person's other applications in the workspace (same email or phone); none while blind screening hides the candidate",
        params: candidateParamsSchema,
        response: { 200: applicationListSchema },
      },
    },
    async (request) => listOtherApplications(deps, callerOf(request), request.params.candidateId),
  );
  app.get(
    '/api/workspaces/:workspaceId/people',
    {
      schema: {
        tags,
        summary: 'Candidates across the jobs of a workspace as persons (one per email or phone) with their applications, by name',
        params: workspaceParamsSchema,
        querystring: peopleQuerySchema,
        response: { 200: personPageSchema },
      },
    },
    async (request) => searchPeople(deps, callerOf(request), request.params.workspaceId, request.query),
  );
};
