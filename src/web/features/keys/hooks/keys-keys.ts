import type { KeyOwner } from '#web/features/keys/api/keys-api.ts';

/** A user's keys live under ['me', 'keys'] (refreshed with the account), a workspace's under ['workspaces', id, 'keys']. */
export const keysKeys = {
  of: (owner: KeyOwner) => (owner.kind === 'me' ? (['me', 'keys'] as const) : (['workspaces', owner.workspaceId, 'keys'] as const)),
};
