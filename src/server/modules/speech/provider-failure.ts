import type { SpeechProvider } from '#shared/contracts/speech.ts';
import { AppError } from '#server/platform/errors.ts';
import { acceptedAudioDescription } from './audio-format.ts';
import type { SpeechCredentials } from './speech-credentials.ts';

const providerNames: Readonly<Record<SpeechProvider, string>> = { openai: 'OpenAI', deepgram: 'Deepgram' };

/** Key-like strings (OpenAI echoes part of a wrong key back) never reach a reply or a log. */
function redact(text: string, apiKey: string): string {
  const withoutKey = apiKey.length >= 8 ? text.split(apiKey).join('[key]') : text;
  return withoutKey.replace(/\bsk-[\w*.-]{3,}/g, '[key]').trim().slice(0, 300);
}

/** OpenAI says {error:{message}}, Deepgram {err_msg} (older answers {message} or {reason}). */
async function providerMessage(response: Response): Promise<string> {
  const text = (await response.text().catch(() => '')).slice(0, 4000);
  try {
    const body = JSON.parse(text) as { error?: { message?: string } | string; err_msg?: string; message?: string; reason?: string };
    const message = typeof body.error === 'string' ? body.error : (body.error?.message ?? body.err_msg ?? body.message ?? body.reason);
    if (message) return message;
  } catch {
    // not JSON: the raw text (or the status line) is all there is
  }
  return text || response.statusText;
}

/** A provider's error answer as an AppError a candidate can act on: a refused key (502), a busy provider (503), or audio it cannot read (422). */
export async function failureFromResponse(credentials: SpeechCredentials, response: Response): Promise<AppError> {
  const name = providerNames[credentials.provider];
  const { status } = response;
  if (status === 401 || status === 403) {
    await response.body?.cancel();
    const whose = { user: 'your API key (Settings → Keys)', workspace: "the workspace's API key", server: "the server's API key" }[credentials.source];
    return new AppError('bad_gateway', `${name} refused ${whose} for speech-to-text (${status}).`);
  }
  const message = redact(await providerMessage(response), credentials.apiKey);
  if (status === 429) return new AppError('unavailable', `${name} is refusing more speech-to-text requests for now (429: ${message}). Try again later.`);
  if (status >= 500) return new AppError('unavailable', `${name} could not transcribe right now (${status}). Try again in a moment.`);
  // Any other 4xx is the provider refusing this recording (not audio after all, cut short, corrupt): the caller's input,
  // so a 422 that says to record again. 502 stays for a provider that fails (its keys refused, an answer that is not a transcript).
  return new AppError('unprocessable', `${name} could not transcribe the recording (${status}: ${message}). Record the answer again, or send ${acceptedAudioDescription}.`);
}

export function failureFromNetwork(credentials: SpeechCredentials, error: unknown, timeoutMs: number): AppError {
  const name = providerNames[credentials.provider];
  if (error instanceof Error && error.name === 'TimeoutError') {
    return new AppError('unavailable', `${name} did not answer within ${timeoutMs / 1000} seconds. Try again, or record a shorter answer.`);
  }
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : error instanceof Error ? error.message : String(error);
  return new AppError('unavailable', `Could not reach ${name} for speech-to-text: ${redact(cause, credentials.apiKey)}.`);
}

export function unreadableAnswer(credentials: SpeechCredentials): AppError {
  return new AppError('bad_gateway', `${providerNames[credentials.provider]} answered with something that is not a transcript.`);
}
