import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '#server/platform/access/index.ts';
import { compiledResponse } from '#server/platform/serializer.ts';
import { attachmentDisposition } from '#server/platform/content-disposition.ts';
import {
  blindQuerySchema,
  candidatePageSchema,
  candidateParamsSchema,
  candidateProfileSchema,
  compareQuerySchema,
  compareSchema,
  jobParamsSchema,
  listCandidatesQuerySchema,
  rejectBodySchema,
} from '#shared/contracts/hiring.ts';
import type { HiringDeps } from '#server/modules/hiring/hiring-deps.ts';
import { compareCandidates, decideCandidate, getCandidate, getCandidateFile, listCandidates } from './candidates.service.ts';

const tags = ['hiring'];

export const candidatesRoutes: FastifyPluginAsyncZod<{ deps: HiringDeps }> = async (app, { deps }) => {
  app.get(
    '/api/jobs/:jobId/candidates',
    {
      schema: {
        tags,
        summary: 'One page of the ranked candidates of a job, best score first (filters and sort applied to all of them; blind mode hides names and file names)',
        params: jobParamsSchema,
        querystring: listCandidatesQuerySchema,
        // A page is written by a compiled serializer, not re-checked row by row with Zod (decision 053).
        response: { 200: compiledResponse(candidatePageSchema) },
      },
    },
    async (request) => listCandidates(deps, callerOf(request), request.params.jobId, request.query),
  );
  app.get(
    '/api/jobs/:jobId/candidates/compare',
    { schema: { tags, summary: 'Compare 2–4 candidates side by side', params: jobParamsSchema, querystring: compareQuerySchema, response: { 200: compareSchema } } },
    async (request) => compareCandidates(deps, callerOf(request), request.params.jobId, request.query.ids),
  );
  app.get(
    '/api/candidates/:candidateId',
    { schema: { tags, summary: 'A candidate: profile, score components, skills, reasoning and evidence offsets into the CV text', params: candidateParamsSchema, querystring: blindQuerySchema, response: { 200: candidateProfileSchema } } },
    async (request) => getCandidate(deps, callerOf(request), request.params.candidateId, request.query.blind),
  );
  app.get(
    '/api/candidates/:candidateId/file',
    { schema: { tags, summary: 'Download the original CV (not while blind screening hides the candidate)', params: candidateParamsSchema } },
    async (request, reply) => {
      const file = await getCandidateFile(deps, callerOf(request), request.params.candidateId);
      return reply
        .type(file.mimeType)
        .header('content-disposition', attachmentDisposition(file.fileName))
        .header('x-content-type-options', 'nosniff')
        .send(file.bytes);
    },
  );
  app.post(
    '/api/candidates/:candidateId/shortlist',
    { schema: { tags, summary: 'Shortlist a candidate (reveals them in blind mode)', params: candidateParamsSchema, response: { 200: candidateProfileSchema } } },
    async (request) => decideCandidate(deps, callerOf(request), request.params.candidateId, { status: 'shortlisted' }),
  );
  app.post(
    '/api/candidates/:candidateId/reject',
    { schema: { tags, summary: 'Reject a candidate with a reason', params: candidateParamsSchema, body: rejectBodySchema, response: { 200: candidateProfileSchema } } },
    async (request) => decideCandidate(deps, callerOf(request), request.params.candidateId, { status: 'rejected', reason: request.body.reason }),
  );
};
