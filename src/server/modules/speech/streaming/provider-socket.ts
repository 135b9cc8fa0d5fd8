import type { LookupFunction } from 'node:net';
import WebSocket from 'ws';
import type { SpeechProvider } from '#shared/contracts/speech.ts';
import { AppError } from '#server/platform/errors.ts';
import type { SpeechCredentials } from '#server/modules/speech/speech-credentials.ts';
import type { ResolveOutbound } from './stream-types.ts';

const providerNames: Readonly<Record<SpeechProvider, string>> = { openai: 'OpenAI', deepgram: 'Deepgram' };

/** A provider's http(s) base URL as the ws(s) URL of one of its streaming paths. */
export function socketUrl(baseUrl: string, path: string): URL {
  const url = new URL(`${baseUrl.replace(/\/+$/, '')}${path}`);
  if (url.protocol === 'https:') url.protocol = 'wss:';
  else if (url.protocol === 'http:') url.protocol = 'ws:';
  return url;
}

function redact(text: string, apiKey: string): string {
  return (apiKey.length >= 8 ? text.split(apiKey).join('[key]') : text).replace(/\bsk-[\w*.-]{3,}/g, '[key]').slice(0, 300);
}

/** A refused handshake as an error the room can show: a refused key, a busy provider, or a provider that failed. */
function refusedHandshake(credentials: SpeechCredentials, status: number): AppError {
  const name = providerNames[credentials.provider];
  if (status === 401 || status === 403) {
    const whose = { user: "the room owner's API key (Settings → Keys)", workspace: "the workspace's API key (its settings → Keys)", server: "the server's API key" }[credentials.source];
    return new AppError('bad_gateway', `${name} refused ${whose} for live speech-to-text (${status}). Type the transcript instead, or fix the key.`);
  }
  if (status === 429) return new AppError('unavailable', `${name} is refusing more live speech-to-text for now (429). Try again later, or type the transcript.`);
  return new AppError('bad_gateway', `${name} did not open a live speech-to-text stream (${status}).`);
}

/**
 * Opens the provider's WebSocket. A user's own base URL goes through the outbound guard: the host is resolved and
 * checked first, and the socket connects to that checked address (the TLS name and Host header stay the URL's).
 */
export async function openProviderSocket(options: {
  url: URL;
  headers: Record<string, string>;
  credentials: SpeechCredentials;
  resolve: ResolveOutbound | undefined;
  timeoutMs: number;
}): Promise<WebSocket> {
  const { url, credentials } = options;
  const name = providerNames[credentials.provider];
  let lookup: LookupFunction | undefined;
  if (credentials.source !== 'server') {
    if (!options.resolve) throw new Error('A stored key streams only through the outbound guard.');
    let checked: { address: string; family: number };
    try {
      checked = await options.resolve(url.hostname);
    } catch (error) {
      throw new AppError('bad_gateway', `Live speech-to-text cannot reach ${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
    lookup = ((_host: string, lookupOptions: { all?: boolean }, callback: (...args: unknown[]) => void) => {
      if (lookupOptions.all) callback(null, [checked]);
      else callback(null, checked.address, checked.family);
    }) as unknown as LookupFunction;
  }
  const socket = new WebSocket(url, { headers: options.headers, handshakeTimeout: options.timeoutMs, ...(lookup ? { lookup } : {}) });
  return new Promise((resolve, reject) => {
    const fail = (error: AppError) => {
      socket.removeAllListeners();
      socket.on('error', () => undefined);
      socket.terminate();
      reject(error);
    };
    socket.once('open', () => {
      socket.removeAllListeners();
      resolve(socket);
    });
    socket.once('unexpected-response', (_request, response) => {
      response.resume();
      fail(refusedHandshake(credentials, response.statusCode ?? 0));
    });
    socket.once('error', (error) => fail(new AppError('unavailable', `Could not reach ${name} for live speech-to-text: ${redact(error.message, credentials.apiKey)}.`)));
  });
}

/** A socket message's bytes, whichever of its three shapes `ws` hands over. */
export function bytesOf(data: WebSocket.RawData): Buffer {
  if (Buffer.isBuffer(data)) return data;
  return Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data);
}

/** A provider's message that is not the JSON it documents is ignored rather than trusted. */
export function parseProviderMessage(data: WebSocket.RawData): unknown {
  try {
    return JSON.parse(bytesOf(data).toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/** After `finish`, how long a provider has to send its last results and close before the socket is cut. */
export const finishGraceMs = 10_000;

/**
 * Cuts the socket if the provider has not closed it within the grace after `finish` (or the request timeout when that
 * is shorter), so a stopped microphone never holds a provider connection open for long.
 */
export function terminateAfterGrace(socket: WebSocket, timeoutMs: number): void {
  const timer = setTimeout(() => socket.terminate(), Math.min(timeoutMs, finishGraceMs));
  timer.unref();
  socket.once('close', () => clearTimeout(timer));
}
