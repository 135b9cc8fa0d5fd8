import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '#server/platform/access/index.ts';
import { listNotificationsQuerySchema, notificationPageSchema, notificationParamsSchema } from '#shared/contracts/notifications.ts';
import { openEventStream, type EventStream } from '#server/platform/event-stream.ts';
import type { Unlisten } from '#server/platform/pubsub.ts';
import { startNotificationDelivery } from './deliver-notifications.ts';
import type { NotificationsDeps } from './notifications-deps.ts';
import { followNotifications, listNotifications, readAllNotifications, readNotification } from './notifications.service.ts';

const tags = ['notifications'];
/** A comment line this often keeps proxies from closing a quiet stream. */
const keepAliveMs = 25_000;

export const notificationsRoutes: FastifyPluginAsyncZod<{ deps: NotificationsDeps }> = async (app, { deps }) => {
  // Every API process hears every new notification (decision 028): it pushes it to the tabs connected here and, if it
  // claims it first, mails it.
  let unlisten: Unlisten | undefined;
  const openStreams = new Set<EventStream>();
  app.addHook('onReady', async () => {
    unlisten = await startNotificationDelivery(deps);
  });
  app.addHook('preClose', async () => {
    for (const stream of openStreams) stream.end();
  });
  app.addHook('onClose', async () => {
    await unlisten?.();
  });

  app.get(
    '/api/notifications/stream',
    {
      schema: {
        tags,
        summary: 'My new notifications as they come (text/event-stream): one `notification` event each, its data the notification as in the list',
      },
    },
    async (request, reply) => {
      const stream = openEventStream(reply, { retryMs: 5000 });
      openStreams.add(stream);
      const stop = followNotifications(deps, callerOf(request), (notification) => stream.send('notification', notification, notification.id));
      const keepAlive = setInterval(() => stream.comment('keep-alive'), keepAliveMs);
      stream.onClose(() => {
        clearInterval(keepAlive);
        stop();
        openStreams.delete(stream);
      });
      stream.comment('connected');
    },
  );
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
