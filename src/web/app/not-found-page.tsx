import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { IconArrowLeft } from '#web/ui/icons.tsx';

export function NotFoundPage() {
  const { pathname } = useLocation();
  return (
    <Center mih="60vh">
      <Stack align="center" gap="sm" maw={480} ta="center">
        <Text fz={72} fw={800} lh={1} c="dimmed" style={{ letterSpacing: '-0.04em' }} aria-hidden="true">
          404
        </Text>
        <Title order={1} size="h2">
          Page not found
        </Title>
        <Text c="dimmed">
          There is no page at <code>{pathname}</code>. It may have moved, or the address may be mistyped.
        </Text>
        <Button component={Link} to="/" mt="sm" leftSection={<IconArrowLeft size={18} />}>
          Back to the home page
        </Button>
      </Stack>
    </Center>
  );
}
