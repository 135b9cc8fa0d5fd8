import { adminClient, twoFactorClient } from 'better-auth/client/plugins';
import { createAuthClient } from 'better-auth/react';
import { ApiError } from '#web/app/api-client.ts';

/** better-auth's client for sign-up/in/out, verification, password reset and 2FA; Parley's own routes go through api-client. */
export const authClient = createAuthClient({
  baseURL: window.location.origin,
  basePath: '/api/auth',
  plugins: [twoFactorClient(), adminClient()],
});
export type AuthClient = typeof authClient;

type AuthResult<T> = { data: T; error: null } | { data: null; error: { message?: string | undefined; status: number; statusText: string; code?: string | undefined } };

/** Turns better-auth's `{ data, error }` into a value or a thrown ApiError with the server's message. */
export async function unwrapAuth<T>(pending: Promise<AuthResult<T>>): Promise<T> {
  let result: AuthResult<T>;
  try {
    result = await pending;
  } catch {
    throw new ApiError(0, 'network_error', 'Could not reach the Parley server. Check your connection and try again.');
  }
  if (result.error) {
    const { status, statusText, code, message } = result.error;
    throw new ApiError(status, (code ?? 'auth_error').toLowerCase(), message || `The server answered ${status} ${statusText}.`.trim());
  }
  return result.data;
}
