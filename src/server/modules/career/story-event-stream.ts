import type { FastifyReply } from 'fastify';
import { openEventStream } from '#server/platform/event-stream.ts';
import type { StoryStreamEvent } from './conversations.service.ts';

/**
 * Sends the assistant's reply as text/event-stream (`delta`, then `state`; `error` if saving failed), as practice
 * does for its interviewer. The events are read to the end even if the client has gone, so the reply is saved.
 */
export async function writeStoryStream(reply: FastifyReply, events: AsyncIterable<StoryStreamEvent>): Promise<void> {
  const stream = openEventStream(reply);
  try {
    for await (const event of events) {
      if (event.type === 'delta') stream.send('delta', { text: event.text });
      else stream.send('state', event.conversation);
    }
  } catch (error) {
    reply.request.log.error({ err: error }, 'career story stream failed');
    stream.send('error', { message: 'The assistant could not reply. Reload the conversation.' });
  } finally {
    stream.end();
  }
}
