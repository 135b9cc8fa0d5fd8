import type { ReadMatchJob } from './read-match-job.ts';
import type { ParsedJob } from '#shared/ai/job.ts';

/** A parsed job as the matcher reads it; `text` (the posting) feeds the text-similarity component. */
export type MatchJob = ParsedJob & { text?: string };

/**
 * How one match is made: `now` is the date recency and a current job's end are measured to (the engine's clock);
 * `readJob` reads the job's side (the engine passes its memo, so a job matched against many CVs is read once).
 */
export type MatchSettings = { now: Date; blind?: boolean; readJob?: ReadMatchJob };
