/** One server-sent event as a browser's EventSource sees it. */
export type StreamEvent = { event: string; id: string | undefined; data: string };

export type EventStreamReader = {
  /** The response's status and content type. */
  status: number;
  contentType: string | null;
  /** The next event (comments skipped); rejects when the stream ends first or the wait is over. */
  next(timeoutMs?: number): Promise<StreamEvent>;
  close(): void;
};

/**
 * Opens `url` as an event stream with a real HTTP request and parses it the way EventSource does (events separated by
 * a blank line; `event:`, `id:`, `data:` fields; lines starting with `:` are comments). Resolves once the headers and
 * the first bytes arrived, so the server has subscribed the stream by then.
 */
export async function openEventStream(url: string, headers: Record<string, string>): Promise<EventStreamReader> {
  const controller = new AbortController();
  const response = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: controller.signal });
  const queue: StreamEvent[] = [];
  const waiters: Array<{ resolve: (event: StreamEvent) => void; reject: (error: Error) => void }> = [];
  let ended: Error | undefined;
  let buffer = '';
  let firstChunk: () => void = () => undefined;
  const gotFirstChunk = new Promise<void>((resolve) => (firstChunk = resolve));

  const deliver = (event: StreamEvent) => {
    const waiter = waiters.shift();
    if (waiter) waiter.resolve(event);
    else queue.push(event);
  };
  const parse = (block: string) => {
    let event = 'message';
    let id: string | undefined;
    const data: string[] = [];
    let fields = 0;
    for (const line of block.split('\n')) {
      if (line === '' || line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const name = colon === -1 ? line : line.slice(0, colon);
      const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (name === 'event') event = value;
      else if (name === 'id') id = value;
      else if (name === 'data') data.push(value);
      else continue;
      fields += 1;
    }
    if (fields > 0 && data.length > 0) deliver({ event, id, data: data.join('\n') });
  };

  void (async () => {
    const decoder = new TextDecoder();
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        firstChunk();
        buffer += decoder.decode(chunk, { stream: true }).replaceAll('\r\n', '\n');
        let end = buffer.indexOf('\n\n');
        while (end !== -1) {
          parse(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf('\n\n');
        }
      }
      ended = new Error('the stream ended');
    } catch (error) {
      ended = error instanceof Error ? error : new Error(String(error));
    }
    firstChunk();
    for (const waiter of waiters.splice(0)) waiter.reject(ended);
  })();

  if (response.ok) await gotFirstChunk;
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    next(timeoutMs = 10_000) {
      const queued = queue.shift();
      if (queued) return Promise.resolve(queued);
      if (ended) return Promise.reject(ended);
      return new Promise((resolve, reject) => {
        const waiter = {
          resolve: (event: StreamEvent) => {
            clearTimeout(timer);
            resolve(event);
          },
          reject: (error: Error) => {
            clearTimeout(timer);
            reject(error);
          },
        };
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(waiter), 1);
          reject(new Error(`no event within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.push(waiter);
      });
    },
    close: () => controller.abort(),
  };
}
