import { formDataOf, writeJson, type ReplyContext } from './fake-server.ts';
import { containerOf, recognise, type KnownRecordings } from './fake-recordings.ts';

const extensions: Record<string, string[]> = { wav: ['wav'], ogg: ['ogg', 'oga'], webm: ['webm'], mp3: ['mp3', 'mpga', 'mpeg'], mp4: ['mp4', 'm4a'], flac: ['flac'] };

/** OpenAI reads the container from the file name's extension and refuses formats a model cannot answer in. */
export async function answerTranscription({ request, res }: ReplyContext, recordings: KnownRecordings): Promise<void> {
  const invalid = (message: string) => writeJson(res, 400, { error: { message, type: 'invalid_request_error', param: null, code: null } });
  const form = await formDataOf(request);
  const file = form.get('file');
  const model = form.get('model');
  const requested = form.get('response_format');
  const format = typeof requested === 'string' ? requested : 'json';
  if (!(file instanceof File)) return invalid("you must provide a 'file' field");
  if (typeof model !== 'string' || !model) return invalid("you must provide a 'model' field");
  const bytes = Buffer.from(await file.arrayBuffer());
  const container = containerOf(bytes);
  const extension = file.name.split('.').pop() ?? '';
  if (!container || !extensions[container]?.includes(extension)) {
    return invalid("Invalid file format. Supported formats: ['flac', 'm4a', 'mp3', 'mp4', 'mpeg', 'mpga', 'oga', 'ogg', 'wav', 'webm']");
  }
  if (model.startsWith('gpt-') && format !== 'json' && format !== 'text') return invalid(`response_format '${format}' is not compatible with model '${model}'`);
  const heard = recognise(bytes, recordings);
  if ('problem' in heard) return invalid(heard.problem);
  const { text, seconds } = heard.recording;
  if (format === 'verbose_json') {
    writeJson(res, 200, { task: 'transcribe', language: 'english', duration: seconds, text, segments: [{ id: 0, start: 0, end: seconds, text }], usage: { type: 'duration', seconds: Math.ceil(seconds) } });
    return;
  }
  const words = text.split(/\s+/).length;
  const usage = model.startsWith('gpt-') ? { type: 'tokens', input_tokens: Math.ceil(seconds * 10), output_tokens: words, total_tokens: Math.ceil(seconds * 10) + words } : { type: 'duration', seconds: Math.ceil(seconds) };
  writeJson(res, 200, { text, usage });
}
