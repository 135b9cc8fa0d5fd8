import type { FastifyReply } from 'fastify';
import { openEventStream } from '#server/platform/event-stream.ts';
import { AppError } from '#server/platform/errors.ts';
import type { AnswerStreamEvent } from './interview-moves.ts';

/**
 * Sends the events as text/event-stream (`delta`, then `state`; `error` if saving failed). The events are read to
 * the end even if the client has gone, so the interviewer's turn is saved either way.
 */
export async function writeEventStream(reply: FastifyReply, events: AsyncIterable<AnswerStreamEvent>): Promise<void> {
  const stream = openEventStream(reply);
  try {
    for await (const event of events) {
      if (event.type === 'delta') stream.send('delta', { text: event.text });
      else stream.send('state', event.state);
    }
  } catch (error) {
    reply.request.log.error({ err: error }, 'practice answer stream failed');
    stream.send('error', { message: error instanceof AppError && error.code === 'conflict' ? error.message : 'The interviewer could not reply. Reload the session.' });
  } finally {
    stream.end();
  }
}
