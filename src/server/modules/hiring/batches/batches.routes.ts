import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '#server/platform/access/index.ts';
import { AppError } from '#server/platform/errors.ts';
import {
  batchPageSchema,
  batchParamsSchema,
  batchSchema,
  blindQuerySchema,
  jobParamsSchema,
  listBatchesQuerySchema,
  resumedBatchSchema,
  startedBatchSchema,
} from '#shared/contracts/hiring.ts';
import type { HiringDeps } from '#server/modules/hiring/hiring-deps.ts';
import { getBatch, listBatches, resumeBatch, startBatch } from './batches.service.ts';
import { collectUpload, multipartLimits } from './collect-upload.ts';

const tags = ['hiring'];

export const batchesRoutes: FastifyPluginAsyncZod<{ deps: HiringDeps }> = async (app, { deps }) => {
  // The limits are the installation settings in force at each upload, passed per request below.
  await app.register(multipart);

  app.post(
    '/api/jobs/:jobId/batches',
    {
      schema: {
        tags,
        summary: 'Upload CVs (multipart "files" fields: PDF, DOCX, TXT or ZIP); screening runs in the background',
        consumes: ['multipart/form-data'],
        params: jobParamsSchema,
        response: { 202: startedBatchSchema },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart()) throw new AppError('unsupported_media_type', 'Send the CVs as multipart/form-data in fields named "files".');
      const batch = await startBatch(deps, callerOf(request), request.params.jobId, (limits) => collectUpload(request.parts({ limits: multipartLimits(limits) }), limits));
      return reply.status(202).send(batch);
    },
  );
  app.get(
    '/api/jobs/:jobId/batches',
    { schema: { tags, summary: 'One page of the CV batches of a job, newest first', params: jobParamsSchema, querystring: listBatchesQuerySchema, response: { 200: batchPageSchema } } },
    async (request) => listBatches(deps, callerOf(request), request.params.jobId, request.query),
  );
  app.get(
    '/api/batches/:batchId',
    { schema: { tags, summary: 'Progress of a CV batch with the status (and failure reason) of each file', params: batchParamsSchema, querystring: blindQuerySchema, response: { 200: batchSchema } } },
    async (request) => getBatch(deps, callerOf(request), request.params.batchId, request.query),
  );
  app.post(
    '/api/batches/:batchId/resume',
    { schema: { tags, summary: 'Queue the unfinished files of a batch again (finished files are never processed twice)', params: batchParamsSchema, response: { 202: resumedBatchSchema } } },
    async (request, reply) => reply.status(202).send(await resumeBatch(deps, callerOf(request), request.params.batchId)),
  );
};
