import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '#server/platform/access/index.ts';
import {
  createJobBodySchema,
  draftJobBodySchema,
  draftJobSchema,
  jobPageSchema,
  jobParamsSchema,
  jobSchema,
  listJobsQuerySchema,
  rescoreSchema,
  updateJobBodySchema,
  workspaceParamsSchema,
} from '#shared/contracts/hiring.ts';
import type { HiringDeps } from '#server/modules/hiring/hiring-deps.ts';
import { draftJob } from './draft-job.ts';
import { changeJob, createJob, getJob, listJobs, removeJob, rescoreJob } from './jobs.service.ts';

const tags = ['hiring'];

export const jobsRoutes: FastifyPluginAsyncZod<{ deps: HiringDeps }> = async (app, { deps }) => {
  app.post(
    '/api/workspaces/:workspaceId/jobs',
    { schema: { tags, summary: 'Create a job; its requirements are parsed from the description', params: workspaceParamsSchema, body: createJobBodySchema, response: { 201: jobSchema } } },
    async (request, reply) => reply.status(201).send(await createJob(deps, callerOf(request), request.params.workspaceId, request.body)),
  );
  app.get(
    '/api/workspaces/:workspaceId/jobs',
    { schema: { tags, summary: 'One page of jobs, newest first; ?q= keeps those containing the words, best first (full text; /jobs/search ranks by meaning)', params: workspaceParamsSchema, querystring: listJobsQuerySchema, response: { 200: jobPageSchema } } },
    async (request) => listJobs(deps, callerOf(request), request.params.workspaceId, request.query),
  );
  app.post(
    '/api/workspaces/:workspaceId/jobs/draft',
    { schema: { tags, summary: 'Draft a job description from bullet points (nothing invented)', params: workspaceParamsSchema, body: draftJobBodySchema, response: { 200: draftJobSchema } } },
    async (request) => draftJob(deps, callerOf(request), request.params.workspaceId, request.body),
  );
  app.get(
    '/api/jobs/:jobId',
    { schema: { tags, summary: 'Get a job', params: jobParamsSchema, response: { 200: jobSchema } } },
    async (request) => getJob(deps, callerOf(request), request.params.jobId),
  );
  app.patch(
    '/api/jobs/:jobId',
    { schema: { tags, summary: 'Change a job (requirements, status, blind screening); a change of requirements queues a rescore of every candidate (see `rescore`)', params: jobParamsSchema, body: updateJobBodySchema, response: { 200: jobSchema } } },
    async (request) => changeJob(deps, callerOf(request), request.params.jobId, request.body),
  );
  app.post(
    '/api/jobs/:jobId/rescore',
    { schema: { tags, summary: 'Queue a rescore of every candidate from the stored parsed CVs; its progress is the job\'s `rescore`', params: jobParamsSchema, response: { 202: rescoreSchema } } },
    async (request, reply) => reply.status(202).send(await rescoreJob(deps, callerOf(request), request.params.jobId)),
  );
  app.delete(
    '/api/jobs/:jobId',
    { schema: { tags, summary: 'Delete a job with its batches and candidates', params: jobParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      await removeJob(deps, callerOf(request), request.params.jobId);
      return reply.status(204).send(null);
    },
  );
};
