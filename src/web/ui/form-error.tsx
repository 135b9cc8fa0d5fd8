import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '#web/ui/icons.tsx';

/** The server's own message for a failed request, shown above the form it belongs to. */
export function FormError({ error }: { error: Error | null | undefined }) {
  if (!error) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert" py="xs">
      {error.message}
    </Alert>
  );
}
