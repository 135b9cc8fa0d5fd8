/** The caller's workspaces with their roles and settings; hiring reads the same query. */
export const workspacesKey = ['workspaces'] as const;
