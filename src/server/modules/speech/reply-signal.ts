import type { FastifyReply } from 'fastify';

/** Aborts when the connection closes before the reply is sent (the candidate gave up), so queued or running offline work stops. */
export function signalOfReply(reply: FastifyReply): AbortSignal {
  const controller = new AbortController();
  reply.raw.once('close', () => {
    if (!reply.raw.writableFinished) controller.abort();
  });
  return controller.signal;
}
