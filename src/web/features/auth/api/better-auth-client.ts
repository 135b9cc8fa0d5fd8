import { adminClient, twoFactorClient } from 'better-auth/client/plugins';
import { createAuthClient } from 'better-auth/react';

/**
 * better-auth's client for sign-up/in/out, verification, password reset and 2FA; Parley's own routes go through
 * api-client. Reached only through loadAuthClient (auth-client.ts), so no first page downloads it.
 */
export const authClient = createAuthClient({
  baseURL: window.location.origin,
  basePath: '/api/auth',
  plugins: [twoFactorClient(), adminClient()],
});
