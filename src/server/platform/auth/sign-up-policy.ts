import { getSetting, type SettingsReader } from '#server/modules/settings/index.ts';
import { countUsers, hasOpenInvitationFor } from './auth.repo.ts';

/**
 * The installation's sign-up policy (setting `signup.policy`, decision 015): why this address may not create an account
 * now, or undefined. The first account of an installation, which becomes its administrator, may always be created;
 * with `invitation`, an address someone invited to a workspace (an open invitation) may sign up.
 */
export async function findSignUpRefusal(reader: SettingsReader, email: string, now: Date): Promise<string | undefined> {
  const policy = await getSetting(reader, 'signup.policy');
  if (policy === 'open') return undefined;
  if ((await countUsers(reader.db)) === 0) return undefined;
  if (policy === 'invitation') {
    if (await hasOpenInvitationFor(reader.db, email.trim(), now)) return undefined;
    return 'Sign-up on this Parley is by invitation only: ask someone who uses it to invite this email address to their workspace, or ask an administrator.';
  }
  return 'Sign-up on this Parley is closed: ask an administrator to create an account for you.';
}
