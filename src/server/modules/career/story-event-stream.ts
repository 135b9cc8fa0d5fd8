import type { FastifyReply } from 'fastify';
import type { StoryStreamEvent } from './conversations.service.ts';

/**
 * Sends the assistant's reply as text/event-stream (`delta`, then `state`; `error` if saving failed), as practice
 * does for its interviewer. The events are read to the end even if the client has gone, so the reply is saved.
 */
export async function writeStoryStream(reply: FastifyReply, events: AsyncIterable<StoryStreamEvent>): Promise<void> {
  const raw = reply.raw;
  reply.hijack();
  for (const [name, value] of Object.entries(reply.getHeaders())) if (value !== undefined) raw.setHeader(name, value);
  raw.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', connection: 'keep-alive', 'x-request-id': String(reply.request.id) });
  const send = (event: string, data: unknown) => {
    if (!raw.destroyed) raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };
  try {
    for await (const event of events) {
      if (event.type === 'delta') send('delta', { text: event.text });
      else send('state', event.conversation);
    }
  } catch (error) {
    reply.request.log.error({ err: error }, 'career story stream failed');
    send('error', { message: 'The assistant could not reply. Reload the conversation.' });
  } finally {
    raw.end();
  }
}
