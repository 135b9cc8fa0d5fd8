import { dateFormats, type DeleteAccountResponse, type Preferences, type ProfileResponse, type UpdateProfileRequest } from '#shared/contracts/account.ts';
import type { Db } from '#server/db/client.ts';
import type { Auth, AuthSession } from '#server/platform/auth/index.ts';
import { AppError } from '#server/platform/errors.ts';
import {
  deleteUserWithWorkspaces,
  findPasswordHash,
  findPreferences,
  findUserById,
  updateUserProfile,
  upsertPreferences,
  type UserRow,
} from './account.repo.ts';
import { exportUserData } from './export-user-data.ts';

export type AccountServiceDeps = { db: Db; auth: Auth; now: () => number };

/** A session younger than this may delete a password-less (OAuth) account without re-authenticating. */
const freshSessionMs = 10 * 60 * 1000;

function toProfile(user: UserRow): ProfileResponse {
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

export function createAccountService(deps: AccountServiceDeps) {
  const { db } = deps;

  async function getUser(userId: string): Promise<UserRow> {
    const user = await findUserById(db, userId);
    if (!user) throw new AppError('unauthenticated', 'Your account no longer exists.');
    return user;
  }

  return {
    async getProfile(userId: string): Promise<ProfileResponse> {
      return toProfile(await getUser(userId));
    },

    async updateProfile(userId: string, changes: UpdateProfileRequest): Promise<ProfileResponse> {
      const updated = await updateUserProfile(db, userId, changes);
      if (!updated) throw new AppError('unauthenticated', 'Your account no longer exists.');
      return toProfile(updated);
    },

    async getPreferences(userId: string): Promise<Preferences> {
      const [user, prefs] = await Promise.all([getUser(userId), findPreferences(db, userId)]);
      return {
        theme: prefs?.theme ?? 'auto',
        language: prefs?.language ?? 'en',
        notificationsEmail: prefs?.notificationsEmail ?? true,
        notificationsBrowser: prefs?.notificationsBrowser ?? true,
        timezone: user.timezone,
        dateFormat: dateFormats.find((format) => format === user.dateFormat) ?? null,
      };
    },

    async putPreferences(userId: string, input: Preferences): Promise<Preferences> {
      const { timezone, dateFormat, ...prefs } = input;
      await upsertPreferences(db, userId, prefs);
      await updateUserProfile(db, userId, { timezone, dateFormat });
      return input;
    },

    async exportData(userId: string) {
      const data = await exportUserData(db, userId);
      return { exportedAt: new Date(deps.now()).toISOString(), ...data };
    },

    async deleteAccount(session: AuthSession, password: string | undefined): Promise<DeleteAccountResponse> {
      const userId = session.user.id;
      const hash = await findPasswordHash(db, userId);
      if (hash) {
        if (!password) throw new AppError('bad_request', 'Enter your password to delete your account.');
        const context = await deps.auth.$context;
        if (!(await context.password.verify({ hash, password }))) throw new AppError('bad_request', 'The password is not correct.');
      } else if (deps.now() - new Date(session.session.createdAt).getTime() > freshSessionMs) {
        throw new AppError('forbidden', 'Sign in again (within the last 10 minutes) to delete your account.');
      }
      const result = await deleteUserWithWorkspaces(db, userId);
      return { deleted: true, deletedWorkspaces: result.deleted, transferredWorkspaces: result.transferred };
    },

    /** For administrators: the same deletion without the password step. */
    async removeUser(userId: string) {
      return deleteUserWithWorkspaces(db, userId);
    },
  };
}
export type AccountService = ReturnType<typeof createAccountService>;
