import type { ServerLlmChoice } from '#server/ai/index.ts';
import type { SettingsReader } from './settings-deps.ts';
import { getSetting } from './settings.service.ts';

/** The installation's default LLM provider and model in force now (`ai.default-provider`, `ai.default-model`). */
export async function readServerLlmChoice(reader: SettingsReader): Promise<ServerLlmChoice> {
  const [provider, model] = await Promise.all([getSetting(reader, 'ai.default-provider'), getSetting(reader, 'ai.default-model')]);
  return { provider, model };
}
