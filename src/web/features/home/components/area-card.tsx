import { Button, Card, Group, List, Stack, Text, ThemeIcon } from '@mantine/core';
import { Link } from 'react-router';
import type { NavArea } from '#web/app/nav-config.ts';
import { ComingSoonBadge } from '#web/ui/coming-soon-badge.tsx';

/** One product area; it links only when the area works. */
export function AreaCard({ area }: { area: NavArea }) {
  const Icon = area.icon;
  return (
    <Card withBorder padding="lg" radius="lg" data-testid={`area-card-${area.key}`}>
      <Stack gap="md" h="100%">
        <Group justify="space-between" align="flex-start">
          <ThemeIcon variant="light" color={area.color} size={44} radius="md">
            <Icon size={24} />
          </ThemeIcon>
          {area.available ? null : <ComingSoonBadge />}
        </Group>
        <Stack gap={6}>
          <Text fw={650} fz="lg">
            {area.label}
          </Text>
          <Text size="sm" c="dimmed" lh={1.55}>
            {area.summary}
          </Text>
        </Stack>
        <List size="sm" spacing={6} c="dimmed" style={{ flex: 1 }}>
          {area.highlights.map((item) => (
            <List.Item key={item}>{item}</List.Item>
          ))}
        </List>
        {area.available ? (
          <Button component={Link} to={area.path} variant="light" color={area.color} fullWidth>
            Open {area.label}
          </Button>
        ) : null}
      </Stack>
    </Card>
  );
}
