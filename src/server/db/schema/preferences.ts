import { boolean, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth.ts';
import { checkOneOf, createdAt, updatedAt } from './columns.ts';
import { type NotificationType, type Theme, themes } from '#shared/vocabulary.ts';

export { type Theme, themes };

/** Interface settings, one row per user (seed 003 user_preferences); time zone and date format live on users. */
export const userPreferences = pgTable(
  'user_preferences',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    theme: text('theme').$type<Theme>().notNull().default('auto'),
    language: text('language').notNull().default('en'),
    notificationsEmail: boolean('notifications_email').notNull().default(true),
    notificationsBrowser: boolean('notifications_browser').notNull().default(true),
    /** Spoken answers transcribed offline (pocketsphinx, a rough draft) when the user has no speech-to-text key. */
    offlineSpeech: boolean('offline_speech').notNull().default(false),
    /** The kinds of notification the user does not want by mail, even with `notifications_email` on. */
    emailMutedTypes: jsonb('email_muted_types').$type<NotificationType[]>().notNull().default([]),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [checkOneOf('user_preferences_theme_check', table.theme, themes)],
);
