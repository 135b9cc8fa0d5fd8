import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '#server/platform/access/index.ts';
import {
  educationBodySchema,
  educationPageSchema,
  educationParamsSchema,
  educationSchema,
  employmentBodySchema,
  employmentPageSchema,
  employmentParamsSchema,
  employmentSchema,
  librarySearchQuerySchema,
  reorderBodySchema,
  updateEducationBodySchema,
  updateEmploymentBodySchema,
} from '#shared/contracts/career.ts';
import type { CareerDeps } from './career-deps.ts';
import * as educations from './educations.service.ts';
import * as employments from './employments.service.ts';

const tags = ['career'];
const noContent = { 204: z.null() };

/** Employment and education: the context experiences belong to. */
export const libraryRoutes: FastifyPluginAsyncZod<{ deps: CareerDeps }> = async (app, { deps }) => {
  app.get(
    '/api/career/employments',
    { schema: { tags, summary: 'Your employment history in your order; ?q= searches', querystring: librarySearchQuerySchema, response: { 200: employmentPageSchema } } },
    async (request) => employments.listEmployments(deps, callerOf(request), request.query),
  );
  app.post(
    '/api/career/employments',
    { schema: { tags, summary: 'Add a job you held', body: employmentBodySchema, response: { 201: employmentSchema } } },
    async (request, reply) => reply.status(201).send(await employments.createEmployment(deps, callerOf(request), request.body)),
  );
  app.post(
    '/api/career/employments/order',
    { schema: { tags, summary: 'Put your employment in a new order (every id once)', body: reorderBodySchema, response: noContent } },
    async (request, reply) => {
      await employments.reorderEmployments(deps, callerOf(request), request.body);
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/api/career/employments/:employmentId',
    { schema: { tags, summary: 'One job you held', params: employmentParamsSchema, response: { 200: employmentSchema } } },
    async (request) => employments.getEmployment(deps, callerOf(request), request.params.employmentId),
  );
  app.patch(
    '/api/career/employments/:employmentId',
    { schema: { tags, summary: 'Change a job you held', params: employmentParamsSchema, body: updateEmploymentBodySchema, response: { 200: employmentSchema } } },
    async (request) => employments.updateEmployment(deps, callerOf(request), request.params.employmentId, request.body),
  );
  app.delete(
    '/api/career/employments/:employmentId',
    { schema: { tags, summary: 'Delete a job you held (its experiences stay, unlinked)', params: employmentParamsSchema, response: noContent } },
    async (request, reply) => {
      await employments.deleteEmployment(deps, callerOf(request), request.params.employmentId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/career/educations',
    { schema: { tags, summary: 'Your education in your order; ?q= searches', querystring: librarySearchQuerySchema, response: { 200: educationPageSchema } } },
    async (request) => educations.listEducations(deps, callerOf(request), request.query),
  );
  app.post(
    '/api/career/educations',
    { schema: { tags, summary: 'Add a school, degree or course', body: educationBodySchema, response: { 201: educationSchema } } },
    async (request, reply) => reply.status(201).send(await educations.createEducation(deps, callerOf(request), request.body)),
  );
  app.post(
    '/api/career/educations/order',
    { schema: { tags, summary: 'Put your education in a new order (every id once)', body: reorderBodySchema, response: noContent } },
    async (request, reply) => {
      await educations.reorderEducations(deps, callerOf(request), request.body);
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/api/career/educations/:educationId',
    { schema: { tags, summary: 'One education entry', params: educationParamsSchema, response: { 200: educationSchema } } },
    async (request) => educations.getEducation(deps, callerOf(request), request.params.educationId),
  );
  app.patch(
    '/api/career/educations/:educationId',
    { schema: { tags, summary: 'Change an education entry', params: educationParamsSchema, body: updateEducationBodySchema, response: { 200: educationSchema } } },
    async (request) => educations.updateEducation(deps, callerOf(request), request.params.educationId, request.body),
  );
  app.delete(
    '/api/career/educations/:educationId',
    { schema: { tags, summary: 'Delete an education entry (its experiences stay, unlinked)', params: educationParamsSchema, response: noContent } },
    async (request, reply) => {
      await educations.deleteEducation(deps, callerOf(request), request.params.educationId);
      return reply.status(204).send(null);
    },
  );
};
