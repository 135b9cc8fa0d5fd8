import { useMutation } from '@tanstack/react-query';
import { requestPasswordReset, resetPassword, sendVerificationEmail } from '#web/features/auth/api/auth-api.ts';
import { loadAuthClient } from '#web/features/auth/api/auth-client.ts';

/** The links the server mails: a new verification link, a password-reset link, and the reset itself. */

export function useResendVerification(email: string) {
  return useMutation({ mutationFn: async () => sendVerificationEmail(await loadAuthClient(), email) });
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: async (email: string) => requestPasswordReset(await loadAuthClient(), email) });
}

export function useResetPassword() {
  return useMutation({ mutationFn: async (body: { newPassword: string; token: string }) => resetPassword(await loadAuthClient(), body) });
}
