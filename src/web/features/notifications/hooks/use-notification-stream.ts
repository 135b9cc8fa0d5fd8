import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { Notification } from '#shared/contracts/notifications.ts';
import { followNotificationStream } from '#web/features/notifications/api/notification-stream.ts';
import { notificationsKeys } from './notifications-keys.ts';

/** Whether this browser may show system notifications now (the user allowed them). */
export function browserNotificationsAllowed(): boolean {
  return typeof Notification !== 'undefined' && Notification.permission === 'granted';
}

/** Asks the browser for permission to show notifications; resolves to whether it was given. */
export async function askForBrowserNotifications(): Promise<boolean> {
  if (typeof Notification === 'undefined') return false;
  if (Notification.permission === 'granted') return true;
  return (await Notification.requestPermission()) === 'granted';
}

function showInBrowser(notification: Notification) {
  // The bell shows it in a visible tab; the system notification is for a tab in the background.
  if (!browserNotificationsAllowed() || document.visibilityState === 'visible') return;
  const shown = new Notification(notification.title, { body: notification.message, tag: notification.id });
  shown.onclick = () => {
    window.focus();
    if (notification.link) window.location.assign(notification.link);
  };
}

/**
 * While signed in, follows the notification stream: each new notification refreshes the bell at once and, when the user
 * wants browser notifications and allowed them, shows one. Returns whether the stream is connected (the bell polls
 * while it is not).
 */
export function useNotificationStream(options: { enabled: boolean; browserNotifications: boolean }): { connected: boolean } {
  const queryClient = useQueryClient();
  const [connected, setConnected] = useState(false);
  const { enabled, browserNotifications } = options;
  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return undefined;
    const stop = followNotificationStream({
      onOpen: () => {
        setConnected(true);
        // Whatever came while the stream was down.
        void queryClient.invalidateQueries({ queryKey: notificationsKeys.all });
      },
      onError: () => setConnected(false),
      onNotification: (notification) => {
        // A notification means something changed (a reply on the open ticket, a finished batch): every query on
        // screen is fetched again, not only the bell's.
        void queryClient.invalidateQueries();
        if (browserNotifications) showInBrowser(notification);
      },
    });
    return () => {
      stop();
      setConnected(false);
    };
  }, [enabled, browserNotifications, queryClient]);
  return { connected };
}
