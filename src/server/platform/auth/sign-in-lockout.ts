import type { Db } from '#server/db/client.ts';
import { deleteCounter, findCounter, incrementCounter, setCounter } from '#server/platform/security/index.ts';
import { countFailedSignIn, findLockOfEmail, lockUser, recordSignIn } from './auth.repo.ts';

export const maxFailedSignIns = 5;
export const lockDurationMs = 15 * 60 * 1000;

/**
 * Locks an email address for 15 minutes after 5 failed sign-ins in a row. Known accounts keep the counter in
 * users.failed_sign_in_count / locked_until; unknown addresses get the same treatment in `limit_counters` (shared by
 * every process, decision 037), so a 423 never tells an attacker whether an account exists. The lock is checked before
 * the password, so it does not reveal whether a guess was right either.
 */
export type SignInLockout = {
  /** When the address is locked, the time it unlocks. */
  findLock(email: string): Promise<Date | undefined>;
  /** Counts one failure; returns the unlock time when this failure locked the address. */
  recordFailure(email: string): Promise<Date | undefined>;
  recordSuccess(userId: string): Promise<void>;
};

/** The counters of an address with no account: its failures (forgotten 15 minutes after the first) and its lock. */
const failuresKey = (email: string) => `sign-in-failures:${email}`;
const lockKey = (email: string) => `sign-in-lock:${email}`;

export function createSignInLockout(deps: { db: Db; now: () => Date }): SignInLockout {
  return {
    async findLock(rawEmail) {
      const email = rawEmail.trim().toLowerCase();
      const now = deps.now();
      const row = await findLockOfEmail(deps.db, email);
      if (row) return row.lockedUntil && row.lockedUntil.getTime() > now.getTime() ? row.lockedUntil : undefined;
      return (await findCounter(deps.db, lockKey(email), now))?.expiresAt;
    },

    async recordFailure(rawEmail) {
      const email = rawEmail.trim().toLowerCase();
      const now = deps.now();
      const row = await countFailedSignIn(deps.db, email);
      if (row) {
        if (row.failures < maxFailedSignIns) return undefined;
        const lockedUntil = new Date(now.getTime() + lockDurationMs);
        await lockUser(deps.db, row.id, lockedUntil);
        return lockedUntil;
      }
      const failures = await incrementCounter(deps.db, failuresKey(email), lockDurationMs, now);
      if (failures.count < maxFailedSignIns) return undefined;
      const lockedUntil = new Date(now.getTime() + lockDurationMs);
      await setCounter(deps.db, lockKey(email), 1, lockedUntil);
      await deleteCounter(deps.db, failuresKey(email));
      return lockedUntil;
    },

    async recordSuccess(userId) {
      await recordSignIn(deps.db, userId, deps.now());
    },
  };
}
