import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, statusForCode } from './errors.ts';
import { isDatabaseBusy, isDatabaseUnavailable, isStorageFull } from './transient-errors.ts';

export type ErrorBody = {
  error: { code: string; message: string; requestId: string; fields?: { path: string; message: string }[] };
};

/** The one place errors become HTTP responses. A 5xx never shows its internals. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const requestId = String(request.id);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = error.validation.map((issue) => {
        const where = [error.validationContext, ...issue.instancePath.split('/').filter(Boolean)].join('.');
        return { path: where, message: issue.message };
      });
      const summary = fields.map((field) => `${field.path}: ${field.message}`).join('; ');
      return reply.status(400).send({ error: { code: 'validation_failed', message: `Invalid request: ${summary}`, requestId, fields } });
    }
    if (error instanceof AppError) {
      const status = statusForCode(error.code);
      if (status >= 500) request.log.error({ err: error }, 'request failed');
      return reply.status(status).send({ error: { code: error.code, message: error.message, requestId, ...error.details } });
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error, issues: error.cause.issues }, 'response did not match its schema');
      return reply.status(500).send({ error: { code: 'internal', message: 'Something went wrong on our side.', requestId } });
    }
    if (isStorageFull(error)) {
      request.log.error({ err: error }, 'file storage is full');
      return reply.status(507).send({ error: { code: 'insufficient_storage', message: 'The file storage is full, so nothing was saved; try again later, or ask an administrator to free space.', requestId } });
    }
    if (isDatabaseBusy(error)) {
      request.log.warn({ err: error }, 'no free database connection');
      return reply
        .status(503)
        .header('retry-after', '1')
        .send({ error: { code: 'unavailable', message: 'The server is busy; try again in a moment.', requestId } });
    }
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: error }, 'database unavailable');
      return reply
        .status(503)
        .header('retry-after', '5')
        .send({ error: { code: 'unavailable', message: 'The database is unavailable for a moment; try again in a few seconds.', requestId } });
    }
    const status = error.statusCode ?? 500;
    if (status < 500) {
      const code = status === 413 ? 'payload_too_large' : status === 415 ? 'unsupported_media_type' : status === 429 ? 'rate_limited' : 'bad_request';
      return reply.status(status).send({ error: { code, message: error.message, requestId } });
    }
    request.log.error({ err: error }, 'request failed');
    return reply.status(500).send({ error: { code: 'internal', message: 'Something went wrong on our side.', requestId } });
  });

  app.setNotFoundHandler((request, reply) =>
    reply
      .status(404)
      .send({ error: { code: 'not_found', message: `No route for ${request.method} ${request.url.split('?')[0]}`, requestId: String(request.id) } }),
  );
}
