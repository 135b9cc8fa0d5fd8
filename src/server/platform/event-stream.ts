import type { FastifyReply } from 'fastify';

/** One open text/event-stream answer: events and comments written as the spec frames them. */
export type EventStream = {
  /** An event named `event` with `data` as JSON, and an `id` the client sends back as Last-Event-ID on reconnecting. */
  send(event: string, data: unknown, id?: string | number): void;
  /** A comment line (ignored by EventSource): sends the headers at once, or keeps a quiet stream open through proxies. */
  comment(text: string): void;
  /** False once the client has gone or `end` was called. */
  readonly open: boolean;
  /** Runs once when the stream closes, whoever closed it. */
  onClose(listener: () => void): void;
  end(): void;
};

/**
 * The one way a route answers with server-sent events. The reply is taken over from Fastify (hijacked), so the headers
 * already set by hooks (security headers, cookies, the request id) are copied onto the raw response first. Writes after
 * the client has gone are dropped, so a producer can run to the end (and save what it made) either way.
 */
export function openEventStream(reply: FastifyReply, options: { retryMs?: number } = {}): EventStream {
  const raw = reply.raw;
  reply.hijack();
  for (const [name, value] of Object.entries(reply.getHeaders())) if (value !== undefined) raw.setHeader(name, value);
  raw.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    // Tells nginx not to buffer the stream.
    'x-accel-buffering': 'no',
    'x-request-id': String(reply.request.id),
  });
  let open = true;
  const listeners: Array<() => void> = [];
  const close = () => {
    if (!open) return;
    open = false;
    for (const listener of listeners) listener();
  };
  raw.on('close', close);
  const write = (text: string) => {
    if (open && !raw.destroyed) raw.write(text);
  };
  if (options.retryMs !== undefined) write(`retry: ${options.retryMs}\n\n`);
  return {
    send(event, data, id) {
      write(`${id === undefined ? '' : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    },
    comment(text) {
      write(`: ${text}\n\n`);
    },
    get open() {
      return open && !raw.destroyed;
    },
    onClose(listener) {
      if (open) listeners.push(listener);
      else listener();
    },
    end() {
      close();
      if (!raw.writableEnded) raw.end();
    },
  };
}
