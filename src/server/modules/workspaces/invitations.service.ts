import { recordAudit, type RequestOrigin } from '#server/modules/audit/index.ts';
import { createHash, randomBytes } from 'node:crypto';
import { authorize, type Caller } from '#server/platform/access/index.ts';
import { AppError } from '#server/platform/errors.ts';
import { renderWorkspaceInvitationMail } from '#server/platform/mail/index.ts';
import { toPage, type PageQuery } from '#shared/contracts/common.ts';
import type { AcceptedInvitation, Invitation, InvitationPage, InviteBody } from '#shared/contracts/workspaces.ts';
import { acceptInvitation as acceptInvitationRow, findInvitationPage, findOpenInvitationByTokenHash, insertInvitation, revokeInvitation as revokeInvitationRow, type InvitationRow } from './invitations.repo.ts';
import type { WorkspacesDeps } from './workspaces-deps.ts';
import { findUserContact, findWorkspace } from './workspaces.repo.ts';

/**
 * Invitations carry a random token by mail; only its SHA-256 is stored, so a database leak cannot accept them.
 * Owners and recruiters invite (write); only an owner may invite another owner.
 */

const invitationLifetimeMs = 7 * 24 * 60 * 60 * 1000;

function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function toInvitation(row: InvitationRow): Invitation {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    expiresAt: row.expiresAt.toISOString(),
    acceptedAt: row.acceptedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

async function contactOf(deps: WorkspacesDeps, caller: Caller): Promise<{ name: string; email: string }> {
  const contact = await findUserContact(deps.db, caller.userId);
  if (!contact) throw new AppError('unauthenticated', 'Your account no longer exists.');
  return contact;
}

export async function inviteMember(deps: WorkspacesDeps, caller: Caller, workspaceId: string, input: InviteBody): Promise<Invitation> {
  const grant = await authorize(deps.db, caller, { kind: 'workspace', id: workspaceId }, 'write');
  if (input.role === 'owner' && grant.role !== 'owner') throw new AppError('forbidden', 'Only an owner may invite another owner.');
  const workspace = await findWorkspace(deps.db, workspaceId);
  if (!workspace) throw new AppError('not_found', 'Workspace not found.');
  const inviter = await contactOf(deps, caller);
  const token = randomBytes(32).toString('base64url');
  const email = input.email.trim().toLowerCase();
  const invitation = await insertInvitation(deps.db, {
    workspaceId,
    email,
    role: input.role,
    tokenHash: hashInvitationToken(token),
    invitedBy: caller.userId,
    expiresAt: new Date(deps.now().getTime() + invitationLifetimeMs),
  });
  const url = `${deps.publicUrl}/invitations/accept?token=${encodeURIComponent(token)}`;
  await deps.mailer.sendMail({
    to: email,
    kind: 'workspace_invitation',
    ...renderWorkspaceInvitationMail({ workspaceName: workspace.name, inviterName: inviter.name, role: input.role, url }),
  });
  return toInvitation(invitation);
}

/** Pending and accepted invitations (never their tokens), newest first. */
export async function listInvitations(deps: WorkspacesDeps, caller: Caller, workspaceId: string, query: PageQuery): Promise<InvitationPage> {
  await authorize(deps.db, caller, { kind: 'workspace', id: workspaceId }, 'write');
  const { rows, total } = await findInvitationPage(deps.db, { workspaceId, limit: query.limit, offset: query.offset });
  return toPage(rows.map(toInvitation), total, query);
}

export async function revokeInvitation(deps: WorkspacesDeps, caller: Caller, invitation: { workspaceId: string; invitationId: string }): Promise<void> {
  await authorize(deps.db, caller, { kind: 'workspace', id: invitation.workspaceId }, 'write');
  if (!(await revokeInvitationRow(deps.db, invitation, deps.now()))) throw new AppError('not_found', 'Invitation not found.');
}

/** The signed-in user must have the invited address: the link alone is not enough if it was forwarded. */
export async function acceptInvitation(deps: WorkspacesDeps, caller: Caller, token: string, origin: RequestOrigin): Promise<AcceptedInvitation> {
  const invitation = await findOpenInvitationByTokenHash(deps.db, hashInvitationToken(token), deps.now());
  if (!invitation) throw new AppError('not_found', 'This invitation does not exist, was revoked, was already used or has expired.');
  const { email } = await contactOf(deps, caller);
  if (invitation.email !== email.toLowerCase()) {
    throw new AppError('forbidden', 'This invitation was sent to another email address: sign in with that address to accept it.');
  }
  await acceptInvitationRow(deps.db, invitation, caller.userId, deps.now());
  await recordAudit(deps.db, {
    actorId: caller.userId,
    action: 'workspace.member_joined',
    origin,
    target: `user:${caller.userId}`,
    details: { workspaceId: invitation.workspaceId, role: invitation.role, invitationId: invitation.id },
    at: deps.now(),
  });
  return { workspaceId: invitation.workspaceId, role: invitation.role };
}
