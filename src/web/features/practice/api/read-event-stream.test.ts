import { describe, expect, it } from 'vitest';
import { readEventStream, type ServerSentEvent } from './read-event-stream.ts';

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

async function collect(chunks: string[]): Promise<ServerSentEvent[]> {
  const events: ServerSentEvent[] = [];
  for await (const event of readEventStream(streamOf(chunks))) events.push(event);
  return events;
}

describe('readEventStream', () => {
  it('reads named events with JSON data', async () => {
    const events = await collect(['event: delta\ndata: {"text":"Hel"}\n\n', 'event: delta\ndata: {"text":"lo"}\n\nevent: state\ndata: {"id":1}\n\n']);
    expect(events).toEqual([
      { event: 'delta', data: '{"text":"Hel"}' },
      { event: 'delta', data: '{"text":"lo"}' },
      { event: 'state', data: '{"id":1}' },
    ]);
  });

  it('joins events split across chunks anywhere, even inside a multi-byte character', async () => {
    const bytes = new TextEncoder().encode('event: delta\ndata: {"text":"café"}\n\n');
    const split = bytes.length - 5;
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, 7));
        controller.enqueue(bytes.slice(7, split));
        controller.enqueue(bytes.slice(split));
        controller.close();
      },
    });
    const events: ServerSentEvent[] = [];
    for await (const event of readEventStream(stream)) events.push(event);
    expect(events).toEqual([{ event: 'delta', data: '{"text":"café"}' }]);
  });

  it('treats CRLF line ends, comments and multi-line data as the spec says, and reads a last event without a blank line', async () => {
    const events = await collect([': keep-alive\r\n\r\nevent: error\r\ndata: one\r\ndata: two\r\n\r\ndata: plain']);
    expect(events).toEqual([
      { event: 'error', data: 'one\ntwo' },
      { event: 'message', data: 'plain' },
    ]);
  });
});
