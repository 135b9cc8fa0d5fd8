import { createHmac } from 'node:crypto';
import type { CredentialProvider } from '#shared/vocabulary.ts';

/**
 * The one provider check (issue 11): one minimal authenticated call that proves a stored key works, or the provider's
 * own words for why not. A `baseUrl` means what it means where the key is really used: for OpenAI, Anthropic and an
 * OpenAI-compatible server the AI SDK's `baseURL` (with `/v1`, see create-model.ts); for Deepgram the server root
 * the transcriber appends `/v1/listen` to; for LiveKit the server URL (wss:// or https://).
 */

export type TestableCredentials = { apiKey: string; apiSecret?: string; baseUrl?: string | null };
export type CredentialCheck = { ok: boolean; message: string };
export type TestCredentialsOptions = { fetch?: typeof fetch; timeoutMs?: number; now?: () => Date };

const names: Record<CredentialProvider, string> = {
  openai: 'OpenAI',
  anthropic: 'Anthropic',
  'openai-compatible': 'The server',
  deepgram: 'Deepgram',
  livekit: 'LiveKit',
};

const defaultBaseUrls = {
  openai: 'https://api.openai.com/v1',
  anthropic: 'https://api.anthropic.com/v1',
  deepgram: 'https://api.deepgram.com',
} as const;

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

function base64url(data: string): string {
  return Buffer.from(data).toString('base64url');
}

/** A short-lived LiveKit access token allowed to list rooms: the cheapest authenticated server call. */
function liveKitToken(apiKey: string, apiSecret: string, now: Date): string {
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const seconds = Math.floor(now.getTime() / 1000);
  const payload = base64url(JSON.stringify({ iss: apiKey, sub: 'parley-key-check', nbf: seconds - 10, exp: seconds + 60, video: { roomList: true } }));
  const signature = createHmac('sha256', apiSecret).update(`${header}.${payload}`).digest('base64url');
  return `${header}.${payload}.${signature}`;
}

/** LiveKit's HTTP address from its wss:// (or https://) server URL; undefined when it is neither. */
function liveKitHttpUrl(baseUrl: string): string | undefined {
  try {
    const url = new URL(trimSlash(baseUrl));
    if (!['wss:', 'ws:', 'https:', 'http:'].includes(url.protocol)) return undefined;
    return trimSlash(url.toString()).replace(/^ws(s?):\/\//, 'http$1://');
  } catch {
    return undefined;
  }
}

type CheckRequest = { url: string; init: RequestInit } | { problem: string };

function buildRequest(provider: CredentialProvider, credentials: TestableCredentials, now: Date): CheckRequest {
  const bearer = { authorization: `Bearer ${credentials.apiKey}` };
  switch (provider) {
    case 'openai':
      return { url: `${trimSlash(credentials.baseUrl ?? defaultBaseUrls.openai)}/models`, init: { headers: bearer } };
    case 'openai-compatible':
      if (!credentials.baseUrl) return { problem: 'A base URL is required (for example http://localhost:11434/v1).' };
      return { url: `${trimSlash(credentials.baseUrl)}/models`, init: { headers: credentials.apiKey ? bearer : {} } };
    case 'anthropic':
      return {
        url: `${trimSlash(credentials.baseUrl ?? defaultBaseUrls.anthropic)}/models`,
        init: { headers: { 'x-api-key': credentials.apiKey, 'anthropic-version': '2023-06-01' } },
      };
    case 'deepgram':
      return { url: `${trimSlash(credentials.baseUrl ?? defaultBaseUrls.deepgram)}/v1/projects`, init: { headers: { authorization: `Token ${credentials.apiKey}` } } };
    case 'livekit': {
      if (!credentials.apiSecret) return { problem: 'LiveKit needs an API key and an API secret.' };
      const httpUrl = liveKitHttpUrl(credentials.baseUrl ?? '');
      if (!httpUrl) return { problem: 'The LiveKit server URL must be a wss:// or https:// URL.' };
      return {
        url: `${httpUrl}/twirp/livekit.RoomService/ListRooms`,
        init: {
          method: 'POST',
          headers: { authorization: `Bearer ${liveKitToken(credentials.apiKey, credentials.apiSecret, now)}`, 'content-type': 'application/json' },
          body: '{}',
        },
      };
    }
  }
}

/** OpenAI and Anthropic say {error:{message}}, Deepgram {err_msg}, LiveKit {msg}; anything else is shown as text. */
async function describeFailure(response: Response): Promise<string> {
  const text = (await response.text().catch(() => '')).slice(0, 2000);
  try {
    const body = JSON.parse(text) as { error?: { message?: string } | string; message?: string; err_msg?: string; msg?: string };
    const message = typeof body.error === 'string' ? body.error : (body.error?.message ?? body.message ?? body.err_msg ?? body.msg);
    if (message) return message.slice(0, 300);
  } catch {
    // not JSON: fall through to the raw text
  }
  return text.trim().slice(0, 300) || response.statusText;
}

/** One minimal authenticated call to the provider; reports success or the provider's own error message. */
export async function testCredentials(provider: CredentialProvider, credentials: TestableCredentials, options: TestCredentialsOptions = {}): Promise<CredentialCheck> {
  const name = names[provider];
  if (!credentials.apiKey && provider !== 'openai-compatible') return { ok: false, message: `${name} needs an API key.` };
  const request = buildRequest(provider, credentials, (options.now ?? (() => new Date()))());
  if ('problem' in request) return { ok: false, message: request.problem };
  const timeoutMs = options.timeoutMs ?? 10_000;
  try {
    const response = await (options.fetch ?? fetch)(request.url, { ...request.init, signal: AbortSignal.timeout(timeoutMs) });
    if (response.ok) {
      await response.body?.cancel();
      return { ok: true, message: `${name} accepted the credentials.` };
    }
    return { ok: false, message: `${name} answered ${response.status}: ${await describeFailure(response)}` };
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : undefined;
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    const limit = timeoutMs % 1000 === 0 ? `${timeoutMs / 1000} seconds` : `${timeoutMs} ms`;
    const reason = timedOut ? `no answer within ${limit}` : error instanceof Error ? (cause ?? error.message) : String(error);
    return { ok: false, message: `Could not reach ${request.url}: ${reason}` };
  }
}
