import type { z } from 'zod';
import type { AudioFormat } from './audio-format.ts';
import { failureFromNetwork, failureFromResponse, unreadableAnswer } from './provider-failure.ts';
import type { SpeechCredentials } from './speech-credentials.ts';

/** What one provider call needs; `fetch` is passed in so the HTTP edge stays swappable. */
export type TranscriptionCall = {
  audio: Buffer;
  format: AudioFormat;
  credentials: SpeechCredentials;
  timeoutMs: number;
  fetch: typeof fetch;
};

/** The provider's answer: its transcript and, when it says, the recording's length. */
export type ProviderTranscript = { text: string; durationMs?: number };

export function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

/** POSTs to the provider and validates its JSON answer; every failure becomes an AppError naming the provider. */
export async function postForTranscript<T>(call: TranscriptionCall, url: string, init: RequestInit, answer: z.ZodType<T>): Promise<T> {
  let response: Response;
  try {
    response = await call.fetch(url, { ...init, method: 'POST', signal: AbortSignal.timeout(call.timeoutMs) });
  } catch (error) {
    throw failureFromNetwork(call.credentials, error, call.timeoutMs);
  }
  if (!response.ok) throw await failureFromResponse(call.credentials, response);
  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError') throw failureFromNetwork(call.credentials, error, call.timeoutMs);
    throw unreadableAnswer(call.credentials);
  }
  const parsed = answer.safeParse(body);
  if (!parsed.success) throw unreadableAnswer(call.credentials);
  return parsed.data;
}
