import type { z } from 'zod';
import { describeIssues } from '#server/ai/describe-issues.ts';
import { LlmCallError } from './llm-call-error.ts';
import { aiSdk } from './sdk-packages.ts';
import { toTokenUsage } from './token-usage.ts';

/** Maps whatever the AI SDK threw to one of the three fallback reasons. */
export function classifyError(error: unknown, timedOut: boolean, schema?: z.ZodType): LlmCallError {
  if (error instanceof LlmCallError) return error;
  if (timedOut) return new LlmCallError('timeout', 'no answer in time');
  const { APICallError, NoObjectGeneratedError, RetryError } = aiSdk();
  if (RetryError.isInstance(error) && error.lastError !== undefined) return classifyError(error.lastError, false, schema);
  if (NoObjectGeneratedError.isInstance(error)) {
    return new LlmCallError('invalid_output', describeInvalidText(error.text, schema), error.usage && toTokenUsage(error.usage));
  }
  if (APICallError.isInstance(error)) {
    const status = error.statusCode === undefined ? '' : `${error.statusCode} `;
    return new LlmCallError('provider_error', `${status}${firstLine(error.message)}`);
  }
  if (error instanceof Error) return new LlmCallError('provider_error', firstLine(error.message));
  return new LlmCallError('provider_error', 'unknown error');
}

/** Says what was wrong with the model's text: not JSON at all, or which fields broke the schema. */
export function describeInvalidText(text: string | undefined, schema?: z.ZodType): string {
  if (!text?.trim()) return 'empty answer';
  let value: unknown;
  try {
    value = JSON.parse(stripCodeFence(text));
  } catch {
    return 'not valid JSON';
  }
  if (!schema) return 'does not match the schema';
  const parsed = schema.safeParse(value);
  return parsed.success ? 'does not match the schema' : describeIssues(parsed.error.issues);
}

function stripCodeFence(text: string): string {
  const match = /^\s*```(?:json)?\s*([\s\S]*?)\s*```\s*$/.exec(text);
  return match?.[1] ?? text;
}

function firstLine(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}
