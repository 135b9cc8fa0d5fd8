import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '#server/platform/access/index.ts';
import {
  experienceBodySchema,
  experiencePageSchema,
  experienceParamsSchema,
  experienceSchema,
  librarySearchQuerySchema,
  reorderBodySchema,
  skillBodySchema,
  skillDetailSchema,
  skillLinkFieldsSchema,
  skillLinkParamsSchema,
  skillPageSchema,
  skillParamsSchema,
  updateExperienceBodySchema,
  updateSkillBodySchema,
} from '#shared/contracts/career.ts';
import type { CareerDeps } from './career-deps.ts';
import * as experiences from './experiences.service.ts';
import * as skills from './skills.service.ts';

const tags = ['career'];
const noContent = { 204: z.null() };

/** Experiences, skills and the links between them. */
export const experiencesRoutes: FastifyPluginAsyncZod<{ deps: CareerDeps }> = async (app, { deps }) => {
  app.get(
    '/api/career/experiences',
    { schema: { tags, summary: 'Your experiences in your order, with their skills; ?q= searches titles, descriptions, tags and skills', querystring: librarySearchQuerySchema, response: { 200: experiencePageSchema } } },
    async (request) => experiences.listExperiences(deps, callerOf(request), request.query),
  );
  app.post(
    '/api/career/experiences',
    { schema: { tags, summary: 'Add an experience; skills named are found in your library or added to it', body: experienceBodySchema, response: { 201: experienceSchema } } },
    async (request, reply) => reply.status(201).send(await experiences.createExperience(deps, callerOf(request), request.body)),
  );
  app.post(
    '/api/career/experiences/order',
    { schema: { tags, summary: 'Put your experiences in a new order (every id once)', body: reorderBodySchema, response: noContent } },
    async (request, reply) => {
      await experiences.reorderExperiences(deps, callerOf(request), request.body);
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/api/career/experiences/:experienceId',
    { schema: { tags, summary: 'One experience with its skills', params: experienceParamsSchema, response: { 200: experienceSchema } } },
    async (request) => experiences.getExperience(deps, callerOf(request), request.params.experienceId),
  );
  app.patch(
    '/api/career/experiences/:experienceId',
    { schema: { tags, summary: 'Change an experience; a skills list replaces its skill links', params: experienceParamsSchema, body: updateExperienceBodySchema, response: { 200: experienceSchema } } },
    async (request) => experiences.updateExperience(deps, callerOf(request), request.params.experienceId, request.body),
  );
  app.delete(
    '/api/career/experiences/:experienceId',
    { schema: { tags, summary: 'Delete an experience (its skills stay in your library)', params: experienceParamsSchema, response: noContent } },
    async (request, reply) => {
      await experiences.deleteExperience(deps, callerOf(request), request.params.experienceId);
      return reply.status(204).send(null);
    },
  );
  app.put(
    '/api/career/experiences/:experienceId/skills/:skillId',
    { schema: { tags, summary: 'Link an experience to a skill, or change how it shows it', params: skillLinkParamsSchema, body: skillLinkFieldsSchema, response: noContent } },
    async (request, reply) => {
      await skills.linkSkill(deps, callerOf(request), request.params, request.body);
      return reply.status(204).send(null);
    },
  );
  app.delete(
    '/api/career/experiences/:experienceId/skills/:skillId',
    { schema: { tags, summary: 'Unlink a skill from an experience', params: skillLinkParamsSchema, response: noContent } },
    async (request, reply) => {
      await skills.unlinkSkill(deps, callerOf(request), request.params);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/career/skills',
    { schema: { tags, summary: 'Your skills in your order, with years and how many experiences show them; ?q= searches', querystring: librarySearchQuerySchema, response: { 200: skillPageSchema } } },
    async (request) => skills.listSkills(deps, callerOf(request), request.query),
  );
  app.post(
    '/api/career/skills',
    { schema: { tags, summary: 'Add a skill (a name you already have updates that skill)', body: skillBodySchema, response: { 201: skillDetailSchema } } },
    async (request, reply) => reply.status(201).send(await skills.createSkill(deps, callerOf(request), request.body)),
  );
  app.post(
    '/api/career/skills/order',
    { schema: { tags, summary: 'Put your skills in a new order (every id once)', body: reorderBodySchema, response: noContent } },
    async (request, reply) => {
      await skills.reorderSkills(deps, callerOf(request), request.body);
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/api/career/skills/:skillId',
    { schema: { tags, summary: 'One skill with the experiences that show it', params: skillParamsSchema, response: { 200: skillDetailSchema } } },
    async (request) => skills.getSkill(deps, callerOf(request), request.params.skillId),
  );
  app.patch(
    '/api/career/skills/:skillId',
    { schema: { tags, summary: 'Change a skill', params: skillParamsSchema, body: updateSkillBodySchema, response: { 200: skillDetailSchema } } },
    async (request) => skills.updateSkill(deps, callerOf(request), request.params.skillId, request.body),
  );
  app.delete(
    '/api/career/skills/:skillId',
    { schema: { tags, summary: 'Delete a skill and its links', params: skillParamsSchema, response: noContent } },
    async (request, reply) => {
      await skills.deleteSkill(deps, callerOf(request), request.params.skillId);
      return reply.status(204).send(null);
    },
  );
};
