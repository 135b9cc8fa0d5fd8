import {
  accountExportSchema,
  deletedAccountSchema,
  preferencesSchema,
  profileSchema,
  type AccountExport,
  type DeletedAccount,
  type Preferences,
  type Profile,
  type UpdateProfileBody,
} from '#shared/contracts/account.ts';
import type { ApiClient } from '#web/app/api-client.ts';

export function updateProfile(client: ApiClient, changes: UpdateProfileBody): Promise<Profile> {
  return client.patch('/api/me', changes, { schema: profileSchema });
}

export function getPreferences(client: ApiClient): Promise<Preferences> {
  return client.get('/api/me/preferences', { schema: preferencesSchema });
}

export function putPreferences(client: ApiClient, preferences: Preferences): Promise<Preferences> {
  return client.put('/api/me/preferences', preferences, { schema: preferencesSchema });
}

export function exportMyData(client: ApiClient): Promise<AccountExport> {
  return client.get('/api/me/export', { schema: accountExportSchema });
}

export function deleteMyAccount(client: ApiClient, password: string | undefined): Promise<DeletedAccount> {
  return client.delete('/api/me', { body: password ? { password } : {}, schema: deletedAccountSchema });
}
