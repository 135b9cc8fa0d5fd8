import type { TokenUsage } from '#server/ai/types.ts';

export type LlmFailureKind = 'timeout' | 'provider_error' | 'invalid_output';

/** Why an LLM call gave no usable answer; `reason` is what the engine records as the fallback reason. */
export class LlmCallError extends Error {
  override readonly name = 'LlmCallError';
  constructor(
    readonly kind: LlmFailureKind,
    readonly detail: string,
    readonly usage?: TokenUsage,
  ) {
    super(kind === 'timeout' ? 'timeout' : `${kind}: ${detail}`);
  }

  get reason(): string {
    return this.message;
  }
}
