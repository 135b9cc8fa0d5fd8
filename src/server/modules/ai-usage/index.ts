import type { Config } from '#server/config.ts';
import type { Database } from '#server/db/client.ts';
import type { AiUsageDeps } from './ai-usage-deps.ts';

export type { AiUsageDeps } from './ai-usage-deps.ts';
export { createBudgetCheck } from './budgets.ts';
export { createUsageRecorder } from './create-usage-recorder.ts';
export { usageRoutes } from './usage.routes.ts';

export function createAiUsageDeps(runtime: { config: Pick<Config, 'settingOverrides'>; database: Database; now: () => Date }): AiUsageDeps {
  return { db: runtime.database.db, settingOverrides: runtime.config.settingOverrides, now: runtime.now };
}
