import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '#server/db/client.ts';
import type { WorkspaceRole } from '#server/db/schema/index.ts';
import { AppError } from '#server/platform/errors.ts';
import { renderWorkspaceInvitationMail, type Mailer } from '#server/platform/mail/index.ts';
import {
  acceptInvitation,
  findInvitations,
  findOpenInvitationByTokenHash,
  findWorkspace,
  insertInvitation,
  revokeInvitation,
  type InvitationRow,
} from './workspaces.repo.ts';

const invitationLifetimeMs = 7 * 24 * 60 * 60 * 1000;

export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function toItem(row: InvitationRow) {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    expiresAt: row.expiresAt.toISOString(),
    acceptedAt: row.acceptedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

export type InvitationsDeps = { db: Db; mailer: Mailer; publicUrl: string; now: () => number };

/** Invitations carry a random token by mail; only its SHA-256 is stored, so a database leak cannot accept them. */
export function createInvitationsService(deps: InvitationsDeps) {
  const { db } = deps;
  return {
    async inviteMember(input: { workspaceId: string; inviter: { id: string; name: string }; inviterRole: WorkspaceRole; email: string; role: WorkspaceRole }) {
      if (input.role === 'owner' && input.inviterRole !== 'owner') throw new AppError('forbidden', 'Only an owner may invite another owner.');
      const workspace = await findWorkspace(db, input.workspaceId);
      if (!workspace) throw new AppError('not_found', 'Workspace not found.');
      const token = randomBytes(32).toString('base64url');
      const email = input.email.trim().toLowerCase();
      const invitation = await insertInvitation(db, {
        workspaceId: input.workspaceId,
        email,
        role: input.role,
        tokenHash: hashInvitationToken(token),
        invitedBy: input.inviter.id,
        expiresAt: new Date(deps.now() + invitationLifetimeMs),
      });
      const url = `${deps.publicUrl}/invitations/accept?token=${encodeURIComponent(token)}`;
      await deps.mailer.sendMail({
        to: email,
        kind: 'workspace_invitation',
        ...renderWorkspaceInvitationMail({ workspaceName: workspace.name, inviterName: input.inviter.name, role: input.role, url }),
      });
      return toItem(invitation);
    },

    async listInvitations(workspaceId: string) {
      return (await findInvitations(db, workspaceId)).map(toItem);
    },

    async revokeInvitation(workspaceId: string, invitationId: string): Promise<void> {
      if (!(await revokeInvitation(db, workspaceId, invitationId, new Date(deps.now())))) throw new AppError('not_found', 'Invitation not found.');
    },

    /** The signed-in user must have the invited address: the link alone is not enough if it was forwarded. */
    async acceptInvitation(user: { id: string; email: string }, token: string): Promise<{ workspaceId: string; role: WorkspaceRole }> {
      const invitation = await findOpenInvitationByTokenHash(db, hashInvitationToken(token), new Date(deps.now()));
      if (!invitation) throw new AppError('not_found', 'This invitation does not exist, was revoked, was already used or has expired.');
      if (invitation.email !== user.email.toLowerCase()) {
        throw new AppError('forbidden', 'This invitation was sent to another email address: sign in with that address to accept it.');
      }
      await acceptInvitation(db, invitation, user.id, new Date(deps.now()));
      return { workspaceId: invitation.workspaceId, role: invitation.role };
    },
  };
}
export type InvitationsService = ReturnType<typeof createInvitationsService>;
