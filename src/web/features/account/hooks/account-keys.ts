/** The account's queries extend the signed-in user's key (['me']), so signing in or out refreshes them too. */
export const accountKeys = {
  preferences: ['me', 'preferences'] as const,
};
