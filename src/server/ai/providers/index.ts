export { createEmbedder, type Embedder, type EmbeddingSettings } from './create-embedder.ts';
export { generateStructured, type StructuredRequest, type StructuredResponse } from './generate-structured.ts';
export { streamLlmText, type ChatMessage, type TextFinal, type TextRequest, type TextStream } from './stream-text.ts';
export { testCredentials, type CredentialCheck, type TestableCredentials, type TestCredentialsOptions } from './test-credentials.ts';
export { LlmCallError, type LlmFailureKind } from './llm-call-error.ts';
