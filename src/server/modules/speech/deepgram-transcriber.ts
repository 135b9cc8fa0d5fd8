import { z } from 'zod';
import { postForTranscript, trimSlash, type ProviderTranscript, type TranscriptionCall } from './transcription-call.ts';

const defaultBaseUrl = 'https://api.deepgram.com';

const listenAnswer = z.object({
  metadata: z.object({ duration: z.number().nonnegative().optional() }).optional(),
  results: z.object({
    channels: z.array(z.object({ alternatives: z.array(z.object({ transcript: z.string() })).min(1) })).min(1),
  }),
});

/** POST {baseUrl}/v1/listen?model=…&smart_format=true&punctuate=true with the raw audio as the body, `Token` auth. */
export async function transcribeWithDeepgram(call: TranscriptionCall): Promise<ProviderTranscript> {
  const { credentials, format } = call;
  const url = new URL(`${trimSlash(credentials.baseUrl ?? defaultBaseUrl)}/v1/listen`);
  url.searchParams.set('model', credentials.model);
  url.searchParams.set('smart_format', 'true');
  url.searchParams.set('punctuate', 'true');
  const init = { headers: { authorization: `Token ${credentials.apiKey}`, 'content-type': format.mimeType }, body: new Uint8Array(call.audio) };
  const answer = await postForTranscript(call, url.toString(), init, listenAnswer);
  const text = answer.results.channels[0]?.alternatives[0]?.transcript ?? '';
  const seconds = answer.metadata?.duration;
  return { text: text.trim(), ...(seconds === undefined ? {} : { durationMs: Math.round(seconds * 1000) }) };
}
