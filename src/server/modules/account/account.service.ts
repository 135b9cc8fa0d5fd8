import { recordAudit, type RequestOrigin } from '#server/modules/audit/index.ts';
import type { Caller } from '#server/platform/access/index.ts';
import { AppError } from '#server/platform/errors.ts';
import { dateFormats, type AccountExport, type DeletedAccount, type Preferences, type Profile, type UpdateProfileBody } from '#shared/contracts/account.ts';
import type { AccountDeps } from './account-deps.ts';
import {
  deleteUserWithWorkspaces,
  findPasswordHash,
  findPreferences,
  findUserById,
  updateUserProfile,
  upsertPreferences,
  type UserRow,
} from './account.repo.ts';
import { findUserData } from './user-data.repo.ts';

/** A session younger than this may delete a password-less (OAuth) account without re-authenticating. */
const freshSessionMs = 10 * 60 * 1000;

function toProfile(user: UserRow): Profile {
  return {
    id: user.id,
    email: user.email,
    emailVerified: user.emailVerified,
    name: user.name,
    image: user.image,
    phone: user.phone,
    bio: user.bio,
    jobTitle: user.jobTitle,
    department: user.department,
    timezone: user.timezone,
    dateFormat: user.dateFormat,
    role: user.role ?? 'user',
    twoFactorEnabled: user.twoFactorEnabled ?? false,
    createdAt: user.createdAt.toISOString(),
  };
}

async function getUser(deps: Pick<AccountDeps, 'db'>, caller: Caller): Promise<UserRow> {
  const user = await findUserById(deps.db, caller.userId);
  if (!user) throw new AppError('unauthenticated', 'Your account no longer exists.');
  return user;
}

export async function getProfile(deps: AccountDeps, caller: Caller): Promise<Profile> {
  return toProfile(await getUser(deps, caller));
}

export async function updateProfile(deps: AccountDeps, caller: Caller, changes: UpdateProfileBody): Promise<Profile> {
  const updated = await updateUserProfile(deps.db, caller.userId, changes);
  if (!updated) throw new AppError('unauthenticated', 'Your account no longer exists.');
  return toProfile(updated);
}

export async function getPreferences(deps: AccountDeps, caller: Caller): Promise<Preferences> {
  const [user, prefs] = await Promise.all([getUser(deps, caller), findPreferences(deps.db, caller.userId)]);
  return {
    theme: prefs?.theme ?? 'auto',
    language: prefs?.language ?? 'en',
    notificationsEmail: prefs?.notificationsEmail ?? true,
    notificationsBrowser: prefs?.notificationsBrowser ?? true,
    emailMutedTypes: prefs?.emailMutedTypes ?? [],
    timezone: user.timezone,
    dateFormat: dateFormats.find((format) => format === user.dateFormat) ?? null,
  };
}

export async function putPreferences(deps: AccountDeps, caller: Caller, input: Preferences): Promise<Preferences> {
  const { timezone, dateFormat, ...prefs } = input;
  await upsertPreferences(deps.db, caller.userId, { ...prefs, emailMutedTypes: [...new Set(prefs.emailMutedTypes)] });
  await updateUserProfile(deps.db, caller.userId, { timezone, dateFormat });
  return input;
}

/** Everything the caller owns, from every table, without secrets. */
export async function exportAccountData(deps: AccountDeps, caller: Caller): Promise<AccountExport> {
  const data = await findUserData(deps.db, caller.userId);
  return { exportedAt: deps.now().toISOString(), ...data };
}

/**
 * Deletes the caller's account after the password, or (accounts without one) within 10 minutes of signing in, so a
 * forgotten open session alone cannot do it.
 */
export async function deleteAccount(deps: AccountDeps, caller: Caller, session: { createdAt: Date }, password: string | undefined, origin: RequestOrigin): Promise<DeletedAccount> {
  const hash = await findPasswordHash(deps.db, caller.userId);
  if (hash) {
    if (!password) throw new AppError('bad_request', 'Enter your password to delete your account.');
    const context = await deps.auth.$context;
    if (!(await context.password.verify({ hash, password }))) throw new AppError('bad_request', 'The password is not correct.');
  } else if (deps.now().getTime() - new Date(session.createdAt).getTime() > freshSessionMs) {
    throw new AppError('forbidden', 'Sign in again (within the last 10 minutes) to delete your account.');
  }
  const result = await removeAccount(deps, caller.userId);
  // The actor is gone with the account (actor_id is kept as null); the target still names it.
  await recordAudit(deps.db, { actorId: null, action: 'account.deleted', origin, target: `user:${caller.userId}`, details: { deletedWorkspaces: result.deleted.length }, at: deps.now() });
  return { deleted: true, deletedWorkspaces: result.deleted, transferredWorkspaces: result.transferred };
}

/**
 * The deletion itself, without the password step: for the account's owner above, and for administrators (who have
 * authorized the caller before). Workspaces the user created go too, unless another owner takes them over.
 */
export async function removeAccount(deps: Pick<AccountDeps, 'db'>, userId: string): Promise<{ deleted: string[]; transferred: string[] }> {
  return deleteUserWithWorkspaces(deps.db, userId);
}
