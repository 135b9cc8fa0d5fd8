import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '#server/platform/access/index.ts';
import {
  createJobPostingBodySchema,
  jobExperienceLinksSchema,
  jobExperienceParamsSchema,
  jobMatchesSchema,
  jobPostingPageSchema,
  jobPostingParamsSchema,
  jobPostingSchema,
  maxJobPageBytes,
  saveJobExperienceBodySchema,
  tailoredSummarySchema,
  updateJobPostingBodySchema,
} from '#shared/contracts/career-jobs.ts';
import { pageQuerySchema } from '#shared/contracts/common.ts';
import type { CareerDeps } from './career-deps.ts';
import * as links from './job-experiences.service.ts';
import * as postings from './job-postings.service.ts';
import { matchJobPosting } from './match-job.ts';

const tags = ['career'];

/** Job postings, how the library matches them, the experiences linked to them and a summary drafted from those. */
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

  app.get(
    '/api/career/job-postings/:jobPostingId/experiences',
    { schema: { tags, summary: 'The experiences you linked to this posting, best match first', params: jobPostingParamsSchema, response: { 200: jobExperienceLinksSchema } } },
    async (request) => links.listJobExperiences(deps, callerOf(request), request.params.jobPostingId),
  );
  app.put(
    '/api/career/job-postings/:jobPostingId/experiences/:experienceId',
    { schema: { tags, summary: 'Link one of your experiences to this posting (with its match score and why)', params: jobExperienceParamsSchema, body: saveJobExperienceBodySchema, response: { 200: jobExperienceLinksSchema } } },
    async (request) => links.saveJobExperience(deps, callerOf(request), request.params, request.body),
  );
  app.delete(
    '/api/career/job-postings/:jobPostingId/experiences/:experienceId',
    { schema: { tags, summary: 'Unlink an experience from this posting', params: jobExperienceParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      await links.removeJobExperience(deps, callerOf(request), request.params);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/api/career/job-postings/:jobPostingId/summary',
    { schema: { tags, summary: 'Draft a summary for this posting from the linked experiences only (offline, deterministic)', params: jobPostingParamsSchema, response: { 200: tailoredSummarySchema } } },
    async (request) => links.draftTailoredSummary(deps, callerOf(request), request.params.jobPostingId),
  );
};
