export { createUsageRecorder } from './create-usage-recorder.ts';
