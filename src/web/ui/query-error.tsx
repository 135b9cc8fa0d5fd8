import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle } from './icons.tsx';

/**
 * What a page shows when loading its data failed: the server's message (or the network's) and a way to try again,
 * never an endless spinner (decision 012).
 */
export function QueryError({ error, onRetry, what = 'this' }: { error: Error | null | undefined; onRetry: () => unknown; what?: string }) {
  if (!error) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert" title={`Could not load ${what}`}>
      <Group justify="space-between" wrap="nowrap" gap="md">
        <Text size="sm">{error.message}</Text>
        <Button size="xs" variant="light" color="red" onClick={() => void onRetry()}>
          Retry
        </Button>
      </Group>
    </Alert>
  );
}
