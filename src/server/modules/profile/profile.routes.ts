import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '#server/platform/access/index.ts';
import { attachmentDisposition } from '#server/platform/content-disposition.ts';
import { cvParamsSchema, cvUploadSchema, cvVersionPageSchema, cvVersionSchema, listCvsQuerySchema, profileSchema, saveProfileBodySchema } from '#shared/contracts/profile.ts';
import { deleteCv, getCvFile, listCvs, makeCvCurrent, uploadCv } from './cvs.service.ts';
import type { ProfileDeps } from './profile-deps.ts';
import { getProfile, saveProfile } from './profile.service.ts';
import { receiveCvFile } from './receive-cv-file.ts';

const tags = ['profile'];

export const profileRoutes: FastifyPluginAsyncZod<{ deps: ProfileDeps }> = async (app, { deps }) => {
  await app.register(multipart);

  app.get(
    '/api/profile',
    { schema: { tags, summary: 'Your job seeker profile (target roles, skills, industries) and current CV', response: { 200: profileSchema } } },
    async (request) => getProfile(deps, callerOf(request)),
  );
  app.put(
    '/api/profile',
    { schema: { tags, summary: 'Save and confirm your profile (completes onboarding)', body: saveProfileBodySchema, response: { 200: profileSchema } } },
    async (request) => saveProfile(deps, callerOf(request), request.body),
  );
  app.post(
    '/api/profile/cvs',
    {
      schema: {
        tags,
        summary: 'Upload a CV (multipart "file" field: PDF, DOCX or TXT); it becomes current and a profile is suggested from it',
        consumes: ['multipart/form-data'],
        response: { 200: cvUploadSchema, 201: cvUploadSchema },
      },
    },
    async (request, reply) => {
      const { created, upload } = await uploadCv(deps, callerOf(request), (maxBytes) => receiveCvFile(request, maxBytes));
      return reply.status(created ? 201 : 200).send(upload);
    },
  );
  app.get(
    '/api/profile/cvs',
    { schema: { tags, summary: 'One page of your CV versions, newest first', querystring: listCvsQuerySchema, response: { 200: cvVersionPageSchema } } },
    async (request) => listCvs(deps, callerOf(request), request.query),
  );
  app.get(
    '/api/profile/cvs/:cvId/file',
    { schema: { tags, summary: 'Download one of your CVs as it was uploaded', params: cvParamsSchema } },
    async (request, reply) => {
      const file = await getCvFile(deps, callerOf(request), request.params.cvId);
      return reply.type(file.mimeType).header('content-disposition', attachmentDisposition(file.fileName)).header('x-content-type-options', 'nosniff').send(file.bytes);
    },
  );
  app.post(
    '/api/profile/cvs/:cvId/current',
    { schema: { tags, summary: 'Make an older CV version the current one', params: cvParamsSchema, response: { 200: cvVersionSchema } } },
    async (request) => makeCvCurrent(deps, callerOf(request), request.params.cvId),
  );
  app.delete(
    '/api/profile/cvs/:cvId',
    { schema: { tags, summary: 'Delete a CV version (the newest remaining one becomes current)', params: cvParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      await deleteCv(deps, callerOf(request), request.params.cvId);
      return reply.status(204).send(null);
    },
  );
};
