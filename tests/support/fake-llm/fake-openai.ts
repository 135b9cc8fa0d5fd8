import type http from 'node:http';
import {
  replyText,
  splitIntoDeltas,
  startFakeServer,
  startSse,
  writeJson,
  type FakeReply,
  type FakeServer,
  type ReplyContext,
} from './fake-server.ts';
import { answerTranscription } from './fake-openai-transcriptions.ts';
import type { KnownRecordings } from './fake-recordings.ts';
import { answerEmbeddings } from './fake-embeddings.ts';

type ChatBody = { model?: string; stream?: boolean; stream_options?: { include_usage?: boolean } };

/**
 * Speaks the OpenAI chat-completions protocol (also what Ollama, vLLM and LM Studio speak):
 * POST /v1/chat/completions, plain or `stream: true` SSE ending in `data: [DONE]`, and GET /v1/models.
 * POST /v1/embeddings answers hashed bag-of-words vectors (fake-embeddings.ts): similar texts really are closer.
 * POST /v1/audio/transcriptions transcribes the `recordings` it knows (multipart `file`, `model`, `response_format`).
 * With `apiKey` set, any other bearer token gets OpenAI's 401.
 */
export async function startFakeOpenAi(options: { apiKey?: string; recordings?: KnownRecordings } = {}): Promise<FakeServer> {
  return startFakeServer({
    routes: {
      'POST /v1/chat/completions': answerChat,
      'GET /v1/models': listModels,
      'POST /v1/embeddings': answerEmbeddings,
      'POST /v1/audio/transcriptions': (context) => answerTranscription(context, options.recordings ?? {}),
    },
    authenticate: (request) => {
      if (!options.apiKey || request.headers.authorization === `Bearer ${options.apiKey}`) return undefined;
      const shown = String(request.headers.authorization ?? '').replace(/^Bearer /, '').slice(0, 6);
      return { kind: 'error', status: 401, type: 'invalid_request_error', message: `Incorrect API key provided: ${shown}***.` };
    },
    writeError,
  });
}

function answerChat({ request, reply, usage, res }: ReplyContext): void {
  const body = (request.body ?? {}) as ChatBody;
  const model = body.model ?? 'unknown';
  const id = 'chatcmpl-fake';
  const created = Math.floor(Date.now() / 1000);
  const content = replyText(reply);
  const usageBody = { prompt_tokens: usage.inputTokens, completion_tokens: usage.outputTokens, total_tokens: usage.inputTokens + usage.outputTokens };
  if (!body.stream) {
    writeJson(res, 200, {
      id,
      object: 'chat.completion',
      created,
      model,
      choices: [{ index: 0, message: { role: 'assistant', content }, logprobs: null, finish_reason: 'stop' }],
      usage: usageBody,
    });
    return;
  }
  startSse(res);
  const chunk = (choices: unknown[], extra: Record<string, unknown> = {}) =>
    res.write(`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices, ...extra })}\n\n`);
  chunk([{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }]);
  for (const delta of splitIntoDeltas(content)) chunk([{ index: 0, delta: { content: delta }, finish_reason: null }]);
  chunk([{ index: 0, delta: {}, finish_reason: 'stop' }]);
  if (body.stream_options?.include_usage) chunk([], { usage: usageBody });
  res.end('data: [DONE]\n\n');
}

function listModels({ res }: ReplyContext): void {
  writeJson(res, 200, { object: 'list', data: [{ id: 'fake-model', object: 'model', created: 0, owned_by: 'parley-tests' }] });
}

function writeError(res: http.ServerResponse, reply: Extract<FakeReply, { kind: 'error' }>): void {
  writeJson(res, reply.status, { error: { message: reply.message, type: reply.type ?? 'server_error', param: null, code: null } });
}
