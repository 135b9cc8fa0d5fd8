import { z } from 'zod';
import { notificationTypes } from '#shared/vocabulary.ts';
import { idSchema, pageQuerySchema, pageSchema } from './common.ts';

/**
 * HTTP contracts of the signed-in user's notifications:
 * - GET  /api/notifications?unread=true&limit=&offset=  → NotificationPage {items, total, unread, limit, offset}, newest first
 * - POST /api/notifications/:notificationId/read         → 204
 * - POST /api/notifications/read-all                     → 204
 */

export const notificationParamsSchema = z.object({ notificationId: idSchema('notification') });

export const listNotificationsQuerySchema = pageQuerySchema.extend({
  unread: z.enum(['true', 'false']).optional().describe('true: only the unread ones.'),
});
export type ListNotificationsQuery = z.infer<typeof listNotificationsQuerySchema>;

export const notificationSchema = z.object({
  id: z.uuid(),
  type: z.enum(notificationTypes),
  title: z.string(),
  message: z.string(),
  /** A path in the web app, or null when the notification leads nowhere. */
  link: z.string().nullable(),
  readAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const notificationPageSchema = pageSchema(notificationSchema).extend({
  unread: z.number().int().min(0).describe('Unread notifications in all, whatever the filter and page.'),
});
export type NotificationPage = z.infer<typeof notificationPageSchema>;
