import { profileResponse, type ProfileResponse } from '#shared/contracts/account.ts';
import { ApiError, type ApiClient } from '#web/app/api-client.ts';

/**
 * The signed-in user's profile, or null when nobody is signed in. better-auth's get-session answers 200 with null
 * for visitors, so a signed-out page load makes no failing request (and no console noise).
 */
export async function getMe(client: ApiClient, signal?: AbortSignal): Promise<ProfileResponse | null> {
  const session = await client.get<unknown>('/api/auth/get-session', { signal });
  if (session === null || session === undefined) return null;
  try {
    return await client.get('/api/me', { schema: profileResponse, signal });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}
