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

type MessagesBody = { model?: string; stream?: boolean; tools?: { name: string }[]; tool_choice?: { type: string; name?: string } };

/**
 * Speaks the Anthropic messages protocol: POST /v1/messages, plain or streamed as SSE events
 * (message_start, content_block_start, content_block_delta, content_block_stop, message_delta, message_stop),
 * and GET /v1/models. When the client forces a tool (the SDK's JSON-tool mode), the answer is that tool's input.
 */
export async function startFakeAnthropic(options: { apiKey?: string } = {}): Promise<FakeServer> {
  return startFakeServer({
    routes: { 'POST /v1/messages': answerMessages, 'GET /v1/models': listModels },
    authenticate: (request) => {
      if (!options.apiKey || request.headers['x-api-key'] === options.apiKey) return undefined;
      return { kind: 'error', status: 401, type: 'authentication_error', message: 'invalid x-api-key' };
    },
    writeError,
  });
}

function answerMessages({ request, reply, usage, res }: ReplyContext): void {
  const body = (request.body ?? {}) as MessagesBody;
  const model = body.model ?? 'unknown';
  const forced = body.tool_choice?.type === 'tool' || body.tool_choice?.type === 'any';
  const forcedTool = forced ? (body.tool_choice?.name ?? body.tools?.[0]?.name) : undefined;
  const useTool = forcedTool !== undefined && reply.kind === 'json';
  const text = replyText(reply);
  const block = useTool
    ? { type: 'tool_use', id: 'toolu_fake', name: forcedTool, input: reply.kind === 'json' ? reply.value : {} }
    : { type: 'text', text };
  const stopReason = useTool ? 'tool_use' : 'end_turn';
  const id = 'msg_fake';
  if (!body.stream) {
    writeJson(res, 200, {
      id,
      type: 'message',
      role: 'assistant',
      model,
      content: [block],
      stop_reason: stopReason,
      stop_sequence: null,
      usage: { input_tokens: usage.inputTokens, output_tokens: usage.outputTokens },
    });
    return;
  }
  startSse(res);
  const event = (name: string, data: Record<string, unknown>) => res.write(`event: ${name}\ndata: ${JSON.stringify({ type: name, ...data })}\n\n`);
  event('message_start', {
    message: { id, type: 'message', role: 'assistant', model, content: [], stop_reason: null, stop_sequence: null, usage: { input_tokens: usage.inputTokens, output_tokens: 1 } },
  });
  event('content_block_start', { index: 0, content_block: useTool ? { ...block, input: {} } : { type: 'text', text: '' } });
  event('ping', {});
  for (const delta of splitIntoDeltas(text)) {
    event('content_block_delta', { index: 0, delta: useTool ? { type: 'input_json_delta', partial_json: delta } : { type: 'text_delta', text: delta } });
  }
  event('content_block_stop', { index: 0 });
  event('message_delta', { delta: { stop_reason: stopReason, stop_sequence: null }, usage: { output_tokens: usage.outputTokens } });
  event('message_stop', {});
  res.end();
}

function listModels({ res }: ReplyContext): void {
  writeJson(res, 200, {
    data: [{ type: 'model', id: 'claude-haiku-4-5', display_name: 'Claude Haiku 4.5', created_at: '2025-10-01T00:00:00Z' }],
    has_more: false,
    first_id: 'claude-haiku-4-5',
    last_id: 'claude-haiku-4-5',
  });
}

function writeError(res: http.ServerResponse, reply: Extract<FakeReply, { kind: 'error' }>): void {
  writeJson(res, reply.status, { type: 'error', error: { type: reply.type ?? 'api_error', message: reply.message } });
}
