import { notificationSchema, type Notification } from '#shared/contracts/notifications.ts';

/** The path of the caller's notification stream (text/event-stream, one `notification` event per new notification). */
export const notificationStreamPath = '/api/notifications/stream';

/**
 * Follows the stream with the browser's EventSource (which reconnects by itself after a drop): each event is parsed with
 * the contract; `onOpen` and `onError` say whether it is connected. Returns the way to stop.
 */
export function followNotificationStream(handlers: { onNotification: (notification: Notification) => void; onOpen: () => void; onError: () => void }): () => void {
  const source = new EventSource(notificationStreamPath, { withCredentials: true });
  source.addEventListener('open', handlers.onOpen);
  source.addEventListener('error', handlers.onError);
  source.addEventListener('notification', (event) => {
    const parsed = notificationSchema.safeParse(JSON.parse((event as MessageEvent<string>).data));
    if (parsed.success) handlers.onNotification(parsed.data);
  });
  return () => source.close();
}
