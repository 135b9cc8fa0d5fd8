import type { Db } from '#server/db/client.ts';
import { countFailedSignIn, findLockOfEmail, lockUser, recordSignIn } from './auth.repo.ts';

export const maxFailedSignIns = 5;
export const lockDurationMs = 15 * 60 * 1000;

/**
 * Locks an email address for 15 minutes after 5 failed sign-ins in a row. Known accounts keep the counter in
 * users.failed_sign_in_count / locked_until; unknown addresses get the same treatment in memory, so a 423 never
 * tells an attacker whether an account exists. The lock is checked before the password, so it does not reveal
 * whether a guess was right either.
 */
export type SignInLockout = {
  /** When the address is locked, the time it unlocks. */
  findLock(email: string): Promise<Date | undefined>;
  /** Counts one failure; returns the unlock time when this failure locked the address. */
  recordFailure(email: string): Promise<Date | undefined>;
  recordSuccess(userId: string): Promise<void>;
};

type UnknownEntry = { failures: number; lockedUntil: number | undefined; touchedAt: number };
const maxUnknownEntries = 10_000;

export function createSignInLockout(deps: { db: Db; now: () => Date }): SignInLockout {
  const unknown = new Map<string, UnknownEntry>();

  const forget = () => {
    if (unknown.size < maxUnknownEntries) return;
    const oldest = [...unknown.entries()].sort((a, b) => a[1].touchedAt - b[1].touchedAt).slice(0, maxUnknownEntries / 10);
    for (const [key] of oldest) unknown.delete(key);
  };

  return {
    async findLock(rawEmail) {
      const email = rawEmail.trim().toLowerCase();
      const now = deps.now().getTime();
      const row = await findLockOfEmail(deps.db, email);
      if (row) return row.lockedUntil && row.lockedUntil.getTime() > now ? row.lockedUntil : undefined;
      const entry = unknown.get(email);
      return entry?.lockedUntil && entry.lockedUntil > now ? new Date(entry.lockedUntil) : undefined;
    },

    async recordFailure(rawEmail) {
      const email = rawEmail.trim().toLowerCase();
      const now = deps.now().getTime();
      const row = await countFailedSignIn(deps.db, email);
      if (row) {
        if (row.failures < maxFailedSignIns) return undefined;
        const lockedUntil = new Date(now + lockDurationMs);
        await lockUser(deps.db, row.id, lockedUntil);
        return lockedUntil;
      }
      forget();
      const entry = unknown.get(email) ?? { failures: 0, lockedUntil: undefined, touchedAt: now };
      entry.failures += 1;
      entry.touchedAt = now;
      if (entry.failures >= maxFailedSignIns) {
        entry.failures = 0;
        entry.lockedUntil = now + lockDurationMs;
      }
      unknown.set(email, entry);
      return entry.failures === 0 && entry.lockedUntil ? new Date(entry.lockedUntil) : undefined;
    },

    async recordSuccess(userId) {
      await recordSignIn(deps.db, userId, deps.now());
    },
  };
}
