import { z } from 'zod';

/** HTTP contracts of data retention (issue 17, point 6). */

export const retentionKinds = ['notifications', 'outbox_mail', 'closed_job_candidates', 'unused_files'] as const;

/** What a retention run removed, or in a dry run would remove, per kind, with the rule that applied. */
export const retentionReportSchema = z.object({
  dryRun: z.boolean(),
  at: z.iso.datetime(),
  kinds: z.array(z.object({ kind: z.enum(retentionKinds), rule: z.string(), count: z.number().int().min(0) })),
});
export type RetentionReport = z.infer<typeof retentionReportSchema>;
