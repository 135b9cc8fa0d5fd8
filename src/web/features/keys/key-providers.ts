import type { CredentialProvider } from '#shared/vocabulary.ts';

/** What each provider needs besides the key, and how to describe it. */
export type ProviderInfo = { label: string; description: string; needsBaseUrl: boolean; needsSecret: boolean; baseUrlHint?: string; keyLabel: string };

export const providerInfo: Record<CredentialProvider, ProviderInfo> = {
  openai: { label: 'OpenAI', description: 'GPT models for the interviewer, feedback and CV screening.', needsBaseUrl: false, needsSecret: false, keyLabel: 'API key' },
  anthropic: { label: 'Anthropic', description: 'Claude models for the interviewer, feedback and CV screening.', needsBaseUrl: false, needsSecret: false, keyLabel: 'API key' },
  'openai-compatible': {
    label: 'OpenAI-compatible server',
    description: 'Your own model server, such as Ollama or vLLM.',
    needsBaseUrl: true,
    needsSecret: false,
    baseUrlHint: 'http://localhost:11434/v1',
    keyLabel: 'API key (any text if the server needs none)',
  },
  deepgram: { label: 'Deepgram', description: 'Speech-to-text for voice interviews.', needsBaseUrl: false, needsSecret: false, keyLabel: 'API key' },
  livekit: {
    label: 'LiveKit',
    description: 'Real-time audio and video rooms for live interviews.',
    needsBaseUrl: true,
    needsSecret: true,
    baseUrlHint: 'wss://your-project.livekit.cloud',
    keyLabel: 'API key',
  },
};
