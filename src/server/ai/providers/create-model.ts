import type { LanguageModel } from 'ai';
import type { LlmCredentials } from '#server/ai/credentials.ts';
import { anthropicSdk, openAiCompatibleSdk, openAiSdk } from './sdk-packages.ts';

type ProviderOptions = Record<string, Record<string, string | number | boolean>>;

export type ModelHandle = { model: LanguageModel; providerOptions: ProviderOptions };

/**
 * One chat model per call. OpenAI goes through chat completions (`.chat`), not the Responses API, so any
 * server speaking that protocol works. Strict JSON schema is off because strict mode rejects optional
 * fields; the engine validates every answer with the task's Zod schema anyway.
 */
export function createModel(credentials: LlmCredentials): ModelHandle {
  // A user's or workspace's key calls its base URL through the outbound guard (decision 015).
  const guarded = credentials.fetch ? { fetch: credentials.fetch } : {};
  switch (credentials.provider) {
    case 'openai': {
      const provider = openAiSdk().createOpenAI({ apiKey: credentials.apiKey, baseURL: credentials.baseUrl, ...guarded });
      return { model: provider.chat(credentials.model), providerOptions: { openai: { strictJsonSchema: false } } };
    }
    case 'anthropic': {
      const provider = anthropicSdk().createAnthropic({ apiKey: credentials.apiKey, baseURL: credentials.baseUrl, ...guarded });
      return { model: provider(credentials.model), providerOptions: {} };
    }
    case 'openai-compatible': {
      const provider = openAiCompatibleSdk().createOpenAICompatible({
        name: 'openaiCompatible',
        baseURL: credentials.baseUrl ?? 'http://127.0.0.1:11434/v1',
        apiKey: credentials.apiKey,
        includeUsage: true,
        supportsStructuredOutputs: true,
        ...guarded,
      });
      return { model: provider.chatModel(credentials.model), providerOptions: { openaiCompatible: { strictJsonSchema: false } } };
    }
  }
}
