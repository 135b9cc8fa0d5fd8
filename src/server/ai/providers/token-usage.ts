import type { LanguageModelUsage } from 'ai';
import type { TokenUsage } from '#server/ai/types.ts';

export function toTokenUsage(usage: Pick<LanguageModelUsage, 'inputTokens' | 'outputTokens'> | undefined): TokenUsage {
  return { inputTokens: usage?.inputTokens ?? 0, outputTokens: usage?.outputTokens ?? 0 };
}
