import type { Db } from '#server/db/client.ts';
import { AppError } from '#server/platform/errors.ts';
import type { WorkspaceRole } from '#shared/vocabulary.ts';
import { findBatchMembership, findCandidateMembership, findInterviewMembership, findJobMembership, findWorkspaceRole, type WorkspaceMembership } from './access.repo.ts';
import type { Caller } from './caller.ts';

/**
 * The one answer to "may this caller do this to this resource" (decision 012). Every route that touches something
 * shared (a workspace and what lives in it, or the installation) goes through here; a user's own records are found by
 * `(id, userId)` in their repository instead, so another user's are simply not found.
 */

/** What can be shared: a workspace, or a record that belongs to one. Add a kind here (and its lookup) for new modules. */
export type WorkspaceResource =
  | { kind: 'workspace'; id: string }
  | { kind: 'job'; id: string }
  | { kind: 'batch'; id: string }
  | { kind: 'candidate'; id: string }
  | { kind: 'interview'; id: string };

/** read: see it; write: change the work in it; manage: change the workspace itself (members, keys, settings). */
export type Action = 'read' | 'write' | 'manage';

/** What passing the check tells the caller: the workspace the resource is in and the caller's role there. */
export type Grant = { workspaceId: string; role: WorkspaceRole };

const rolesFor: Record<Action, readonly WorkspaceRole[]> = {
  read: ['owner', 'recruiter', 'interviewer'],
  write: ['owner', 'recruiter'],
  manage: ['owner'],
};

const nouns: Record<WorkspaceResource['kind'], string> = { workspace: 'Workspace', job: 'Job', batch: 'Batch', candidate: 'Candidate', interview: 'Interview' };

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function findMembership(db: Db, userId: string, resource: WorkspaceResource): Promise<WorkspaceMembership | undefined> {
  switch (resource.kind) {
    case 'workspace':
      return findWorkspaceRole(db, { userId, workspaceId: resource.id });
    case 'job':
      return findJobMembership(db, { userId, jobId: resource.id });
    case 'batch':
      return findBatchMembership(db, { userId, batchId: resource.id });
    case 'candidate':
      return findCandidateMembership(db, { userId, candidateId: resource.id });
    case 'interview':
      return findInterviewMembership(db, { userId, interviewId: resource.id });
  }
}

/**
 * Non-members get 404, as if the resource did not exist (nothing of another workspace is revealed); members whose role
 * does not allow the action get 403 naming the roles that may.
 */
export async function authorize(db: Db, caller: Caller, resource: WorkspaceResource, action: Action): Promise<Grant> {
  // Ids reach here from validated paths, but job payloads and bodies too: a malformed one is simply not found.
  const membership = uuidPattern.test(resource.id) ? await findMembership(db, caller.userId, resource) : undefined;
  const role = membership?.role;
  if (!membership || !role) throw new AppError('not_found', `${nouns[resource.kind]} not found.`);
  const allowed = rolesFor[action];
  if (!allowed.includes(role)) {
    throw new AppError('forbidden', `Your role in this workspace (${role}) may not do this; it needs ${allowed.join(' or ')}.`);
  }
  return { workspaceId: membership.workspaceId, role };
}

/** Installation administration: only administrators. */
export function authorizeAdmin(caller: Caller): void {
  if (caller.role !== 'admin') throw new AppError('forbidden', 'Only an administrator may do this.');
}

/** Support staff: administrators and the installation's `support` role (the ticket queue). */
export function isSupportStaff(caller: Caller): boolean {
  return caller.role === 'admin' || caller.role === 'support';
}

export function authorizeSupportStaff(caller: Caller): void {
  if (!isSupportStaff(caller)) throw new AppError('forbidden', 'Only support staff (administrators or the support role) may do this.');
}
