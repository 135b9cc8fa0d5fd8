import { performance } from 'node:perf_hooks';
import type { RecordUsage } from '#server/ai/usage/usage-event.ts';
import { classifyError } from './classify-error.ts';
import { startDeadline } from './deadline.ts';
import { LlmCallError } from './llm-call-error.ts';
import { aiSdk, openAiCompatibleSdk } from './sdk-packages.ts';

export type EmbeddingSettings = { model: string; baseUrl: string; apiKey: string | undefined; timeoutMs: number };

/** Where an embedder books its calls: the server's embedding provider is the installation's, so no user or workspace. */
export type EmbeddingUsage = { recordUsage: RecordUsage; now: () => Date };

/** Turns texts into vectors of one model; the same model must embed what is stored and what is searched for. */
export type Embedder = {
  model: string;
  /** One vector per text, in order. Every failure is an LlmCallError. */
  embed(texts: readonly string[]): Promise<number[][]>;
};

/**
 * Speaks OpenAI's POST /v1/embeddings, which OpenAI, Ollama, vLLM and LM Studio all serve; the openai-compatible
 * provider is used for all of them because it sends no key when none is configured.
 */
export function createEmbedder(settings: EmbeddingSettings, usage?: EmbeddingUsage): Embedder {
  const provider = openAiCompatibleSdk().createOpenAICompatible({ name: 'embeddings', baseURL: settings.baseUrl, apiKey: settings.apiKey });
  const model = provider.embeddingModel(settings.model);
  async function book(tokens: number, latencyMs: number): Promise<void> {
    if (!usage) return;
    const event = { task: 'embed', engine: 'llm', provider: 'openai-compatible', model: settings.model, credentialSource: 'server', inputTokens: tokens, outputTokens: 0, latencyMs: Math.round(latencyMs), at: usage.now() } as const;
    // A usage row that cannot be written is not worth failing the embedding for.
    await usage.recordUsage([event]).catch(() => undefined);
  }

  return {
    model: settings.model,
    async embed(texts) {
      if (texts.length === 0) return [];
      const deadline = startDeadline(settings.timeoutMs);
      const started = performance.now();
      try {
        const { embeddings, usage: spent } = await aiSdk().embedMany({ model, values: [...texts], maxRetries: 1, abortSignal: deadline.signal });
        await book(spent.tokens, performance.now() - started);
        const size = embeddings[0]?.length ?? 0;
        if (embeddings.length !== texts.length || size === 0 || embeddings.some((vector) => vector.length !== size || !vector.every(Number.isFinite))) {
          throw new LlmCallError('invalid_output', 'the embeddings are missing, empty or of different sizes');
        }
        return embeddings;
      } catch (error) {
        throw classifyError(error, deadline.timedOut());
      } finally {
        deadline.clear();
      }
    },
  };
}
