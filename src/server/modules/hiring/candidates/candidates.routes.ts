import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { candidateProfileSchema, candidateRowSchema, compareQuerySchema, compareSchema, listCandidatesQuerySchema, rejectBodySchema, rescoreSchema } from '#shared/contracts/hiring.ts';
import { callerOf } from '../caller.ts';
import type { HiringDeps } from '../hiring-deps.ts';
import { compareCandidates, decideCandidate, getCandidate, getCandidateFile, listCandidates, rescoreJob } from './candidates.service.ts';

const tags = ['hiring'];
const jobParams = z.object({ jobId: z.string() });
const candidateParams = z.object({ id: z.string() });
const blindQuery = z.object({ blind: z.enum(['true', 'false']).optional() });

export const candidatesRoutes: FastifyPluginAsyncZod<{ deps: HiringDeps }> = async (app, { deps }) => {
  app.get(
    '/api/jobs/:jobId/candidates',
    { schema: { tags, summary: 'Ranked candidates of a job (filters, sort; blind mode hides names and file names)', params: jobParams, querystring: listCandidatesQuerySchema, response: { 200: z.array(candidateRowSchema) } } },
    async (request) => listCandidates(deps, callerOf(request), request.params.jobId, request.query),
  );
  app.get(
    '/api/jobs/:jobId/candidates/compare',
    { schema: { tags, summary: 'Compare 2–4 candidates side by side', params: jobParams, querystring: compareQuerySchema, response: { 200: compareSchema } } },
    async (request) => compareCandidates(deps, callerOf(request), request.params.jobId, request.query.ids),
  );
  app.post(
    '/api/jobs/:jobId/rescore',
    { schema: { tags, summary: 'Score every candidate again from the stored parsed CVs', params: jobParams, response: { 200: rescoreSchema } } },
    async (request) => rescoreJob(deps, callerOf(request), request.params.jobId),
  );
  app.get(
    '/api/candidates/:id',
    { schema: { tags, summary: 'A candidate: profile, score components, skills, reasoning and evidence offsets into the CV text', params: candidateParams, querystring: blindQuery, response: { 200: candidateProfileSchema } } },
    async (request) => getCandidate(deps, callerOf(request), request.params.id, request.query.blind),
  );
  app.get(
    '/api/candidates/:id/file',
    { schema: { tags, summary: 'Download the original CV (not while blind screening hides the candidate)', params: candidateParams } },
    async (request, reply) => {
      const file = await getCandidateFile(deps, callerOf(request), request.params.id);
      return reply
        .type(file.mimeType)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .header('x-content-type-options', 'nosniff')
        .send(file.bytes);
    },
  );
  app.post(
    '/api/candidates/:id/shortlist',
    { schema: { tags, summary: 'Shortlist a candidate (reveals them in blind mode)', params: candidateParams, response: { 200: candidateProfileSchema } } },
    async (request) => decideCandidate(deps, callerOf(request), request.params.id, { status: 'shortlisted' }),
  );
  app.post(
    '/api/candidates/:id/reject',
    { schema: { tags, summary: 'Reject a candidate with a reason', params: candidateParams, body: rejectBodySchema, response: { 200: candidateProfileSchema } } },
    async (request) => decideCandidate(deps, callerOf(request), request.params.id, { status: 'rejected', reason: request.body.reason }),
  );
};
