import type { AuditAction } from '#shared/vocabulary.ts';

/** What each audit action means, in words, for the audit log and the user's own security events. */
export const actionLabels: Record<AuditAction, string> = {
  'auth.signed_in': 'Signed in',
  'auth.sign_in_failed': 'Failed sign-in',
  'auth.two_factor_enabled': 'Two-factor authentication turned on',
  'auth.two_factor_disabled': 'Two-factor authentication turned off',
  'account.password_changed': 'Password changed',
  'account.password_reset': 'Password reset by email link',
  'account.deleted': 'Account deleted',
  'session.revoked': 'A session signed out',
  'session.others_revoked': 'All other sessions signed out',
  'key.stored': 'API key stored',
  'key.deleted': 'API key deleted',
  'key.tested': 'API key tested',
  'workspace.member_joined': 'Joined a workspace',
  'workspace.member_role_changed': 'Workspace role changed',
  'workspace.member_removed': 'Removed from a workspace',
  'workspace.member_left': 'Left a workspace',
  'setting.changed': 'Installation setting changed',
  'admin.user_locked': 'Account locked by an administrator',
  'admin.user_unlocked': 'Account unlocked by an administrator',
  'admin.role_changed': 'Installation role changed by an administrator',
  'admin.user_deleted': 'Account deleted by an administrator',
  'admin.job_retried': 'Failed background job run again',
  'admin.job_discarded': 'Failed background job discarded',
  'admin.retention_run': 'Data retention run',
};

export function labelOfAction(action: string): string {
  return (actionLabels as Record<string, string | undefined>)[action] ?? action;
}
