import { unwrapAuth, type AuthClient } from '#web/features/auth/api/auth-client.ts';

/** The password and the second factor, through better-auth's client. */

export async function changePassword(auth: AuthClient, body: { currentPassword: string; newPassword: string; revokeOtherSessions: boolean }): Promise<void> {
  await unwrapAuth(auth.changePassword(body));
}

/** Starts an authenticator-app setup: the otpauth:// URI to scan and the backup codes, shown once. */
export async function enableTwoFactor(auth: AuthClient, password: string): Promise<{ totpURI: string; backupCodes: string[] }> {
  const result = await unwrapAuth(auth.twoFactor.enable({ password }));
  if (result.method !== 'totp') throw new Error('The server did not start an authenticator-app setup.');
  return { totpURI: result.totpURI, backupCodes: result.backupCodes };
}

/** Two-factor authentication is switched on only when a first code from the app is accepted. */
export async function confirmTwoFactor(auth: AuthClient, code: string): Promise<void> {
  await unwrapAuth(auth.twoFactor.verifyTotp({ code: code.replace(/\s+/g, '') }));
}

/** Switching 2FA off takes the password and a valid code, so a stolen session alone cannot do it. */
export async function disableTwoFactor(auth: AuthClient, input: { password: string; code: string }): Promise<void> {
  // Parley's server also requires `code` here (better-auth's own schema only knows the password, so no literal).
  const body = { password: input.password, code: input.code.trim() };
  await unwrapAuth(auth.twoFactor.disable(body));
}
