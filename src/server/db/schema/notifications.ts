import { boolean, index, jsonb, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth.ts';
import { createdAt, primaryId, timestamptz } from './columns.ts';
import type { NotificationType } from '#shared/vocabulary.ts';

/**
 * In-app notifications (seed 003). `event_key` names the event a notification is about (`batch:<id>:finished`), unique per
 * user, so one event never notifies anyone twice, however often the code that reports it runs.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: primaryId(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** One of `notificationTypes` (shared/vocabulary.ts); kept as text so new kinds need no migration. */
    type: text('type').$type<NotificationType>().notNull(),
    title: text('title').notNull(),
    message: text('message').notNull(),
    /** Where in the web app the notification leads (a path such as `/hiring/batches/<id>`), if anywhere. */
    link: text('link'),
    eventKey: text('event_key').notNull(),
    metadata: jsonb('metadata').$type<Record<string, unknown>>().notNull().default({}),
    isRead: boolean('is_read').notNull().default(false),
    readAt: timestamptz('read_at'),
    /**
     * When a process took the decision whether to mail it (by the user's preferences): set once, by whichever API process
     * claims it first, so several processes hearing the same event never mail it twice.
     */
    mailDecidedAt: timestamptz('mail_decided_at'),
    createdAt: createdAt(),
  },
  (table) => [
    index('notifications_user_id_idx').on(table.userId, table.isRead, table.createdAt.desc()),
    unique('notifications_user_event_unique').on(table.userId, table.eventKey),
  ],
);
