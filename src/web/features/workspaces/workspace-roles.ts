import type { WorkspaceRoleName } from '#shared/contracts/workspaces.ts';

export const roleLabels: Record<WorkspaceRoleName, string> = { owner: 'Owner', recruiter: 'Recruiter', interviewer: 'Interviewer' };
