import type { z } from 'zod';
import type { LlmCredentials } from '#server/ai/credentials.ts';
import type { TokenUsage } from '#server/ai/types.ts';
import { classifyError } from './classify-error.ts';
import { createModel } from './create-model.ts';
import { startDeadline } from './deadline.ts';
import { aiSdk } from './sdk-packages.ts';
import { toTokenUsage } from './token-usage.ts';

export type StructuredRequest<TSchema extends z.ZodType> = {
  credentials: LlmCredentials;
  schema: TSchema;
  /** Names the object for providers that pass it on (tool or schema name). */
  name: string;
  system: string;
  prompt: string;
  timeoutMs: number;
  maxRetries: number;
  signal?: AbortSignal;
};

export type StructuredResponse<T> = { object: T; usage: TokenUsage; model: string };

/** One structured-output call, validated by the task's Zod schema. Every failure is an LlmCallError. */
export async function generateStructured<TSchema extends z.ZodType>(
  request: StructuredRequest<TSchema>,
): Promise<StructuredResponse<z.output<TSchema>>> {
  const { model, providerOptions } = createModel(request.credentials);
  const deadline = startDeadline(request.timeoutMs, request.signal);
  try {
    const result = await aiSdk().generateText({
      model,
      providerOptions,
      system: request.system,
      prompt: request.prompt,
      output: aiSdk().Output.object({ schema: request.schema, name: request.name }),
      maxRetries: request.maxRetries,
      abortSignal: deadline.signal,
    });
    return { object: result.output as z.output<TSchema>, usage: toTokenUsage(result.usage), model: request.credentials.model };
  } catch (error) {
    throw classifyError(error, deadline.timedOut(), request.schema);
  } finally {
    deadline.clear();
  }
}
