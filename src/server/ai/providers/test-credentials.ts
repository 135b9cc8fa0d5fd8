/** Providers a user can store a key for; LLMs plus speech (Deepgram) and rooms (LiveKit). */
export type TestableProvider = 'openai' | 'anthropic' | 'openai-compatible' | 'deepgram' | 'livekit';

export type TestableCredentials = {
  apiKey?: string;
  /** Overrides the provider's public endpoint (an openai-compatible server, a proxy, a local fake). */
  baseUrl?: string;
  /** LiveKit only. */
  apiSecret?: string;
  /** LiveKit only: the server URL (wss:// or https://). */
  url?: string;
};

export type CredentialCheck = { ok: true } | { ok: false; message: string };

const defaultBaseUrls = {
  openai: 'https://api.openai.com/v1',
  anthropic: 'https://api.anthropic.com/v1',
  deepgram: 'https://api.deepgram.com/v1',
} as const;

/**
 * One cheap real request (list models, list projects) that proves a key works, or the provider's own
 * words for why not. LiveKit has no such call without signing a token, so it gets a format check and a
 * reachability check of the server URL.
 */
export async function testCredentials(
  provider: TestableProvider,
  credentials: TestableCredentials,
  options: { timeoutMs?: number; fetch?: typeof fetch } = {},
): Promise<CredentialCheck> {
  const request = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const get = (url: string, headers: Record<string, string>) =>
    request(url, { headers, signal: AbortSignal.timeout(timeoutMs) });
  try {
    switch (provider) {
      case 'openai':
        if (!credentials.apiKey) return { ok: false, message: 'An API key is required' };
        return await checkResponse(await get(`${trimSlash(credentials.baseUrl ?? defaultBaseUrls.openai)}/models`, bearer(credentials.apiKey)));
      case 'openai-compatible':
        if (!credentials.baseUrl) return { ok: false, message: 'A base URL is required (for example http://localhost:11434/v1)' };
        return await checkResponse(await get(`${trimSlash(credentials.baseUrl)}/models`, credentials.apiKey ? bearer(credentials.apiKey) : {}));
      case 'anthropic':
        if (!credentials.apiKey) return { ok: false, message: 'An API key is required' };
        return await checkResponse(
          await get(`${trimSlash(credentials.baseUrl ?? defaultBaseUrls.anthropic)}/models`, {
            'x-api-key': credentials.apiKey,
            'anthropic-version': '2023-06-01',
          }),
        );
      case 'deepgram':
        if (!credentials.apiKey) return { ok: false, message: 'An API key is required' };
        return await checkResponse(
          await get(`${trimSlash(credentials.baseUrl ?? defaultBaseUrls.deepgram)}/projects`, { authorization: `Token ${credentials.apiKey}` }),
        );
      case 'livekit':
        return await checkLiveKit(credentials, get);
    }
  } catch (error) {
    return { ok: false, message: describeNetworkError(error) };
  }
}

async function checkLiveKit(
  credentials: TestableCredentials,
  get: (url: string, headers: Record<string, string>) => Promise<Response>,
): Promise<CredentialCheck> {
  if (!credentials.apiKey || !credentials.apiSecret) return { ok: false, message: 'An API key and an API secret are required' };
  if (!/^[A-Za-z0-9_-]{3,}$/.test(credentials.apiKey)) return { ok: false, message: 'The API key has an unexpected format' };
  if (credentials.apiSecret.length < 16) return { ok: false, message: 'The API secret looks too short' };
  let url: URL;
  try {
    url = new URL(credentials.url ?? '');
  } catch {
    return { ok: false, message: 'The server URL must be a wss:// or https:// URL' };
  }
  if (!['wss:', 'ws:', 'https:', 'http:'].includes(url.protocol)) return { ok: false, message: 'The server URL must be a wss:// or https:// URL' };
  url.protocol = url.protocol === 'wss:' ? 'https:' : url.protocol === 'ws:' ? 'http:' : url.protocol;
  // Any HTTP answer proves the server is there; the key itself is only checked when a room is created.
  await get(url.toString(), {});
  return { ok: true };
}

async function checkResponse(response: Response): Promise<CredentialCheck> {
  if (response.ok) {
    await response.body?.cancel();
    return { ok: true };
  }
  const body = await response.text();
  return { ok: false, message: `${response.status}: ${extractMessage(body) ?? response.statusText}` };
}

/** OpenAI and Anthropic say {error:{message}}, Deepgram says {err_msg} or {message}. */
function extractMessage(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as { error?: { message?: unknown } | string; err_msg?: unknown; message?: unknown };
    const candidates = [typeof parsed.error === 'object' ? parsed.error.message : parsed.error, parsed.err_msg, parsed.message];
    const found = candidates.find((value): value is string => typeof value === 'string' && value.length > 0);
    return found?.slice(0, 300);
  } catch {
    return body.trim().slice(0, 300) || undefined;
  }
}

function describeNetworkError(error: unknown): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return 'The provider did not answer in time';
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `Could not reach the provider${cause}`;
}

const bearer = (apiKey: string) => ({ authorization: `Bearer ${apiKey}` });
const trimSlash = (url: string) => url.replace(/\/+$/, '');
