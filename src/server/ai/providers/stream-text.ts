import type { LlmCredentials } from '#server/ai/credentials.ts';
import type { TokenUsage } from '#server/ai/types.ts';
import { classifyError } from './classify-error.ts';
import { createModel } from './create-model.ts';
import { startDeadline } from './deadline.ts';
import { aiSdk } from './sdk-packages.ts';
import { toTokenUsage } from './token-usage.ts';

export type ChatMessage = { role: 'user' | 'assistant'; content: string };

export type TextRequest = {
  credentials: LlmCredentials;
  system: string;
  /** Either one prompt or a conversation so far (the interviewer's turns are 'assistant'). */
  prompt?: string;
  messages?: ChatMessage[];
  timeoutMs: number;
  maxRetries: number;
  signal?: AbortSignal;
};

export type TextFinal = { text: string; usage: TokenUsage; model: string };

/**
 * Streams text deltas. `final` settles once `textStream` has been read to the end: it resolves with the
 * whole text and usage, or rejects with the same LlmCallError the iteration throws.
 */
export type TextStream = { textStream: AsyncIterable<string>; final: Promise<TextFinal> };

export function streamLlmText(request: TextRequest): TextStream {
  let settle: { resolve: (final: TextFinal) => void; reject: (error: unknown) => void } | undefined;
  const final = new Promise<TextFinal>((resolve, reject) => {
    settle = { resolve, reject };
  });
  // Nobody may await `final`; its rejection is still thrown to whoever iterates.
  final.catch(() => undefined);

  async function* iterate(): AsyncGenerator<string> {
    const { model, providerOptions } = createModel(request.credentials);
    const deadline = startDeadline(request.timeoutMs, request.signal);
    const prompt = request.messages ? { messages: request.messages } : { prompt: request.prompt ?? '' };
    let text = '';
    try {
      const result = aiSdk().streamText({
        model,
        providerOptions,
        system: request.system,
        ...prompt,
        maxRetries: request.maxRetries,
        abortSignal: deadline.signal,
        // Errors arrive as 'error' parts below; the default handler would print them to the console.
        onError: () => undefined,
      });
      for await (const part of result.fullStream) {
        if (part.type === 'text-delta') {
          text += part.text;
          yield part.text;
        } else if (part.type === 'error') {
          throw part.error;
        } else if (part.type === 'abort') {
          throw new Error(part.reason ?? 'aborted');
        } else if (part.type === 'finish') {
          settle?.resolve({ text, usage: toTokenUsage(part.totalUsage), model: request.credentials.model });
        }
      }
    } catch (error) {
      const failure = classifyError(error, deadline.timedOut());
      settle?.reject(failure);
      throw failure;
    } finally {
      deadline.clear();
      // A reader that stops early still gets what it read (a settled promise ignores later calls).
      settle?.resolve({ text, usage: { inputTokens: 0, outputTokens: 0 }, model: request.credentials.model });
    }
  }

  return { textStream: iterate(), final };
}
