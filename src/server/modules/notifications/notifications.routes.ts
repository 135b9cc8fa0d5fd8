import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '#server/platform/access/index.ts';
import { listNotificationsQuerySchema, notificationPageSchema, notificationParamsSchema } from '#shared/contracts/notifications.ts';
import type { NotificationsDeps } from './notifications-deps.ts';
import { listNotifications, readAllNotifications, readNotification } from './notifications.service.ts';

const tags = ['notifications'];

export const notificationsRoutes: FastifyPluginAsyncZod<{ deps: NotificationsDeps }> = async (app, { deps }) => {
  app.get(
    '/api/notifications',
    { schema: { tags, summary: 'My notifications, newest first, with the unread count', querystring: listNotificationsQuerySchema, response: { 200: notificationPageSchema } } },
    async (request) => listNotifications(deps, callerOf(request), request.query),
  );
  app.post(
    '/api/notifications/:notificationId/read',
    { schema: { tags, summary: 'Mark one notification read', params: notificationParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      await readNotification(deps, callerOf(request), request.params.notificationId);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/api/notifications/read-all',
    { schema: { tags, summary: 'Mark every notification read', response: { 204: z.null() } } },
    async (request, reply) => {
      await readAllNotifications(deps, callerOf(request));
      return reply.status(204).send(null);
    },
  );
};
