import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { ApiError, createApiClient, fieldError } from './api-client.ts';

type Call = { url: string; init: RequestInit };

function fakeFetch(respond: (call: Call) => Response) {
  const calls: Call[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const call = { url: input instanceof Request ? input.url : input.toString(), init: init ?? {} };
    calls.push(call);
    return respond(call);
  };
  return { calls, fetch };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });

describe('createApiClient', () => {
  it('sends JSON with cookies and parses the answer with the schema', async () => {
    const { calls, fetch } = fakeFetch(() => json(200, { id: 'a1', extra: true }));
    const client = createApiClient({ baseUrl: 'http://x', fetch });
    const result = await client.post('/api/things', { name: 'n' }, { schema: z.object({ id: z.string() }) });
    expect(result).toEqual({ id: 'a1' });
    expect(calls[0]?.url).toBe('http://x/api/things');
    expect(calls[0]?.init.method).toBe('POST');
    expect(calls[0]?.init.credentials).toBe('include');
    expect(calls[0]?.init.body).toBe('{"name":"n"}');
    expect((calls[0]?.init.headers as Record<string, string>)['content-type']).toBe('application/json');
  });

  it('sends a FormData as multipart, leaving the content type with its boundary to fetch', async () => {
    const { calls, fetch } = fakeFetch(() => json(202, { id: 'b1' }));
    const form = new FormData();
    form.append('files', new Blob(['hello'], { type: 'text/plain' }), 'cv.txt');
    await createApiClient({ fetch }).post('/api/jobs/j/batches', form);
    expect(calls[0]?.init.body).toBe(form);
    expect((calls[0]?.init.headers as Record<string, string>)['content-type']).toBeUndefined();
  });

  it('throws an ApiError carrying the server error code, message and request id', async () => {
    const { fetch } = fakeFetch(() => json(404, { error: { code: 'not_found', message: 'Job not found', requestId: 'r-1' } }));
    const error = await createApiClient({ fetch }).get('/api/jobs/1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404, code: 'not_found', message: 'Job not found', requestId: 'r-1' });
  });

  it('turns a refused form into field problems and a sentence without the raw API wording', async () => {
    const body = {
      error: {
        code: 'validation_failed',
        message: 'Invalid request: body.name: must not be empty; body.jobTitle: at most 100 characters',
        requestId: 'r-2',
        fields: [
          { path: 'body.name', message: 'must not be empty' },
          { path: 'body.jobTitle', message: 'at most 100 characters' },
        ],
      },
    };
    const { fetch } = fakeFetch(() => json(400, body));
    const error = await createApiClient({ fetch }).patch('/api/account/profile', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(fieldError(error, 'name')).toBe('Must not be empty');
    expect(fieldError(error, 'jobTitle')).toBe('At most 100 characters');
    expect(fieldError(error, 'email')).toBeUndefined();
    const message = (error as ApiError).message;
    expect(message).toBe('Please check these fields. Name: Must not be empty. Job title: At most 100 characters.');
    expect(message).not.toMatch(/Invalid request|body\./);
  });

  it('explains a failure whose body is not the error shape', async () => {
    const { fetch } = fakeFetch(() => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    await expect(createApiClient({ fetch }).get('/api/x')).rejects.toMatchObject({
      status: 502,
      code: 'http_error',
      message: 'The server answered 502 Bad Gateway.',
    });
  });

  it('turns a network failure into a readable error and returns undefined for 204', async () => {
    const down = createApiClient({
      fetch: async () => {
        throw new TypeError('fetch failed');
      },
    });
    await expect(down.get('/api/x')).rejects.toMatchObject({ code: 'network_error', status: 0 });
    const { fetch } = fakeFetch(() => new Response(null, { status: 204 }));
    await expect(createApiClient({ fetch }).delete('/api/x')).resolves.toBeUndefined();
  });

  it('gives up on a server that never answers, saying so, rather than waiting for ever', async () => {
    // A fetch that hangs until it is aborted, as one does against a server stuck under load.
    const hung = (_input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    const client = createApiClient({ fetch: hung, timeouts: { requestMs: 20, uploadMs: 20 } });
    await expect(client.get('/api/candidates/1')).rejects.toMatchObject({ status: 0, code: 'timeout', message: expect.stringContaining('did not answer') as string });

    // The caller's own cancellation stays a cancellation (TanStack Query aborts queries it no longer needs).
    const caller = new AbortController();
    const pending = createApiClient({ fetch: hung, timeouts: { requestMs: 60_000, uploadMs: 60_000 } }).get('/api/x', { signal: caller.signal });
    caller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});
