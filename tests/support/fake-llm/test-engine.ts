import pino from 'pino';
import { createAiEngine, type AiEngine, type AiEngineDeps } from '../../../src/server/ai/engine.ts';
import type { LlmCredentials } from '../../../src/server/ai/credentials.ts';
import type { Logger } from '../../../src/server/platform/logger.ts';
import type { FakeServer } from './fake-server.ts';

export const silentLog: Logger = pino({ level: 'silent' });

/** A configuration with no LLM at all: the engine must answer offline. */
export const noLlmConfig: AiEngineDeps['config'] = {
  llm: { provider: undefined, model: undefined, baseUrl: undefined, apiKey: undefined, timeoutMs: 5_000 },
  keys: { openai: undefined, anthropic: undefined, deepgram: undefined },
};

/** Credentials pointing at a fake server. */
export function fakeCredentials(fake: FakeServer, provider: LlmCredentials['provider'], model: string, apiKey = 'sk-test'): LlmCredentials {
  return { provider, model, apiKey, baseUrl: fake.baseUrl, source: 'server' };
}

/** An engine whose LLM (if any) is the given credentials; no retries so a failure falls back at once. */
export function createTestEngine(credentials: LlmCredentials | undefined, deps: Partial<AiEngineDeps> = {}): AiEngine {
  return createAiEngine({
    config: noLlmConfig,
    log: silentLog,
    maxRetries: 0,
    resolveCredentials: () => Promise.resolve(credentials),
    ...deps,
  });
}
