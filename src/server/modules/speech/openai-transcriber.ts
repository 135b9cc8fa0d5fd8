import { z } from 'zod';
import { postForTranscript, trimSlash, type ProviderTranscript, type TranscriptionCall } from './transcription-call.ts';

const defaultBaseUrl = 'https://api.openai.com/v1';

/** gpt-4o transcription models accept only `json` (no duration); whisper-1 and whisper servers give `verbose_json`. */
function responseFormatFor(model: string): 'json' | 'verbose_json' {
  return model.startsWith('gpt-') ? 'json' : 'verbose_json';
}

const transcriptionAnswer = z.object({ text: z.string(), duration: z.number().nonnegative().optional() });

/** POST {baseUrl}/audio/transcriptions, multipart `file` + `model` + `response_format`, Bearer auth. */
export async function transcribeWithOpenAi(call: TranscriptionCall): Promise<ProviderTranscript> {
  const { credentials, format } = call;
  const form = new FormData();
  // OpenAI tells the container by the file name's extension, so it must match the bytes.
  form.append('file', new Blob([new Uint8Array(call.audio)], { type: format.mimeType }), `answer.${format.extension}`);
  form.append('model', credentials.model);
  form.append('response_format', responseFormatFor(credentials.model));
  const url = `${trimSlash(credentials.baseUrl ?? defaultBaseUrl)}/audio/transcriptions`;
  const answer = await postForTranscript(call, url, { headers: { authorization: `Bearer ${credentials.apiKey}` }, body: form }, transcriptionAnswer);
  return { text: answer.text.trim(), ...(answer.duration === undefined ? {} : { durationMs: Math.round(answer.duration * 1000) }) };
}
