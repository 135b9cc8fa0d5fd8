import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createJobBodySchema, draftJobBodySchema, draftJobSchema, jobSchema, listJobsQuerySchema, updateJobBodySchema } from '#shared/contracts/hiring.ts';
import { callerOf } from '../caller.ts';
import type { HiringDeps } from '../hiring-deps.ts';
import { draftJob } from './draft-job.ts';
import { changeJob, createJob, getJob, listJobs, removeJob } from './jobs.service.ts';

const workspaceParams = z.object({ workspaceId: z.string() });
const jobParams = z.object({ jobId: z.string() });
const tags = ['hiring'];

export const jobsRoutes: FastifyPluginAsyncZod<{ deps: HiringDeps }> = async (app, { deps }) => {
  app.post(
    '/api/workspaces/:workspaceId/jobs',
    { schema: { tags, summary: 'Create a job; its requirements are parsed from the description', params: workspaceParams, body: createJobBodySchema, response: { 201: jobSchema } } },
    async (request, reply) => reply.status(201).send(await createJob(deps, callerOf(request), request.params.workspaceId, request.body)),
  );
  app.get(
    '/api/workspaces/:workspaceId/jobs',
    { schema: { tags, summary: 'List jobs, newest first; ?q= keeps those containing the words (full text; /jobs/search ranks by meaning)', params: workspaceParams, querystring: listJobsQuerySchema, response: { 200: z.array(jobSchema) } } },
    async (request) => listJobs(deps, callerOf(request), request.params.workspaceId, request.query),
  );
  app.post(
    '/api/workspaces/:workspaceId/jobs/draft',
    { schema: { tags, summary: 'Draft a job description from bullet points (nothing invented)', params: workspaceParams, body: draftJobBodySchema, response: { 200: draftJobSchema } } },
    async (request) => draftJob(deps, callerOf(request), request.params.workspaceId, request.body),
  );
  app.get(
    '/api/jobs/:jobId',
    { schema: { tags, summary: 'Get a job', params: jobParams, response: { 200: jobSchema } } },
    async (request) => getJob(deps, callerOf(request), request.params.jobId),
  );
  app.patch(
    '/api/jobs/:jobId',
    { schema: { tags, summary: 'Change a job (requirements, status, blind screening); candidates are re-scored when requirements change', params: jobParams, body: updateJobBodySchema, response: { 200: jobSchema } } },
    async (request) => changeJob(deps, callerOf(request), request.params.jobId, request.body),
  );
  app.delete(
    '/api/jobs/:jobId',
    { schema: { tags, summary: 'Delete a job with its batches and candidates', params: jobParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await removeJob(deps, callerOf(request), request.params.jobId);
      return reply.status(204).send(null);
    },
  );
};
