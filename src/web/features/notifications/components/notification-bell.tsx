import { useDisclosure } from '@mantine/hooks';
import { lazy, Suspense, useState } from 'react';
import { useNavigate } from 'react-router';
import type { Notification } from '#shared/contracts/notifications.ts';
import { useCurrentUser } from '#web/features/auth/hooks/use-current-user.ts';
import { usePreferences } from '#web/features/account/hooks/use-preferences.ts';
import { useNotificationStream } from '#web/features/notifications/hooks/use-notification-stream.ts';
import { useMarkAllNotificationsRead, useMarkNotificationRead, useNotifications } from '#web/features/notifications/hooks/use-notifications.ts';
import { BellButton } from './bell-button.tsx';

// The list (Mantine's Popover and its floating positioning) loads on the bell's first click; the count shows at once.
const NotificationPopover = lazy(() => import('./notification-popover.tsx').then(({ NotificationPopover }) => ({ default: NotificationPopover })));

const shown = { page: 1, pageSize: 8, unreadOnly: false };

/**
 * The header's bell: the unread count, and the latest notifications, each leading to what it is about. New ones arrive
 * through the notification stream at once (and as browser notifications when the user wants and allowed them).
 */
export function NotificationBell() {
  const me = useCurrentUser();
  const signedIn = Boolean(me.data);
  const [opened, { toggle, close }] = useDisclosure(false);
  const [listWanted, setListWanted] = useState(false);
  const preferences = usePreferences({ enabled: signedIn });
  const stream = useNotificationStream({ enabled: signedIn, browserNotifications: preferences.data?.notificationsBrowser ?? false });
  const notifications = useNotifications(shown, { enabled: signedIn, poll: !stream.connected });
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();
  const navigate = useNavigate();
  if (!signedIn) return null;
  const unread = notifications.data?.unread ?? 0;

  const open = (item: Notification) => {
    if (!item.readAt) markRead.mutate(item.id);
    close();
    if (item.link) void navigate(item.link);
  };

  const toggleList = () => {
    setListWanted(true);
    toggle();
  };
  const bell = <BellButton unread={unread} onToggle={toggleList} />;
  if (!listWanted) return bell;
  return (
    <Suspense fallback={bell}>
      <NotificationPopover opened={opened} onToggle={toggleList} onClose={close} onOpenItem={open} unread={unread} notifications={notifications} markAll={markAll} />
    </Suspense>
  );
}
