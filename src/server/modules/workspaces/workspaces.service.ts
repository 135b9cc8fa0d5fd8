import type { WorkspaceResponse } from '#shared/contracts/workspaces.ts';
import type { Db } from '#server/db/client.ts';
import type { WorkspaceRole } from '#server/db/schema/index.ts';
import { AppError } from '#server/platform/errors.ts';
import {
  countOwners,
  deleteMember,
  deleteWorkspace,
  findMemberRole,
  findMembers,
  findWorkspace,
  findWorkspacesOfUser,
  insertWorkspace,
  reassignOwnerOfRecord,
  setMemberRole,
  updateWorkspace,
  type WorkspaceRow,
} from './workspaces.repo.ts';

function toResponse(workspace: WorkspaceRow, role: WorkspaceRole): WorkspaceResponse {
  return {
    id: workspace.id,
    name: workspace.name,
    ownerId: workspace.ownerId,
    blindScreening: workspace.blindScreening,
    role,
    createdAt: workspace.createdAt.toISOString(),
  };
}

/** Workspace rules. Callers have already passed requireWorkspaceRole, so `role` is the caller's checked role. */
export function createWorkspacesService(deps: { db: Db }) {
  const { db } = deps;

  async function assertOwnerRemains(workspaceId: string, userId: string, nextRole: WorkspaceRole | undefined): Promise<void> {
    const current = await findMemberRole(db, workspaceId, userId);
    if (!current) throw new AppError('not_found', 'Member not found.');
    if (current === 'owner' && nextRole !== 'owner' && (await countOwners(db, workspaceId)) <= 1) {
      throw new AppError('conflict', 'A workspace needs at least one owner: make someone else owner first (or delete the workspace).');
    }
  }

  return {
    async createWorkspace(userId: string, name: string): Promise<WorkspaceResponse> {
      return toResponse(await insertWorkspace(db, userId, name), 'owner');
    },

    async listWorkspaces(userId: string): Promise<WorkspaceResponse[]> {
      const rows = await findWorkspacesOfUser(db, userId);
      return rows.map((row) => toResponse(row.workspace, row.role));
    },

    async getWorkspace(workspaceId: string, role: WorkspaceRole): Promise<WorkspaceResponse> {
      const workspace = await findWorkspace(db, workspaceId);
      if (!workspace) throw new AppError('not_found', 'Workspace not found.');
      return toResponse(workspace, role);
    },

    async updateWorkspace(workspaceId: string, role: WorkspaceRole, changes: { name?: string; blindScreening?: boolean }): Promise<WorkspaceResponse> {
      const workspace = await updateWorkspace(db, workspaceId, changes);
      if (!workspace) throw new AppError('not_found', 'Workspace not found.');
      return toResponse(workspace, role);
    },

    async deleteWorkspace(workspaceId: string): Promise<void> {
      await deleteWorkspace(db, workspaceId);
    },

    async listMembers(workspaceId: string) {
      const rows = await findMembers(db, workspaceId);
      return rows.map((row) => ({ ...row, joinedAt: row.joinedAt.toISOString() }));
    },

    async changeMemberRole(workspaceId: string, userId: string, role: WorkspaceRole): Promise<void> {
      await assertOwnerRemains(workspaceId, userId, role);
      await setMemberRole(db, workspaceId, userId, role);
      await reassignOwnerOfRecord(db, workspaceId);
    },

    async removeMember(workspaceId: string, userId: string): Promise<void> {
      await assertOwnerRemains(workspaceId, userId, undefined);
      await deleteMember(db, workspaceId, userId);
      await reassignOwnerOfRecord(db, workspaceId);
    },
  };
}
export type WorkspacesService = ReturnType<typeof createWorkspacesService>;
