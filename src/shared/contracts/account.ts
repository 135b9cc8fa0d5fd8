import { z } from 'zod';
import { notificationTypes, themes } from '#shared/vocabulary.ts';

/** HTTP contracts of the signed-in user's own account: profile, preferences, export and deletion. */

export const dateFormats = ['YYYY-MM-DD', 'DD/MM/YYYY', 'MM/DD/YYYY', 'DD.MM.YYYY', 'D MMM YYYY'] as const;
export type DateFormat = (typeof dateFormats)[number];

/** True for IANA zone names the runtime knows (Europe/Berlin, UTC, America/Argentina/Buenos_Aires). */
function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return value.length <= 64;
  } catch {
    return false;
  }
}

const timeZoneField = z.string().trim().refine(isTimeZone, 'must be an IANA time zone such as Europe/Berlin');
const httpUrl = z
  .url({ error: 'must be a URL' })
  .max(2048, 'must be at most 2048 characters')
  .refine((value) => /^https?:\/\//.test(value), 'must start with http:// or https://');

export const profileSchema = z.object({
  id: z.string(),
  email: z.string(),
  emailVerified: z.boolean(),
  name: z.string(),
  image: z.string().nullable(),
  phone: z.string().nullable(),
  bio: z.string().nullable(),
  jobTitle: z.string().nullable(),
  department: z.string().nullable(),
  timezone: z.string().nullable(),
  dateFormat: z.string().nullable(),
  role: z.string(),
  twoFactorEnabled: z.boolean(),
  createdAt: z.iso.datetime(),
});
export type Profile = z.infer<typeof profileSchema>;

export const updateProfileBodySchema = z
  .object({
    name: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
    image: httpUrl.nullable(),
    phone: z
      .string()
      .trim()
      .max(50, 'must be at most 50 characters')
      .regex(/^[+0-9 ()./-]{3,}$/, 'must be a phone number (digits, spaces, + - . / ( ))')
      .nullable(),
    bio: z.string().max(2000, 'must be at most 2000 characters').nullable(),
    jobTitle: z.string().trim().max(200, 'must be at most 200 characters').nullable(),
    department: z.string().trim().max(200, 'must be at most 200 characters').nullable(),
    timezone: timeZoneField.nullable(),
    dateFormat: z.enum(dateFormats).nullable(),
  })
  .partial()
  .strict();
export type UpdateProfileBody = z.infer<typeof updateProfileBodySchema>;

export const preferencesSchema = z
  .object({
    theme: z.enum(themes),
    language: z.string().trim().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, 'must be a language tag such as en or pt-BR'),
    notificationsEmail: z.boolean(),
    notificationsBrowser: z.boolean(),
    /** Kinds of notification not to mail even with mail on; left out of a PUT, none. */
    emailMutedTypes: z.array(z.enum(notificationTypes)).max(notificationTypes.length * 2).default([]),
    timezone: timeZoneField.nullable(),
    dateFormat: z.enum(dateFormats).nullable(),
  })
  .strict();
export type Preferences = z.infer<typeof preferencesSchema>;

export const deleteAccountBodySchema = z
  .object({ password: z.string().max(200).optional().describe('Required for accounts with a password; others need a session under 10 minutes old') })
  .strict();

export const deletedAccountSchema = z.object({ deleted: z.literal(true), deletedWorkspaces: z.array(z.string()), transferredWorkspaces: z.array(z.string()) });
export type DeletedAccount = z.infer<typeof deletedAccountSchema>;

export const accountExportSchema = z.object({
  exportedAt: z.iso.datetime(),
  user: z.record(z.string(), z.unknown()),
  tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});
export type AccountExport = z.infer<typeof accountExportSchema>;
