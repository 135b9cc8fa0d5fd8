import type { WorkspaceRole } from '#shared/vocabulary.ts';

export const roleLabels: Record<WorkspaceRole, string> = { owner: 'Owner', recruiter: 'Recruiter', interviewer: 'Interviewer' };
