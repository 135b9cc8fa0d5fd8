import type { Notification } from '#shared/contracts/notifications.ts';

export type NotificationListener = (notification: Notification) => void;

/** The open streams of this process, by user: each of a user's tabs gets every new notification of theirs. */
export type NotificationHub = {
  subscribe(userId: string, listener: NotificationListener): () => void;
  listening(userId: string): boolean;
  publish(userId: string, notification: Notification): void;
};

export function createNotificationHub(): NotificationHub {
  const byUser = new Map<string, Set<NotificationListener>>();
  return {
    subscribe(userId, listener) {
      const set = byUser.get(userId) ?? new Set();
      set.add(listener);
      byUser.set(userId, set);
      return () => {
        set.delete(listener);
        if (set.size === 0 && byUser.get(userId) === set) byUser.delete(userId);
      };
    },
    listening: (userId) => byUser.has(userId),
    publish(userId, notification) {
      for (const listener of byUser.get(userId) ?? []) listener(notification);
    },
  };
}
