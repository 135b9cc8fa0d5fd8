/** Which engine a caller asks for: `auto` uses an LLM when one is resolvable, else offline. */
export type EngineChoice = 'offline' | 'llm' | 'auto';
export type EngineName = 'offline' | 'llm';

export type LlmProviderName = 'openai' | 'anthropic' | 'openai-compatible';

export type TokenUsage = { inputTokens: number; outputTokens: number };

/**
 * How a result was made. On a fallback, engine is 'offline' while provider/model name the LLM that
 * failed and usage counts the tokens it spent anyway.
 */
export type AiMeta = {
  engine: EngineName;
  provider?: LlmProviderName;
  model?: string;
  latencyMs: number;
  fallbackReason?: string;
  usage?: TokenUsage;
};

/** Every engine call answers with this one shape. */
export type AiResult<T> = { output: T; meta: AiMeta };

/** Who is asking: decides whose key pays and where usage is booked. */
export type AiRunContext = {
  userId?: string;
  workspaceId?: string;
  engine?: EngineChoice;
};
