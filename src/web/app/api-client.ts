import type { z } from 'zod';

/** An API failure carrying what the server said in its `{ error: { code, message } }` body. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly requestId?: string,
    /** For a refused form (400 validation_failed): each field's problem by its name ("name", "address.city"). */
    readonly fields: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

/** The problem the server found with one field of a refused form, to show beside that field. */
export function fieldError(error: unknown, field: string): string | undefined {
  return error instanceof ApiError ? error.fields[field] : undefined;
}

/** "jobTitle" → "Job title": a field's name as a person reads it. */
function fieldLabel(path: string): string {
  const words = path.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[._]/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The server's field problems ({ path: "body.name", message }) by field name, and one sentence a person can read in
 * place of "Invalid request: body.name: must not be empty".
 */
function readFields(raw: unknown): { fields: Record<string, string>; message: string } | null {
  if (!Array.isArray(raw) || raw.length === 0) return null;
  const fields: Record<string, string> = {};
  for (const item of raw as { path?: unknown; message?: unknown }[]) {
    if (typeof item.path !== 'string' || typeof item.message !== 'string') continue;
    const name = item.path.replace(/^(body|query|params|querystring|headers)\.?/, '') || 'form';
    const said = item.message.charAt(0).toUpperCase() + item.message.slice(1);
    fields[name] ??= said;
  }
  const names = Object.keys(fields);
  if (names.length === 0) return null;
  const list = names.map((name) => `${fieldLabel(name)}: ${(fields[name] ?? '').replace(/\.$/, '')}.`).join(' ');
  return { fields, message: `Please check ${names.length === 1 ? 'this field' : 'these fields'}. ${list}` };
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type RequestOptions<T> = {
  /** Sent as JSON, or as multipart/form-data when it is a FormData. */
  body?: unknown;
  /** Parses the response body; without it the caller gets `unknown`-typed JSON cast to T. */
  schema?: z.ZodType<T>;
  signal?: AbortSignal;
};

export type ApiClient = {
  request<T>(method: Method, path: string, options?: RequestOptions<T>): Promise<T>;
  get<T>(path: string, options?: RequestOptions<T>): Promise<T>;
  post<T>(path: string, body?: unknown, options?: RequestOptions<T>): Promise<T>;
  put<T>(path: string, body?: unknown, options?: RequestOptions<T>): Promise<T>;
  patch<T>(path: string, body?: unknown, options?: RequestOptions<T>): Promise<T>;
  delete<T>(path: string, options?: RequestOptions<T>): Promise<T>;
};

/** How long a request may take before the page says so (uploads get longer): a hung request must not spin forever. */
export const defaultTimeouts = { requestMs: 30_000, uploadMs: 300_000 };

export function createApiClient(deps: { baseUrl?: string; fetch?: typeof fetch; timeouts?: typeof defaultTimeouts } = {}): ApiClient {
  const baseUrl = deps.baseUrl ?? '';
  const doFetch = deps.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const timeouts = deps.timeouts ?? defaultTimeouts;

  async function request<T>(method: Method, path: string, options: RequestOptions<T> = {}): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    const timeoutMs = options.body instanceof FormData ? timeouts.uploadMs : timeouts.requestMs;
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), timeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, deadline.signal]) : deadline.signal;
    const init: RequestInit = { method, headers, credentials: 'include', signal };
    if (options.body instanceof FormData) {
      // Multipart: the browser writes the content type with its boundary.
      init.body = options.body;
    } else if (options.body !== undefined) {
      headers['content-type'] = 'application/json';
      init.body = JSON.stringify(options.body);
    }
    let response: Response;
    let payload: unknown;
    try {
      response = await doFetch(`${baseUrl}${path}`, init);
      payload = await readBody(response);
    } catch (error) {
      if (options.signal?.aborted) throw error;
      if (deadline.signal.aborted) {
        throw new ApiError(0, 'timeout', `The server did not answer within ${Math.round(timeoutMs / 1000)} s. It may be busy: try again.`);
      }
      throw new ApiError(0, 'network_error', 'Could not reach the Parley server. Check your connection and try again.');
    } finally {
      clearTimeout(timer);
    }
    if (!response.ok) throw toApiError(response, payload);
    if (options.schema) return options.schema.parse(payload);
    return payload as T;
  }

  return {
    request,
    get: (path, options) => request('GET', path, options),
    post: (path, body, options) => request('POST', path, { ...options, body }),
    put: (path, body, options) => request('PUT', path, { ...options, body }),
    patch: (path, body, options) => request('PATCH', path, { ...options, body }),
    delete: (path, options) => request('DELETE', path, options),
  };
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (text === '') return undefined;
  if (!(response.headers.get('content-type') ?? '').includes('json')) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function toApiError(response: Response, payload: unknown): ApiError {
  if (typeof payload === 'object' && payload !== null && 'error' in payload) {
    const error = payload.error;
    if (typeof error === 'object' && error !== null) {
      const { code, message, requestId, fields } = error as { code?: unknown; message?: unknown; requestId?: unknown; fields?: unknown };
      const refused = readFields(fields);
      return new ApiError(
        response.status,
        typeof code === 'string' ? code : 'http_error',
        refused?.message ?? (typeof message === 'string' && message !== '' ? message : fallbackMessage(response)),
        typeof requestId === 'string' ? requestId : undefined,
        refused?.fields ?? {},
      );
    }
  }
  return new ApiError(response.status, 'http_error', fallbackMessage(response));
}

function fallbackMessage(response: Response): string {
  return `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`;
}

/** The client the web app uses: same origin, cookies included. */
export const api = createApiClient();
