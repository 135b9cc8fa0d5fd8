import { performance } from 'node:perf_hooks';
import { LlmCallError, streamLlmText, type ChatMessage } from '#server/ai/providers/index.ts';
import type { Logger } from '#server/platform/logger.ts';
import type { LlmCredentials } from './credentials.ts';
import type { EngineSelection } from './engine-selection.ts';
import type { AiMeta, AiRunContext } from './types.ts';

export type TextStreamRequest = {
  /** Booked in usage as the task name, e.g. 'nextTurn'. */
  task: string;
  system: string;
  prompt?: string;
  messages?: ChatMessage[];
  /** The offline engine's words, used when no LLM is available or it fails before saying anything. */
  fallback: () => string | Promise<string>;
};

/** Text deltas as they come; `done` settles when the stream has been read to the end. */
export type AiTextStream = { textStream: AsyncIterable<string>; done: Promise<{ text: string; meta: AiMeta }> };

type StreamDeps = {
  request: TextStreamRequest;
  ctx: AiRunContext;
  selectEngine: (ctx: AiRunContext) => Promise<EngineSelection>;
  timeoutMs: number;
  maxRetries: number;
  log: Logger;
  record: (meta: AiMeta, credentials: LlmCredentials | undefined) => Promise<void>;
};

/**
 * Streams an LLM's words when one is available. If it fails before the first word, the offline words are
 * sent instead; once words have gone out they cannot be taken back, so a later failure just ends the
 * stream and is reported in `meta.fallbackReason`.
 */
export function streamWithFallback(deps: StreamDeps): AiTextStream {
  const { request, ctx, log } = deps;
  let resolveDone: (value: { text: string; meta: AiMeta }) => void = () => undefined;
  let rejectDone: (error: unknown) => void = () => undefined;
  const done = new Promise<{ text: string; meta: AiMeta }>((resolve, reject) => {
    resolveDone = resolve;
    rejectDone = reject;
  });
  done.catch(() => undefined);

  async function* iterate(): AsyncGenerator<string> {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    let text = '';
    let meta: AiMeta | undefined;
    let credentials: LlmCredentials | undefined;
    try {
      const selection = await deps.selectEngine(ctx);
      credentials = selection.credentials;
      let fallbackReason = selection.fallbackReason;
      if (credentials) {
        const stream = streamLlmText({
          credentials,
          system: request.system,
          prompt: request.prompt,
          messages: request.messages,
          timeoutMs: deps.timeoutMs,
          maxRetries: deps.maxRetries,
        });
        try {
          for await (const delta of stream.textStream) {
            text += delta;
            yield delta;
          }
          const final = await stream.final;
          meta = { engine: 'llm', provider: credentials.provider, model: final.model, latencyMs: elapsed(), usage: final.usage };
        } catch (error) {
          const reason = error instanceof LlmCallError ? error.reason : 'provider_error: stream failed';
          log.warn({ task: request.task, provider: credentials.provider, reason }, 'LLM stream failed');
          if (text) meta = { engine: 'llm', provider: credentials.provider, model: credentials.model, latencyMs: elapsed(), fallbackReason: reason };
          else fallbackReason = reason;
        }
      }
      if (!meta) {
        const words = await request.fallback();
        text = words;
        yield words;
        meta = { engine: 'offline', latencyMs: elapsed() };
        if (credentials) Object.assign(meta, { provider: credentials.provider, model: credentials.model });
        if (fallbackReason) meta.fallbackReason = fallbackReason;
      }
      await deps.record(meta, credentials);
      resolveDone({ text, meta });
    } catch (error) {
      rejectDone(error);
      throw error;
    } finally {
      // A reader that stops early still learns what it was sent.
      resolveDone({ text, meta: meta ?? { engine: credentials ? 'llm' : 'offline', latencyMs: elapsed() } });
    }
  }

  return { textStream: iterate(), done };
}
