import type { JobDefinition } from './platform/queue/job-definition.ts';

/** Every background job of every module. Each process registers them; worker processes also run them. */
export const allJobs: readonly JobDefinition[] = [];
