import { ActionIcon, Button, Divider, Group, Indicator, Popover, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useNavigate } from 'react-router';
import type { Notification } from '#shared/contracts/notifications.ts';
import { useCurrentUser } from '#web/features/auth/hooks/use-current-user.ts';
import { usePreferences } from '#web/features/account/hooks/use-preferences.ts';
import { useNotificationStream } from '#web/features/notifications/hooks/use-notification-stream.ts';
import { useMarkAllNotificationsRead, useMarkNotificationRead, useNotifications } from '#web/features/notifications/hooks/use-notifications.ts';
import { formatRelativeTime } from '#web/ui/format-time.ts';
import { IconBell } from '#web/ui/icons.tsx';
import { QueryError } from '#web/ui/query-error.tsx';

const shown = { page: 1, pageSize: 8, unreadOnly: false };

/**
 * The header's bell: the unread count, and the latest notifications, each leading to what it is about. New ones arrive
 * through the notification stream at once (and as browser notifications when the user wants and allowed them).
 */
export function NotificationBell() {
  const me = useCurrentUser();
  const signedIn = Boolean(me.data);
  const [opened, { toggle, close }] = useDisclosure(false);
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

  return (
    <Popover opened={opened} onChange={(value) => (value ? undefined : close())} position="bottom-end" width={340} shadow="md" withArrow>
      <Popover.Target>
        <Indicator label={unread > 99 ? '99+' : unread} size={16} disabled={unread === 0} offset={4} color="red" data-testid="notification-count">
          <ActionIcon variant="subtle" size="lg" onClick={toggle} aria-label={unread > 0 ? `Notifications: ${unread} unread` : 'Notifications'}>
            <IconBell />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p={0}>
        <Group justify="space-between" px="md" py="xs">
          <Text fw={600} size="sm">
            Notifications
          </Text>
          <Button size="compact-xs" variant="subtle" disabled={unread === 0} loading={markAll.isPending} onClick={() => markAll.mutate()}>
            Mark all read
          </Button>
        </Group>
        <Divider />
        {notifications.isError ? (
          <Stack p="sm">
            <QueryError error={notifications.error} onRetry={() => notifications.refetch()} what="notifications" />
          </Stack>
        ) : (
          <ScrollArea.Autosize mah={380}>
            {notifications.data?.items.length === 0 ? (
              <Text size="sm" c="dimmed" p="md" ta="center">
                Nothing yet. You will see finished screenings, reports and reminders here.
              </Text>
            ) : null}
            {notifications.data?.items.map((item) => (
              <UnstyledButton key={item.id} onClick={() => open(item)} w="100%" px="md" py="xs" data-testid="notification" data-unread={!item.readAt}>
                <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
                  <Stack gap={2} style={{ minWidth: 0 }}>
                    <Text size="sm" fw={item.readAt ? 400 : 600} truncate>
                      {item.title}
                    </Text>
                    <Text size="xs" c="dimmed" lineClamp={2}>
                      {item.message}
                    </Text>
                  </Stack>
                  <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    {formatRelativeTime(item.createdAt)}
                  </Text>
                </Group>
              </UnstyledButton>
            ))}
          </ScrollArea.Autosize>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}
