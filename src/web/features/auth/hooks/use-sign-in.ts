import { useMutation } from '@tanstack/react-query';
import { signInWithEmail, signInWithProvider, signUpWithEmail, verifySecondFactor, type SocialProvider } from '#web/features/auth/api/auth-api.ts';
import { authClient } from '#web/features/auth/api/auth-client.ts';
import { useRefreshSession } from './use-current-user.ts';

export function useSignIn() {
  return useMutation({ mutationFn: (body: { email: string; password: string; rememberMe: boolean }) => signInWithEmail(authClient, body) });
}

/** Leaves for the provider's sign-in page, to come back to `callbackURL`. */
export function useSocialSignIn(callbackURL: string) {
  return useMutation({ mutationFn: (provider: SocialProvider) => signInWithProvider(authClient, provider, callbackURL) });
}

export function useVerifySecondFactor() {
  return useMutation({ mutationFn: (input: { code: string; backup: boolean }) => verifySecondFactor(authClient, input) });
}

/** A new account is signed in at once (its address still to be verified). */
export function useSignUp() {
  const refresh = useRefreshSession();
  return useMutation({
    mutationFn: (body: { name: string; email: string; password: string }) => signUpWithEmail(authClient, body),
    onSuccess: () => refresh(),
  });
}
