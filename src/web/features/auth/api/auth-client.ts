import { ApiError } from '#web/app/api-client.ts';
import type { authClient } from './better-auth-client.ts';

export type AuthClient = typeof authClient;

/**
 * better-auth's client (~14 KB gzip), downloaded on its first use (signing in or out, a verification link, a second
 * factor) rather than with every first page; a download that fails is a network error like any other request's.
 */
export async function loadAuthClient(): Promise<AuthClient> {
  try {
    return (await import('./better-auth-client.ts')).authClient;
  } catch {
    throw new ApiError(0, 'network_error', 'Could not download part of Parley from the server. Check your connection and try again.');
  }
}

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
