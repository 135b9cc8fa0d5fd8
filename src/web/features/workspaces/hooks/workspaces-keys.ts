import type { PageNumber } from '#shared/contracts/common.ts';

/** Every workspaces query lives under ['workspaces', kind, ...]; hiring's workspace picker reads `mine`. */
export const workspacesKeys = {
  all: ['workspaces'] as const,
  lists: ['workspaces', 'list'] as const,
  list: (page: PageNumber) => ['workspaces', 'list', page] as const,
  mine: ['workspaces', 'list', 'mine'] as const,
  members: (workspaceId: string) => ['workspaces', 'members', workspaceId] as const,
  memberPage: (workspaceId: string, page: PageNumber) => ['workspaces', 'members', workspaceId, page] as const,
  invitations: (workspaceId: string) => ['workspaces', 'invitations', workspaceId] as const,
  invitationPage: (workspaceId: string, page: PageNumber) => ['workspaces', 'invitations', workspaceId, page] as const,
};
