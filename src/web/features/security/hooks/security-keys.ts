import type { PageNumber } from '#shared/contracts/common.ts';

/** The caller's sessions live under ['me', 'sessions'], so signing in or out refreshes them with the account. */
export const securityKeys = {
  sessions: ['me', 'sessions'] as const,
  sessionPage: (page: PageNumber) => ['me', 'sessions', page] as const,
  eventPage: (page: PageNumber) => ['me', 'security-events', page] as const,
  totpQrCode: (totpURI: string) => ['security', 'totp-qr', totpURI] as const,
};
