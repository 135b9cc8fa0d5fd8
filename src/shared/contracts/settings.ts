import { z } from 'zod';
import { settingAreas, settingSources } from '#shared/vocabulary.ts';
import { pageQuerySchema, pageSchema } from './common.ts';

/** HTTP contracts of the installation settings (decision 015). */

export const settingKeyParamsSchema = z.object({
  key: z.string().regex(/^[a-z][a-z0-9]*(\.[a-z][a-z0-9-]*)+$/, 'must be a setting key such as signup.policy'),
});

export const settingSchema = z.object({
  key: z.string(),
  /** What the setting is about, the key's first part: the settings page groups by it. */
  area: z.enum(settingAreas),
  description: z.string(),
  /** What a valid value is, in words. */
  rule: z.string(),
  /** The value in force. */
  value: z.json(),
  default: z.json(),
  source: z.enum(settingSources),
  /** The environment variable that, when set, wins over the stored value. */
  env: z.string(),
  /** The value stored by an administrator, even when the variable overrides it; null when none was stored. */
  stored: z.json().nullable(),
  updatedAt: z.iso.datetime().nullable(),
  updatedBy: z.string().nullable(),
});
export type Setting = z.infer<typeof settingSchema>;

export const listSettingsQuerySchema = pageQuerySchema;
export const settingPageSchema = pageSchema(settingSchema);
export type SettingPage = z.infer<typeof settingPageSchema>;

export const changeSettingBodySchema = z.object({ value: z.json() }).strict();
export type ChangeSettingBody = z.infer<typeof changeSettingBodySchema>;
