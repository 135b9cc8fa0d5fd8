import { useMutation } from '@tanstack/react-query';
import { signInWithEmail, signInWithProvider, signUpWithEmail, verifySecondFactor, type SocialProvider } from '#web/features/auth/api/auth-api.ts';
import { loadAuthClient } from '#web/features/auth/api/auth-client.ts';
import { useRefreshSession } from './use-current-user.ts';

export function useSignIn() {
  return useMutation({ mutationFn: async (body: { email: string; password: string; rememberMe: boolean }) => signInWithEmail(await loadAuthClient(), body) });
}

/** Leaves for the provider's sign-in page, to come back to `callbackURL`. */
export function useSocialSignIn(callbackURL: string) {
  return useMutation({ mutationFn: async (provider: SocialProvider) => signInWithProvider(await loadAuthClient(), provider, callbackURL) });
}

export function useVerifySecondFactor() {
  return useMutation({ mutationFn: async (input: { code: string; backup: boolean }) => verifySecondFactor(await loadAuthClient(), input) });
}

/** A new account is signed in at once (its address still to be verified). */
export function useSignUp() {
  const refresh = useRefreshSession();
  return useMutation({
    mutationFn: async (body: { name: string; email: string; password: string }) => signUpWithEmail(await loadAuthClient(), body),
    onSuccess: () => refresh(),
  });
}
