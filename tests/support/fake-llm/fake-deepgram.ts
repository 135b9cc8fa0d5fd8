import { randomUUID } from 'node:crypto';
import { startFakeServer, writeJson, type FakeServer, type ReplyContext } from './fake-server.ts';
import { containerOf, recognise, type KnownRecordings } from './fake-recordings.ts';

const contentTypes: Record<string, string[]> = {
  wav: ['audio/wav', 'audio/x-wav', 'audio/wave'],
  ogg: ['audio/ogg'],
  webm: ['audio/webm', 'audio/x-matroska'],
  mp3: ['audio/mpeg', 'audio/mp3'],
  mp4: ['audio/mp4', 'audio/m4a'],
  flac: ['audio/flac'],
};

/**
 * Enough of Deepgram for a key check (GET /v1/projects) and pre-recorded transcription (POST /v1/listen with the raw
 * audio as the body): it transcribes the `recordings` it knows, all with `Authorization: Token …`.
 */
export async function startFakeDeepgram(options: { apiKey: string; recordings?: KnownRecordings }): Promise<FakeServer> {
  return startFakeServer({
    routes: {
      'GET /v1/projects': ({ res }) => writeJson(res, 200, { projects: [{ project_id: 'p1', name: 'Parley tests' }] }),
      'POST /v1/listen': (context) => answerListen(context, options.recordings ?? {}),
    },
    authenticate: (request) =>
      request.headers.authorization === `Token ${options.apiKey}`
        ? undefined
        : { kind: 'error', status: 401, type: 'INVALID_AUTH', message: 'Invalid credentials.' },
    writeError: (res, reply) => writeJson(res, reply.status, { err_code: reply.type ?? 'ERROR', err_msg: reply.message, request_id: 'fake' }),
  });
}

function answerListen({ request, res }: ReplyContext, recordings: KnownRecordings): void {
  const badRequest = (message: string) => writeJson(res, 400, { err_code: 'Bad Request', err_msg: message, request_id: randomUUID() });
  const contentType = String(request.headers['content-type'] ?? '').split(';')[0]?.trim() ?? '';
  const container = containerOf(request.rawBody);
  if (!container) return badRequest('Bad Request: failed to process audio: corrupt or unsupported data');
  if (!contentTypes[container]?.includes(contentType)) return badRequest(`Bad Request: the Content-Type ${contentType || '(none)'} does not match the ${container} audio sent`);
  const heard = recognise(request.rawBody, recordings);
  if ('problem' in heard) return badRequest(heard.problem);
  const { text, seconds } = heard.recording;
  const formatted = request.query.smart_format === 'true' || request.query.punctuate === 'true';
  const transcript = formatted ? text : text.toLowerCase().replace(/[^\w\s']/g, '');
  const words = transcript.split(/\s+/).map((word, index, all) => ({ word, start: (index * seconds) / all.length, end: ((index + 1) * seconds) / all.length, confidence: 0.98 }));
  writeJson(res, 200, {
    metadata: {
      transaction_key: 'deprecated',
      request_id: randomUUID(),
      sha256: heard.sha256,
      created: new Date().toISOString(),
      duration: seconds,
      channels: 1,
      models: [randomUUID()],
      model_info: {},
    },
    results: { channels: [{ alternatives: [{ transcript, confidence: 0.98, words }] }] },
  });
}
