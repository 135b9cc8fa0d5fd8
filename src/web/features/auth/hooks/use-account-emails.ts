import { useMutation } from '@tanstack/react-query';
import { requestPasswordReset, resetPassword, sendVerificationEmail } from '#web/features/auth/api/auth-api.ts';
import { authClient } from '#web/features/auth/api/auth-client.ts';

/** The links the server mails: a new verification link, a password-reset link, and the reset itself. */

export function useResendVerification(email: string) {
  return useMutation({ mutationFn: () => sendVerificationEmail(authClient, email) });
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: (email: string) => requestPasswordReset(authClient, email) });
}

export function useResetPassword() {
  return useMutation({ mutationFn: (body: { newPassword: string; token: string }) => resetPassword(authClient, body) });
}
