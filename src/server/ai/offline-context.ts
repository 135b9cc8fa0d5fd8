import { createTextAnalyser } from '#server/ai/offline/evaluation/analyse-text.ts';
import { createMatchJobReader } from '#server/ai/offline/match/read-match-job.ts';
import { createResumeNlp } from '#server/ai/offline/resume/resume-nlp.ts';
import type { ParseLimits } from '#server/ai/offline/documents/index.ts';
import type { Logger } from '#server/platform/logger.ts';
import type { OfflineContext } from './task.ts';

/** The context of one engine's offline tasks: its clock, and the memos that engine keeps (none shared by the process). */
export function createOfflineContext(deps: { log: Logger; now: () => Date; documentLimits?: ParseLimits }): OfflineContext {
  return { log: deps.log, now: deps.now, analyseText: createTextAnalyser(), resumeNlp: createResumeNlp(), readMatchJob: createMatchJobReader(), documentLimits: deps.documentLimits ?? {} };
}
