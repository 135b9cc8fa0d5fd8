import { createHmac } from 'node:crypto';
import type { KeyProvider } from '#shared/contracts/keys.ts';

export type ProviderCheckInput = { provider: KeyProvider; apiKey: string; apiSecret?: string; baseUrl?: string | null };
export type ProviderCheckResult = { ok: boolean; message: string };
export type CheckProvider = (input: ProviderCheckInput) => Promise<ProviderCheckResult>;

const names: Record<KeyProvider, string> = {
  openai: 'OpenAI',
  anthropic: 'Anthropic',
  'openai-compatible': 'The server',
  deepgram: 'Deepgram',
  livekit: 'LiveKit',
};

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

function base64url(data: string | Buffer): string {
  return Buffer.from(data).toString('base64url');
}

/** A short-lived LiveKit access token allowed to list rooms: the cheapest authenticated server call. */
function liveKitToken(apiKey: string, apiSecret: string): string {
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const now = Math.floor(Date.now() / 1000);
  const payload = base64url(JSON.stringify({ iss: apiKey, sub: 'parley-key-check', nbf: now - 10, exp: now + 60, video: { roomList: true } }));
  const signature = createHmac('sha256', apiSecret).update(`${header}.${payload}`).digest('base64url');
  return `${header}.${payload}.${signature}`;
}

function buildRequest(input: ProviderCheckInput): { url: string; init: RequestInit } {
  switch (input.provider) {
    case 'openai':
      return { url: `${trimSlash(input.baseUrl ?? 'https://api.openai.com/v1')}/models`, init: { headers: { authorization: `Bearer ${input.apiKey}` } } };
    case 'openai-compatible':
      return { url: `${trimSlash(input.baseUrl ?? '')}/models`, init: { headers: { authorization: `Bearer ${input.apiKey}` } } };
    case 'anthropic':
      return {
        url: `${trimSlash(input.baseUrl ?? 'https://api.anthropic.com')}/v1/models`,
        init: { headers: { 'x-api-key': input.apiKey, 'anthropic-version': '2023-06-01' } },
      };
    case 'deepgram':
      return { url: `${trimSlash(input.baseUrl ?? 'https://api.deepgram.com')}/v1/projects`, init: { headers: { authorization: `Token ${input.apiKey}` } } };
    case 'livekit': {
      const httpUrl = trimSlash(input.baseUrl ?? '').replace(/^ws(s?):\/\//, 'http$1://');
      return {
        url: `${httpUrl}/twirp/livekit.RoomService/ListRooms`,
        init: {
          method: 'POST',
          headers: { authorization: `Bearer ${liveKitToken(input.apiKey, input.apiSecret ?? '')}`, 'content-type': 'application/json' },
          body: '{}',
        },
      };
    }
  }
}

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
export function createProviderCheck(deps: { fetch?: typeof fetch; timeoutMs?: number } = {}): CheckProvider {
  const doFetch = deps.fetch ?? fetch;
  return async (input) => {
    const name = names[input.provider];
    const { url, init } = buildRequest(input);
    try {
      const response = await doFetch(url, { ...init, signal: AbortSignal.timeout(deps.timeoutMs ?? 10_000) });
      if (response.ok) {
        await response.body?.cancel();
        return { ok: true, message: `${name} accepted the credentials.` };
      }
      return { ok: false, message: `${name} answered ${response.status}: ${await describeFailure(response)}` };
    } catch (error) {
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : undefined;
      const reason = error instanceof Error ? (error.name === 'TimeoutError' ? 'no answer within 10 seconds' : (cause ?? error.message)) : String(error);
      return { ok: false, message: `Could not reach ${url}: ${reason}` };
    }
  };
}
