import { Box, Container, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import { NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';
import { useCurrentUser } from '#web/features/auth/hooks/use-current-user.ts';
import { findVisibleSections } from '#web/features/settings/settings-sections.ts';

export function SettingsLayout() {
  const { pathname } = useLocation();
  const me = useCurrentUser();
  const sections = findVisibleSections(me.data);
  const groups = [...new Set(sections.map((section) => section.group))];
  return (
    <Container size="lg" px={0}>
      <Title order={1} size="h2" mb="lg">
        Settings
      </Title>
      <Group align="flex-start" gap="xl" wrap="wrap">
        <Stack gap="md" w={{ base: '100%', sm: 200 }} component="nav" aria-label="Settings">
          {groups.map((group) => (
            <Stack key={group} gap={2}>
              {groups.length > 1 ? (
                <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pb={2}>
                  {group}
                </Text>
              ) : null}
              {sections
                .filter((section) => section.group === group)
                .map((section) => (
                  <NavLink
                    key={section.key}
                    component={RouterNavLink}
                    to={section.path}
                    label={section.label}
                    active={pathname === section.path}
                    style={{ borderRadius: 'var(--mantine-radius-md)' }}
                  />
                ))}
            </Stack>
          ))}
        </Stack>
        <Box style={{ flex: 1, minWidth: 280 }}>
          <Outlet />
        </Box>
      </Group>
    </Container>
  );
}
