/** The auth queries: who is signed in (['me'], which the account pages extend) and how one signs in. */
export const authKeys = {
  me: ['me'] as const,
  config: ['auth-config'] as const,
};
