/** The server's health is kept across sign-in and sign-out (useRefreshSession spares it). */
export const healthKeys = {
  health: ['health'] as const,
};
