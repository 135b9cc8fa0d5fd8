import type * as AiSdk from 'ai';
import type * as Anthropic from '@ai-sdk/anthropic';
import type * as OpenAi from '@ai-sdk/openai';
import type * as OpenAiCompatible from '@ai-sdk/openai-compatible';
import { loadOnFirstUse } from '#server/platform/load-on-first-use.ts';

// The AI SDK and its providers load with the first LLM call: ~20 MB and half a second of start-up that an offline
// installation never needs (decision 055).
export const aiSdk = loadOnFirstUse<typeof AiSdk>('ai');
export const anthropicSdk = loadOnFirstUse<typeof Anthropic>('@ai-sdk/anthropic');
export const openAiSdk = loadOnFirstUse<typeof OpenAi>('@ai-sdk/openai');
export const openAiCompatibleSdk = loadOnFirstUse<typeof OpenAiCompatible>('@ai-sdk/openai-compatible');
