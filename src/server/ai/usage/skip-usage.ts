import type { RecordUsage } from './usage-event.ts';

/** For the CLI and anything else without a database. */
export const skipUsage: RecordUsage = () => Promise.resolve();
