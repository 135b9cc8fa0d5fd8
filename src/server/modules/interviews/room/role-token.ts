import { createHash, randomBytes } from 'node:crypto';

/** A role link's secret: 256 random bits. Only its SHA-256 is stored, so a database leak opens no room. */
export function newRoleToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashRoleToken(token) };
}

export function hashRoleToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The link a participant opens: the server swaps the token for a cookie and redirects to a clean URL. */
export function roleLinkUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/api/room?token=${encodeURIComponent(token)}`;
}

/** Links expire a day after the interview's planned end. */
export function roleLinkExpiry(startsAt: Date, durationMinutes: number): Date {
  return new Date(startsAt.getTime() + durationMinutes * 60_000 + 24 * 3_600_000);
}
