import { recordAudit, type RequestOrigin } from '#server/modules/audit/index.ts';
import { authorize, findWorkspaceRole, type Caller } from '#server/platform/access/index.ts';
import { AppError } from '#server/platform/errors.ts';
import { toPage, type PageQuery } from '#shared/contracts/common.ts';
import type { CreateWorkspaceBody, MemberPage, UpdateWorkspaceBody, Workspace, WorkspacePage } from '#shared/contracts/workspaces.ts';
import type { AuditAction, WorkspaceRole } from '#shared/vocabulary.ts';
import type { WorkspacesDeps } from './workspaces-deps.ts';
import {
  countOwners,
  deleteMember,
  deleteWorkspace as deleteWorkspaceRow,
  findMemberPage,
  findWorkspace,
  findWorkspacePageOfUser,
  insertWorkspace,
  reassignOwnerOfRecord,
  setMemberRole,
  updateWorkspace as updateWorkspaceRow,
  type MemberRef,
  type WorkspaceRow,
} from './workspaces.repo.ts';

/**
 * Workspaces and their members. Any member reads (read), owners change the workspace and its members (manage);
 * `authorize` answers 404 to non-members and 403 to members without the role.
 */

function toWorkspace(workspace: WorkspaceRow, role: WorkspaceRole): Workspace {
  return {
    id: workspace.id,
    name: workspace.name,
    ownerId: workspace.ownerId,
    blindScreening: workspace.blindScreening,
    role,
    createdAt: workspace.createdAt.toISOString(),
  };
}

/** A workspace needs at least one owner: refuses to demote or remove its last one. */
async function assertOwnerRemains(deps: WorkspacesDeps, member: MemberRef, nextRole: WorkspaceRole | undefined): Promise<void> {
  const current = (await findWorkspaceRole(deps.db, member))?.role;
  if (!current) throw new AppError('not_found', 'Member not found.');
  if (current === 'owner' && nextRole !== 'owner' && (await countOwners(deps.db, member.workspaceId)) <= 1) {
    throw new AppError('conflict', 'A workspace needs at least one owner: make someone else owner first (or delete the workspace).');
  }
}

async function dropMember(deps: WorkspacesDeps, member: MemberRef): Promise<void> {
  await assertOwnerRemains(deps, member, undefined);
  await deleteMember(deps.db, member);
  await reassignOwnerOfRecord(deps.db, member.workspaceId);
}

/** Anyone signed in may create a workspace, and becomes its owner. */
export async function createWorkspace(deps: WorkspacesDeps, caller: Caller, body: CreateWorkspaceBody): Promise<Workspace> {
  return toWorkspace(await insertWorkspace(deps.db, { ownerId: caller.userId, name: body.name }), 'owner');
}

/** The workspaces the caller belongs to, by name, each with the caller's role. */
export async function listWorkspaces(deps: WorkspacesDeps, caller: Caller, query: PageQuery): Promise<WorkspacePage> {
  const { rows, total } = await findWorkspacePageOfUser(deps.db, { userId: caller.userId, limit: query.limit, offset: query.offset });
  return toPage(
    rows.map((row) => toWorkspace(row.workspace, row.role)),
    total,
    query,
  );
}

export async function getWorkspace(deps: WorkspacesDeps, caller: Caller, workspaceId: string): Promise<Workspace> {
  const { role } = await authorize(deps.db, caller, { kind: 'workspace', id: workspaceId }, 'read');
  const workspace = await findWorkspace(deps.db, workspaceId);
  if (!workspace) throw new AppError('not_found', 'Workspace not found.');
  return toWorkspace(workspace, role);
}

export async function updateWorkspace(deps: WorkspacesDeps, caller: Caller, workspaceId: string, changes: UpdateWorkspaceBody): Promise<Workspace> {
  const { role } = await authorize(deps.db, caller, { kind: 'workspace', id: workspaceId }, 'manage');
  const workspace = await updateWorkspaceRow(deps.db, workspaceId, changes);
  if (!workspace) throw new AppError('not_found', 'Workspace not found.');
  return toWorkspace(workspace, role);
}

/** Deletes the workspace with everything in it (jobs, candidates, keys, invitations). */
export async function deleteWorkspace(deps: WorkspacesDeps, caller: Caller, workspaceId: string): Promise<void> {
  await authorize(deps.db, caller, { kind: 'workspace', id: workspaceId }, 'manage');
  await deleteWorkspaceRow(deps.db, workspaceId);
}

/** The members by name, with their roles. */
export async function listMembers(deps: WorkspacesDeps, caller: Caller, workspaceId: string, query: PageQuery): Promise<MemberPage> {
  await authorize(deps.db, caller, { kind: 'workspace', id: workspaceId }, 'read');
  const { rows, total } = await findMemberPage(deps.db, { workspaceId, limit: query.limit, offset: query.offset });
  return toPage(
    rows.map((row) => ({ ...row, joinedAt: row.joinedAt.toISOString() })),
    total,
    query,
  );
}

/** A membership change in the audit log: the member as target, the workspace in the details (decision 016). */
async function auditMember(deps: WorkspacesDeps, caller: Caller, member: MemberRef, event: { action: AuditAction; origin: RequestOrigin; details?: Record<string, unknown> }) {
  await recordAudit(deps.db, { actorId: caller.userId, action: event.action, origin: event.origin, target: `user:${member.userId}`, details: { workspaceId: member.workspaceId, ...event.details }, at: deps.now() });
}

export async function changeMemberRole(deps: WorkspacesDeps, caller: Caller, member: MemberRef, role: WorkspaceRole, origin: RequestOrigin): Promise<void> {
  await authorize(deps.db, caller, { kind: 'workspace', id: member.workspaceId }, 'manage');
  await assertOwnerRemains(deps, member, role);
  await setMemberRole(deps.db, member, role);
  await reassignOwnerOfRecord(deps.db, member.workspaceId);
  await auditMember(deps, caller, member, { action: 'workspace.member_role_changed', origin, details: { role } });
}

export async function removeMember(deps: WorkspacesDeps, caller: Caller, member: MemberRef, origin: RequestOrigin): Promise<void> {
  await authorize(deps.db, caller, { kind: 'workspace', id: member.workspaceId }, 'manage');
  if (member.userId === caller.userId) throw new AppError('bad_request', 'To remove yourself, leave the workspace.');
  await dropMember(deps, member);
  await auditMember(deps, caller, member, { action: 'workspace.member_removed', origin });
}

/** Any member may leave, but the last owner (who would leave the workspace without one). */
export async function leaveWorkspace(deps: WorkspacesDeps, caller: Caller, workspaceId: string, origin: RequestOrigin): Promise<void> {
  await authorize(deps.db, caller, { kind: 'workspace', id: workspaceId }, 'read');
  await dropMember(deps, { workspaceId, userId: caller.userId });
  await auditMember(deps, caller, { workspaceId, userId: caller.userId }, { action: 'workspace.member_left', origin });
}
