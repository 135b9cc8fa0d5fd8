export { createUsageRecorder, skipUsage } from './create-usage-recorder.ts';
export { insertUsage, usageDay } from './usage.repo.ts';
export type { AiUsageEvent, RecordUsage } from './usage-event.ts';
