import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '#server/platform/access/index.ts';
import {
  applicationExportQuerySchema,
  applicationListQuerySchema,
  applicationPageSchema,
  applicationParamsSchema,
  applicationSchema,
  createApplicationBodySchema,
  stageParamsSchema,
  updateApplicationBodySchema,
  updateStageBodySchema,
} from '#shared/contracts/career-jobs.ts';
import { pageQuerySchema } from '#shared/contracts/common.ts';
import * as applications from './applications.service.ts';
import type { CareerDeps } from './career-deps.ts';
import { exportApplicationsCsv } from './export-applications.ts';

const tags = ['career'];

/** The applications pipeline: stages with their dates, the frozen CV sent, follow-up reminders, the CSV export. */
export const applicationsRoutes: FastifyPluginAsyncZod<{ deps: CareerDeps }> = async (app, { deps }) => {
  app.post(
    '/api/career/applications',
    { schema: { tags, summary: 'Track an application to one of your postings (the CV sent is copied, not referenced)', body: createApplicationBodySchema, response: { 201: applicationSchema } } },
    async (request, reply) => reply.status(201).send(await applications.createApplication(deps, callerOf(request), request.body)),
  );
  app.get(
    '/api/career/applications',
    {
      schema: {
        tags,
        summary: 'Your applications, most recently changed first; ?status= filters, ?q= searches title, company and notes',
        querystring: pageQuerySchema.extend(applicationListQuerySchema.shape),
        response: { 200: applicationPageSchema },
      },
    },
    async (request) => applications.listApplications(deps, callerOf(request), request.query),
  );
  app.get(
    '/api/career/applications/export.csv',
    {
      schema: {
        tags,
        summary: 'Your applications as CSV with their stage history; ?from= and ?to= (YYYY-MM-DD) filter by the date applied',
        querystring: applicationExportQuerySchema,
        produces: ['text/csv'],
        response: { 200: z.string() },
      },
    },
    async (request, reply) => {
      const csv = await exportApplicationsCsv(deps, callerOf(request), request.query);
      return reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="applications.csv"').send(csv);
    },
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
  app.patch(
    '/api/career/applications/:applicationId/stages/:stageId',
    { schema: { tags, summary: 'Correct the date of one stage of the timeline', params: stageParamsSchema, body: updateStageBodySchema, response: { 200: applicationSchema } } },
    async (request) => applications.updateStage(deps, callerOf(request), request.params, request.body.at),
  );
};
