import type { LlmCredentials } from './credentials.ts';
import type { EngineName } from './types.ts';

/** Which engine a call with a given context would use, and with what credentials (shared by engine.ts and engine-stream.ts). */
export type EngineSelection = { engine: EngineName; credentials?: LlmCredentials; fallbackReason?: string };
