import {
  deleteAccountResponse,
  preferencesBody,
  profileResponse,
  type DeleteAccountResponse,
  type Preferences,
  type ProfileResponse,
  type UpdateProfileRequest,
} from '#shared/contracts/account.ts';
import type { ApiClient } from '#web/app/api-client.ts';

export function updateProfile(client: ApiClient, changes: UpdateProfileRequest): Promise<ProfileResponse> {
  return client.patch('/api/me', changes, { schema: profileResponse });
}

export function getPreferences(client: ApiClient): Promise<Preferences> {
  return client.get('/api/me/preferences', { schema: preferencesBody });
}

export function putPreferences(client: ApiClient, preferences: Preferences): Promise<Preferences> {
  return client.put('/api/me/preferences', preferences, { schema: preferencesBody });
}

export function exportMyData(client: ApiClient): Promise<unknown> {
  return client.get('/api/me/export');
}

export function deleteMyAccount(client: ApiClient, password: string | undefined): Promise<DeleteAccountResponse> {
  return client.delete('/api/me', { body: password ? { password } : {}, schema: deleteAccountResponse });
}
