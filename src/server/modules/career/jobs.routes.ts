import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '#server/platform/access/index.ts';
import {
  applicationPageSchema,
  applicationParamsSchema,
  applicationSchema,
  applicationStatusSchema,
  createApplicationBodySchema,
  createJobPostingBodySchema,
  jobMatchesSchema,
  jobPostingPageSchema,
  jobPostingParamsSchema,
  jobPostingSchema,
  maxJobPageBytes,
  updateApplicationBodySchema,
  updateJobPostingBodySchema,
} from '#shared/contracts/career-jobs.ts';
import { pageQuerySchema } from '#shared/contracts/common.ts';
import * as applications from './applications.service.ts';
import type { CareerDeps } from './career-deps.ts';
import * as postings from './job-postings.service.ts';
import { matchJobPosting } from './match-job.ts';

const tags = ['career'];

/** Job postings, how the library matches them, and the applications pipeline. */
export const jobsRoutes: FastifyPluginAsyncZod<{ deps: CareerDeps }> = async (app, { deps }) => {
  app.post(
    '/api/career/job-postings',
    {
      // A saved page may be near the 2 MB limit; the schema names the field when it is over, before Fastify's own cap.
      bodyLimit: maxJobPageBytes * 2,
      schema: { tags, summary: 'Add a job posting from pasted text, a saved job page (html) or its address (url, fetched through the outbound guard)', body: createJobPostingBodySchema, response: { 201: jobPostingSchema } },
    },
    async (request, reply) => reply.status(201).send(await postings.createJobPosting(deps, callerOf(request), request.body)),
  );
  app.get(
    '/api/career/job-postings',
    { schema: { tags, summary: 'Your job postings, newest first', querystring: pageQuerySchema, response: { 200: jobPostingPageSchema } } },
    async (request) => postings.listJobPostings(deps, callerOf(request), request.query),
  );
  app.get(
    '/api/career/job-postings/:jobPostingId',
    { schema: { tags, summary: 'One of your job postings, with its age and whether it has expired', params: jobPostingParamsSchema, response: { 200: jobPostingSchema } } },
    async (request) => postings.getJobPosting(deps, callerOf(request), request.params.jobPostingId),
  );
  app.patch(
    '/api/career/job-postings/:jobPostingId',
    { schema: { tags, summary: 'Mark a posting as a target job, or correct its title or company', params: jobPostingParamsSchema, body: updateJobPostingBodySchema, response: { 200: jobPostingSchema } } },
    async (request) => postings.updateJobPosting(deps, callerOf(request), request.params.jobPostingId, request.body),
  );
  app.delete(
    '/api/career/job-postings/:jobPostingId',
    { schema: { tags, summary: 'Delete a posting (and its application)', params: jobPostingParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      await postings.deleteJobPosting(deps, callerOf(request), request.params.jobPostingId);
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/api/career/job-postings/:jobPostingId/matches',
    { schema: { tags, summary: 'Your experiences ranked for this posting, and its skills shown, missing and not in your library', params: jobPostingParamsSchema, response: { 200: jobMatchesSchema } } },
    async (request) => matchJobPosting(deps, callerOf(request), request.params.jobPostingId),
  );

  app.post(
    '/api/career/applications',
    { schema: { tags, summary: 'Track an application to one of your postings (the CV sent is copied, not referenced)', body: createApplicationBodySchema, response: { 201: applicationSchema } } },
    async (request, reply) => reply.status(201).send(await applications.createApplication(deps, callerOf(request), request.body)),
  );
  app.get(
    '/api/career/applications',
    { schema: { tags, summary: 'Your applications, most recently changed first; ?status= filters', querystring: pageQuerySchema.extend({ status: applicationStatusSchema.optional() }), response: { 200: applicationPageSchema } } },
    async (request) => applications.listApplications(deps, callerOf(request), request.query),
  );
  app.get(
    '/api/career/applications/:applicationId',
    { schema: { tags, summary: 'One application with its stage history', params: applicationParamsSchema, response: { 200: applicationSchema } } },
    async (request) => applications.getApplication(deps, callerOf(request), request.params.applicationId),
  );
  app.patch(
    '/api/career/applications/:applicationId',
    { schema: { tags, summary: 'Move an application to a stage (recorded with its date) or change its notes, dates or reminder', params: applicationParamsSchema, body: updateApplicationBodySchema, response: { 200: applicationSchema } } },
    async (request) => applications.updateApplication(deps, callerOf(request), request.params.applicationId, request.body),
  );
};
