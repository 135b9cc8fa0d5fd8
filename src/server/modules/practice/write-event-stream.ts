import type { FastifyReply } from 'fastify';
import { AppError } from '#server/platform/errors.ts';
import type { AnswerStreamEvent } from './interview-moves.ts';

/**
 * Sends the events as text/event-stream (`delta`, then `state`; `error` if saving failed). The events are read to
 * the end even if the client has gone, so the interviewer's turn is saved either way.
 */
export async function writeEventStream(reply: FastifyReply, events: AsyncIterable<AnswerStreamEvent>): Promise<void> {
  const raw = reply.raw;
  reply.hijack();
  // Headers set so far (security headers, cookies) would be lost with the hijacked reply: copy them over.
  for (const [name, value] of Object.entries(reply.getHeaders())) if (value !== undefined) raw.setHeader(name, value);
  raw.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', connection: 'keep-alive', 'x-request-id': String(reply.request.id) });
  const send = (event: string, data: unknown) => {
    if (!raw.destroyed) raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };
  try {
    for await (const event of events) {
      if (event.type === 'delta') send('delta', { text: event.text });
      else send('state', event.state);
    }
  } catch (error) {
    reply.request.log.error({ err: error }, 'practice answer stream failed');
    send('error', { message: error instanceof AppError && error.code === 'conflict' ? error.message : 'The interviewer could not reply. Reload the session.' });
  } finally {
    raw.end();
  }
}
