import { Group, Text } from '@mantine/core';
import { useHealth } from '#web/features/health/hooks/use-health.ts';

const databaseLabel = { pglite: 'embedded database', postgres: 'PostgreSQL' } as const;

/** The footer line: which version answers and on which database, from GET /api/health. */
export function ServerStatus() {
  const health = useHealth();
  if (health.isPending) {
    return (
      <Text size="xs" c="dimmed">
        Connecting…
      </Text>
    );
  }
  if (health.isError) {
    return (
      <Text size="xs" c="red" data-testid="server-status">
        Server unreachable: {health.error.message}
      </Text>
    );
  }
  const { version, status, database } = health.data;
  return (
    // The browser's own tooltip (title), as Mantine's Tooltip would weigh on every first page.
    <Group gap={6} data-testid="server-status" title={status === 'ok' ? 'All systems working' : 'The database is not answering'}>
        <span
          aria-hidden="true"
          style={{
            width: 8,
            height: 8,
            borderRadius: 8,
            background: status === 'ok' ? 'var(--mantine-color-teal-6)' : 'var(--mantine-color-orange-6)',
          }}
        />
        <Text size="xs" c="dimmed">
          Parley v{version} · {databaseLabel[database.kind]}
        </Text>
    </Group>
  );
}
