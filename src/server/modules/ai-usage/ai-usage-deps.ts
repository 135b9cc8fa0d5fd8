import type { SettingsReader } from '#server/modules/settings/index.ts';

/** What usage reports and budgets need: the database, the price table setting, and the clock that says which month it is. */
export type AiUsageDeps = SettingsReader & { now: () => Date };
