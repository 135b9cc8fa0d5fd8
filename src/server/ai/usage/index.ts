export { skipUsage } from './skip-usage.ts';
export type { AiUsageEvent, RecordUsage } from './usage-event.ts';
