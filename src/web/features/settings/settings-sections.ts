/**
 * The settings pages, in menu order. `access` says who sees a section: everyone (appearance works without an
 * account), signed-in users, or administrators of the installation.
 */
export type SettingsSection = {
  key: string;
  label: string;
  path: string;
  group: 'Personal' | 'Account' | 'Administration';
  access: 'public' | 'user' | 'admin';
};

export const settingsSections: readonly SettingsSection[] = [
  { key: 'appearance', label: 'Appearance', path: '/settings/appearance', group: 'Personal', access: 'public' },
  { key: 'profile', label: 'Profile', path: '/settings/profile', group: 'Account', access: 'user' },
  { key: 'cv', label: 'CV and profile', path: '/settings/cv', group: 'Account', access: 'user' },
  { key: 'preferences', label: 'Preferences', path: '/settings/preferences', group: 'Account', access: 'user' },
  { key: 'security', label: 'Security', path: '/settings/security', group: 'Account', access: 'user' },
  { key: 'keys', label: 'API keys', path: '/settings/keys', group: 'Account', access: 'user' },
  { key: 'workspaces', label: 'Workspaces', path: '/settings/workspaces', group: 'Account', access: 'user' },
  { key: 'ai-usage', label: 'AI usage', path: '/settings/ai-usage', group: 'Account', access: 'user' },
  { key: 'insights', label: 'Insights', path: '/settings/insights', group: 'Account', access: 'user' },
  { key: 'admin-overview', label: 'Overview', path: '/settings/admin/overview', group: 'Administration', access: 'admin' },
  { key: 'admin-users', label: 'Users', path: '/settings/admin/users', group: 'Administration', access: 'admin' },
  { key: 'admin-settings', label: 'Settings', path: '/settings/admin/settings', group: 'Administration', access: 'admin' },
  { key: 'admin-audit', label: 'Audit log', path: '/settings/admin/audit', group: 'Administration', access: 'admin' },
  { key: 'admin-outbox', label: 'Outbox', path: '/settings/admin/outbox', group: 'Administration', access: 'admin' },
  { key: 'admin-usage', label: 'AI usage', path: '/settings/admin/usage', group: 'Administration', access: 'admin' },
  { key: 'admin-analytics', label: 'Analytics', path: '/settings/admin/analytics', group: 'Administration', access: 'admin' },
];

export function findVisibleSections(viewer: { role: string } | null | undefined): SettingsSection[] {
  return settingsSections.filter(
    (section) => section.access === 'public' || (viewer && (section.access === 'user' || viewer.role === 'admin')),
  );
}
