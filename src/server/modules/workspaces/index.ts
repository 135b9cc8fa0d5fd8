export { invitationsRoutes } from './invitations.routes.ts';
export { createInvitationsService, hashInvitationToken, type InvitationsService } from './invitations.service.ts';
export { workspacesRoutes } from './workspaces.routes.ts';
export { createWorkspacesService, type WorkspacesService } from './workspaces.service.ts';
