import { Badge } from '@mantine/core';

export function ComingSoonBadge() {
  return (
    <Badge size="xs" variant="light" color="gray" radius="sm">
      Coming soon
    </Badge>
  );
}
