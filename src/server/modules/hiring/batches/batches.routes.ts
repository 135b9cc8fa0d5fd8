import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '#server/platform/errors.ts';
import { batchSchema, batchSummarySchema } from '#shared/contracts/hiring.ts';
import { callerOf } from '../caller.ts';
import type { HiringDeps } from '../hiring-deps.ts';
import { getBatch, listBatches, resumeBatch, startBatch, uploadLimitsOf } from './batches.service.ts';
import { collectUpload, multipartLimits } from './collect-upload.ts';

const tags = ['hiring'];

export const batchesRoutes: FastifyPluginAsyncZod<{ deps: HiringDeps }> = async (app, { deps }) => {
  await app.register(multipart, { limits: multipartLimits(uploadLimitsOf(deps)) });

  app.post(
    '/api/jobs/:jobId/batches',
    {
      schema: {
        tags,
        summary: 'Upload CVs (multipart "files" fields: PDF, DOCX, TXT or ZIP); screening runs in the background',
        consumes: ['multipart/form-data'],
        params: z.object({ jobId: z.string() }),
        response: { 202: z.object({ id: z.uuid() }) },
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
    { schema: { tags, summary: 'The CV batches of a job, newest first', params: z.object({ jobId: z.string() }), response: { 200: z.array(batchSummarySchema) } } },
    async (request) => listBatches(deps, callerOf(request), request.params.jobId),
  );
  app.get(
    '/api/batches/:batchId',
    { schema: { tags, summary: 'Progress of a CV batch with the status (and failure reason) of each file', params: z.object({ batchId: z.string() }), querystring: z.object({ blind: z.enum(['true', 'false']).optional() }), response: { 200: batchSchema } } },
    async (request) => getBatch(deps, callerOf(request), request.params.batchId, request.query),
  );
  app.post(
    '/api/batches/:batchId/resume',
    { schema: { tags, summary: 'Queue the unfinished files of a batch again (finished files are never processed twice)', params: z.object({ batchId: z.string() }), response: { 202: z.object({ queued: z.number().int() }) } } },
    async (request, reply) => reply.status(202).send(await resumeBatch(deps, callerOf(request), request.params.batchId)),
  );
};
