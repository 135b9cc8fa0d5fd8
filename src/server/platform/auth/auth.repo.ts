import { and, count, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { preparedPerDatabase } from '#server/db/prepared.ts';
import { sessions, systemSettings, users, workspaceInvitations } from '#server/db/schema/index.ts';
import { hashSessionToken } from './session-token-hash.ts';

export async function countUsers(db: Db): Promise<number> {
  const [row] = await db.select({ value: count() }).from(users);
  return row?.value ?? 0;
}

/**
 * Whether the account signing up now is the installation's first, which administers it. Counting users alone would let
 * two first sign-ups at once both become administrators; the claim is a row with a unique key, so only one of them gets
 * it. A claim older than a minute while there is still no account is stale (that sign-up failed) and can be taken again.
 */
export async function claimFirstAdministrator(db: Db, email: string): Promise<boolean> {
  if ((await countUsers(db)) > 0) return false;
  const claimed = await db
    .insert(systemSettings)
    .values({ key: 'installation.first-administrator', value: email, description: 'The first account, which became the administrator' })
    .onConflictDoUpdate({
      target: systemSettings.key,
      set: { value: email, updatedAt: sql`now()` },
      setWhere: sql`${systemSettings.updatedAt} < now() - interval '1 minute'`,
    })
    .returning({ id: systemSettings.id });
  return claimed.length === 1;
}

/** Records activity at most once a minute per session, so reads stay cheap. */
export async function touchSession(db: Db, sessionId: string, now: Date): Promise<void> {
  const stale = new Date(now.getTime() - 60_000);
  await db
    .update(sessions)
    .set({ lastSeenAt: now })
    .where(and(eq(sessions.id, sessionId), or(isNull(sessions.lastSeenAt), lt(sessions.lastSeenAt, stale))));
}

/** When the account with this address is locked until; undefined when there is no such account. */
export async function findLockOfEmail(db: Db, email: string): Promise<{ lockedUntil: Date | null } | undefined> {
  const [row] = await db.select({ lockedUntil: users.lockedUntil }).from(users).where(eq(users.email, email));
  return row;
}

/** Counts one failed sign-in of the account with this address; undefined when there is no such account. */
export async function countFailedSignIn(db: Db, email: string): Promise<{ id: string; failures: number } | undefined> {
  const [row] = await db
    .update(users)
    .set({ failedSignInCount: sql`${users.failedSignInCount} + 1` })
    .where(eq(users.email, email))
    .returning({ id: users.id, failures: users.failedSignInCount });
  return row;
}

/** Locks the account until then, starting its count of failures again. */
export async function lockUser(db: Db, userId: string, lockedUntil: Date): Promise<void> {
  await db.update(users).set({ failedSignInCount: 0, lockedUntil }).where(eq(users.id, userId));
}

/** A successful sign-in clears the failures and the lock, and is counted. */
export async function recordSignIn(db: Db, userId: string, at: Date): Promise<void> {
  await db
    .update(users)
    .set({ failedSignInCount: 0, lockedUntil: null, lastSignInAt: at, signInCount: sql`${users.signInCount} + 1` })
    .where(eq(users.id, userId));
}

/** Whether someone invited this address to a workspace, with the invitation still open (not accepted, revoked or expired). */
export async function hasOpenInvitationFor(db: Db, email: string, now: Date): Promise<boolean> {
  const [row] = await db
    .select({ id: workspaceInvitations.id })
    .from(workspaceInvitations)
    .where(
      and(
        sql`lower(${workspaceInvitations.email}) = lower(${email})`,
        isNull(workspaceInvitations.acceptedAt),
        isNull(workspaceInvitations.revokedAt),
        gt(workspaceInvitations.expiresAt, now),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** The id of the account with this (lower-case) address, if there is one. */
export async function findUserIdByEmail(db: Db, email: string): Promise<string | undefined> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return row?.id;
}

const sessionByToken = preparedPerDatabase((db) =>
  db
    .select({
      session: {
        id: sessions.id,
        expiresAt: sessions.expiresAt,
        token: sessions.token,
        createdAt: sessions.createdAt,
        updatedAt: sessions.updatedAt,
        ipAddress: sessions.ipAddress,
        userAgent: sessions.userAgent,
        userId: sessions.userId,
        impersonatedBy: sessions.impersonatedBy,
        lastSeenAt: sessions.lastSeenAt,
      },
      user: {
        id: users.id,
        name: users.name,
        email: users.email,
        emailVerified: users.emailVerified,
        image: users.image,
        createdAt: users.createdAt,
        updatedAt: users.updatedAt,
        twoFactorEnabled: users.twoFactorEnabled,
        role: users.role,
        banned: users.banned,
        banReason: users.banReason,
        banExpires: users.banExpires,
      },
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.token, sql.placeholder('token')))
    .prepare('auth_session_by_token'),
);

/**
 * A session with its user, by the token its cookie carries, in one indexed read (prepared, decision 056): the fields
 * better-auth's `getSession` returns for the same session (the session guard's test compares the two), expired or not.
 */
export async function findSessionByToken(db: Db, token: string) {
  const [row] = await sessionByToken(db).execute({ token: hashSessionToken(token) });
  // The column holds the token's hash (decision 058): the caller gets the token itself back, as from better-auth.
  return row && { ...row, session: { ...row.session, token } };
}
