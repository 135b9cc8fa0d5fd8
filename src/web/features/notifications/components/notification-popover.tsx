import { Button, Divider, Group, Popover, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import type { Notification } from '#shared/contracts/notifications.ts';
import { type useMarkAllNotificationsRead, type useNotifications } from '#web/features/notifications/hooks/use-notifications.ts';
import { formatRelativeTime } from '#web/ui/format-time.ts';
import { QueryError } from '#web/ui/query-error.tsx';
import { BellButton } from './bell-button.tsx';

/** The bell with its list of latest notifications: NotificationBell loads it on the bell's first click. */
export function NotificationPopover({
  opened,
  onToggle,
  onClose,
  onOpenItem,
  unread,
  notifications,
  markAll,
}: {
  opened: boolean;
  onToggle: () => void;
  onClose: () => void;
  onOpenItem: (item: Notification) => void;
  unread: number;
  notifications: ReturnType<typeof useNotifications>;
  markAll: ReturnType<typeof useMarkAllNotificationsRead>;
}) {
  return (
    <Popover opened={opened} onChange={(value) => (value ? undefined : onClose())} position="bottom-end" width={340} shadow="md" withArrow>
      <Popover.Target>
        <BellButton unread={unread} onToggle={onToggle} />
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
              <UnstyledButton key={item.id} onClick={() => onOpenItem(item)} w="100%" px="md" py="xs" data-testid="notification" data-unread={!item.readAt}>
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
