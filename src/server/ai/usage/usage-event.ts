import type { CredentialSource } from '#server/ai/credentials.ts';
import type { EngineName, LlmProviderName } from '#server/ai/types.ts';

/** One engine call, as booked in ai_usage and summed into ai_usage_daily. */
export type AiUsageEvent = {
  userId?: string;
  workspaceId?: string;
  task: string;
  engine: EngineName;
  provider?: LlmProviderName;
  model?: string;
  /** Whose key paid: the user's, the workspace's or the server's. Absent when no LLM was tried. */
  credentialSource?: CredentialSource;
  /** The stored key that paid; absent for the server's key and offline calls. */
  credentialId?: string;
  inputTokens: number;
  outputTokens: number;
  latencyMs: number;
  fallbackReason?: string;
  at: Date;
};

/** Books calls, one row each; the engine passes a run's calls together so they cost one write. */
export type RecordUsage = (events: readonly AiUsageEvent[]) => Promise<void>;
