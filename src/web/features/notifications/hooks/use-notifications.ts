import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '#web/app/api-client.ts';
import { findNotifications, markAllNotificationsRead, markNotificationRead, type NotificationFilter } from '#web/features/notifications/api/notifications-api.ts';
import { notificationsKeys } from './notifications-keys.ts';

/** How often the bell asks for news while the notification stream is not connected. */
const refreshMs = 30_000;

/**
 * One page of the caller's notifications with the unread count. The stream refreshes it as news comes; without the
 * stream (`poll`), it is asked for every half minute while visible.
 */
export function useNotifications(filter: NotificationFilter, options: { enabled?: boolean; poll?: boolean } = {}) {
  return useQuery({
    queryKey: notificationsKeys.page(filter),
    queryFn: () => findNotifications(api, filter),
    placeholderData: keepPreviousData,
    refetchInterval: options.poll === false ? false : refreshMs,
    enabled: options.enabled ?? true,
  });
}

export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (notificationId: string) => markNotificationRead(api, notificationId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsKeys.all }),
  });
}

export function useMarkAllNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => markAllNotificationsRead(api),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsKeys.all }),
  });
}
