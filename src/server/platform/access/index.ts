export { findWorkspaceRole, type WorkspaceMembership } from './access.repo.ts';
export { authorize, authorizeAdmin, authorizeSupportStaff, isSupportStaff, type Action, type Grant, type WorkspaceResource } from './authorize.ts';
export { callerOf, type Caller, type InstallationRole } from './caller.ts';
