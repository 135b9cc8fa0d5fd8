import pino from 'pino';
import { createAiEngine, type AiEngine, type AiEngineDeps, type LlmCredentials } from '#server/ai/index.ts';
import type { Logger } from '#server/platform/logger.ts';
import type { FakeServer } from './fake-server.ts';

export const silentLog: Logger = pino({ level: 'silent' });

/** The day test engines live on, so what a task measures to "today" (recency, tenures) never drifts with the calendar. */
export const testToday = new Date('2026-11-01T00:00:00Z');
export const testClock: AiEngineDeps['clock'] = { now: () => new Date(testToday) };

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
    clock: testClock,
    maxRetries: 0,
    resolveCredentials: () => Promise.resolve(credentials),
    ...deps,
  });
}
