import { profileSchema, type Profile } from '#shared/contracts/account.ts';
import { authConfigSchema, type AuthConfig } from '#shared/contracts/auth-config.ts';
import { ApiError, type ApiClient } from '#web/app/api-client.ts';
import { unwrapAuth, type AuthClient } from './auth-client.ts';

/**
 * Who is signed in and how one signs in: Parley's own routes through the API client, better-auth's (sign-up, sign-in,
 * verification, password reset, second factor, sign-out) through its client, each failure an ApiError with the
 * server's message.
 */

/**
 * The signed-in user's profile, or null when nobody is signed in. better-auth's get-session answers 200 with null
 * for visitors, so a signed-out page load makes no failing request (and no console noise).
 */
export async function getMe(client: ApiClient, signal?: AbortSignal): Promise<Profile | null> {
  const session = await client.get<unknown>('/api/auth/get-session', { signal });
  if (session === null || session === undefined) return null;
  try {
    return await client.get('/api/me', { schema: profileSchema, signal });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function getAuthConfig(client: ApiClient): Promise<AuthConfig> {
  return client.get('/api/auth-config', { schema: authConfigSchema });
}

export type SocialProvider = AuthConfig['socialProviders'][number];

/** Signs in with email and password; `twoFactorRedirect` means a second factor is asked for before the session exists. */
export async function signInWithEmail(auth: AuthClient, body: { email: string; password: string; rememberMe: boolean }): Promise<{ twoFactorRedirect: boolean }> {
  const data = await unwrapAuth(auth.signIn.email(body));
  return { twoFactorRedirect: 'twoFactorRedirect' in data && data.twoFactorRedirect === true };
}

/** Starts a Google or Microsoft sign-in; the browser leaves for the provider and comes back to `callbackURL`. */
export async function signInWithProvider(auth: AuthClient, provider: SocialProvider, callbackURL: string): Promise<void> {
  await unwrapAuth(auth.signIn.social({ provider, callbackURL }));
}

export async function signUpWithEmail(auth: AuthClient, body: { name: string; email: string; password: string }): Promise<void> {
  await unwrapAuth(auth.signUp.email({ ...body, callbackURL: '/verify-email' }));
}

export async function sendVerificationEmail(auth: AuthClient, email: string): Promise<void> {
  await unwrapAuth(auth.sendVerificationEmail({ email, callbackURL: '/verify-email' }));
}

export async function requestPasswordReset(auth: AuthClient, email: string): Promise<void> {
  await unwrapAuth(auth.requestPasswordReset({ email, redirectTo: '/reset-password' }));
}

export async function resetPassword(auth: AuthClient, body: { newPassword: string; token: string }): Promise<void> {
  await unwrapAuth(auth.resetPassword(body));
}

/** The second step of signing in: a code from the authenticator app, or one of the backup codes. */
export async function verifySecondFactor(auth: AuthClient, input: { code: string; backup: boolean }): Promise<void> {
  if (input.backup) await unwrapAuth(auth.twoFactor.verifyBackupCode({ code: input.code.trim() }));
  else await unwrapAuth(auth.twoFactor.verifyTotp({ code: input.code.replace(/\s+/g, '') }));
}

export async function signOut(auth: AuthClient): Promise<void> {
  await unwrapAuth(auth.signOut());
}
