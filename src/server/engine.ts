import { createAiEngine, createCredentialResolver, type AiEngine } from '#server/ai/index.ts';
import { createBudgetCheck, createUsageRecorder } from '#server/modules/ai-usage/index.ts';
import type { Config } from '#server/config.ts';
import type { Database } from '#server/db/client.ts';
import { createKeyStore } from '#server/modules/keys/index.ts';
import { readServerLlmChoice } from '#server/modules/settings/index.ts';
import type { Logger } from '#server/platform/logger.ts';
import type { OutboundGuard } from '#server/platform/outbound/index.ts';

/**
 * The AI engine every module uses in a server or worker process: the caller's own key, else their workspace's, else the
 * server's configuration, else the offline engine; every call is recorded in ai_usage, and a workspace's or a key's
 * monthly budget, once reached, sends its calls to the offline engine. Built once per process, by
 * `createRuntime` (runtime.ts).
 */
export function createServerEngine(deps: { config: Config; database: Database; log: Logger; now: () => Date; outbound: Pick<OutboundGuard, 'fetch'> }): AiEngine {
  const { config, database, log, now, outbound } = deps;
  if (!config.serverSecret) throw new Error('The server secret must be resolved before the AI engine is created.');
  const keyStore = createKeyStore({ db: database.db, serverSecret: config.serverSecret });
  const settings = { db: database.db, settingOverrides: config.settingOverrides };
  return createAiEngine({
    config,
    log,
    clock: { now },
    resolveCredentials: createCredentialResolver({
      config,
      findStoredKey: (owner) => keyStore.findStoredLlmKey(owner),
      guardedFetch: outbound.fetch,
      serverChoice: () => readServerLlmChoice(settings),
    }),
    recordUsage: createUsageRecorder({ db: database.db }),
    checkBudget: createBudgetCheck({ ...settings, now }),
  });
}
