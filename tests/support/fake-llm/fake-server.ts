import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the next call answers; `hang` never answers, so the client's timeout fires. */
export type FakeReply =
  | { kind: 'json'; value: unknown }
  | { kind: 'text'; text: string }
  | { kind: 'error'; status: number; message: string; type?: string }
  | { kind: 'hang' };

export type RecordedRequest = {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: http.IncomingHttpHeaders;
  body: unknown;
  /** The bytes as received, for binary bodies (audio) that `body` would mangle. */
  rawBody: Buffer;
};

export type FakeUsage = { inputTokens: number; outputTokens: number };

export type ReplyContext = { request: RecordedRequest; reply: FakeReply; usage: FakeUsage; res: http.ServerResponse };

export type FakeServer = {
  /** e.g. http://127.0.0.1:43117/v1 — what a provider's baseURL is set to. */
  baseUrl: string;
  requests: RecordedRequest[];
  /** Answers every later call this way (until changed). */
  respondWith: (reply: FakeReply) => void;
  /** Answers the next calls this way, once each, before the default. */
  enqueue: (...replies: FakeReply[]) => void;
  usage: FakeUsage;
  close: () => Promise<void>;
};

type Route = (context: ReplyContext) => void | Promise<void>;

export type FakeServerOptions = {
  routes: Record<string, Route>;
  /** Returns an error reply when the request's credentials are not the expected ones. */
  authenticate?: (request: RecordedRequest) => FakeReply | undefined;
  writeError: (res: http.ServerResponse, reply: Extract<FakeReply, { kind: 'error' }>) => void;
};

/** A local HTTP server on 127.0.0.1 and a free port, scripted per test and recording every request. */
export async function startFakeServer(options: FakeServerOptions): Promise<FakeServer> {
  const requests: RecordedRequest[] = [];
  const queue: FakeReply[] = [];
  let fallbackReply: FakeReply = { kind: 'json', value: {} };
  const usage: FakeUsage = { inputTokens: 21, outputTokens: 13 };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const rawBody = Buffer.concat(chunks);
      const url = new URL(req.url ?? '/', 'http://fake');
      const request: RecordedRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: req.headers,
        body: parseBody(rawBody.toString('utf8')),
        rawBody,
      };
      requests.push(request);
      const route = options.routes[`${request.method} ${request.path}`];
      if (!route) {
        options.writeError(res, { kind: 'error', status: 404, message: `No route ${request.method} ${request.path}` });
        return;
      }
      const denied = options.authenticate?.(request);
      if (denied?.kind === 'error') {
        options.writeError(res, denied);
        return;
      }
      const reply = queue.shift() ?? fallbackReply;
      if (reply.kind === 'hang') return;
      if (reply.kind === 'error') {
        options.writeError(res, reply);
        return;
      }
      Promise.resolve(route({ request, reply, usage, res })).catch((error: unknown) =>
        options.writeError(res, { kind: 'error', status: 500, message: `fake failed: ${String(error)}` }),
      );
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    usage,
    respondWith: (reply) => {
      fallbackReply = reply;
    },
    enqueue: (...replies) => {
      queue.push(...replies);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** A recorded multipart/form-data body, parsed as the platform's own FormData. */
export function formDataOf(request: RecordedRequest): Promise<FormData> {
  const headers = { 'content-type': String(request.headers['content-type']) };
  return new Request('http://fake/', { method: 'POST', headers, body: new Uint8Array(request.rawBody) }).formData();
}

export function writeJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

export function startSse(res: http.ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
}

/** The reply's content as the model would write it: JSON text, or the raw (possibly malformed) text. */
export function replyText(reply: FakeReply): string {
  if (reply.kind === 'json') return JSON.stringify(reply.value);
  if (reply.kind === 'text') return reply.text;
  return '';
}

/** Splits text into a few deltas so a streaming client has to join them. */
export function splitIntoDeltas(text: string, parts = 3): string[] {
  if (text.length < parts) return [text];
  const size = Math.ceil(text.length / parts);
  const deltas: string[] = [];
  for (let i = 0; i < text.length; i += size) deltas.push(text.slice(i, i + size));
  return deltas;
}

function parseBody(raw: string): unknown {
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}
