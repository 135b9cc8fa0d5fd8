export { createAiEngine, type AiEngine, type AiEngineDeps, type EngineSelection } from './engine.ts';
export type { AiTextStream, TextStreamRequest } from './engine-stream.ts';
export {
  createCredentialResolver,
  credentialsFromConfig,
  credentialsFromStoredKey,
  defaultModels,
  type CredentialOwner,
  type CredentialResolverDeps,
  type CredentialSource,
  type LlmCredentials,
  type ResolveCredentials,
  type StoredLlmKey,
} from './credentials.ts';
export { defineTask, type AiTask, type AnyAiTask, type LlmPrompt, type OfflineContext, type TaskInput, type TaskOutput } from './task.ts';
export type { AiMeta, AiResult, AiRunContext, EngineChoice, EngineName, LlmProviderName, TokenUsage } from './types.ts';
export { createEmbedder, type Embedder, type EmbeddingSettings } from './providers/index.ts';
export { testCredentials, type ChatMessage, type CredentialCheck, type TestableCredentials, type TestCredentialsOptions } from './providers/index.ts';
export { createUsageRecorder, skipUsage, type AiUsageEvent, type RecordUsage } from './usage/index.ts';
export * from './tasks/index.ts';
