import { Group, NavLink, Stack, Text, ThemeIcon } from '@mantine/core';
import { NavLink as RouterNavLink, useLocation } from 'react-router';
import { ComingSoonBadge } from '#web/ui/coming-soon-badge.tsx';
import { navAreas, type NavArea } from './nav-config.ts';

/** Areas that work are links; the others are plain text marked "coming soon". */
export function MainNav({ onNavigate }: { onNavigate?: () => void }) {
  const { pathname } = useLocation();
  return (
    <Stack gap={4} component="nav" aria-label="Main">
      {navAreas.map((area) =>
        area.available ? (
          <NavLink
            key={area.key}
            component={RouterNavLink}
            to={area.path}
            label={area.label}
            leftSection={<AreaIcon area={area} />}
            active={pathname === area.path || pathname.startsWith(`${area.path}/`)}
            onClick={onNavigate}
            style={{ borderRadius: 'var(--mantine-radius-md)' }}
          />
        ) : (
          <Group
            key={area.key}
            gap="sm"
            px="sm"
            py={8}
            wrap="nowrap"
            aria-disabled="true"
            data-testid={`nav-unavailable-${area.key}`}
            style={{ cursor: 'default' }}
          >
            <AreaIcon area={area} muted />
            <Text size="sm" c="dimmed" style={{ flex: 1 }}>
              {area.label}
            </Text>
            <ComingSoonBadge />
          </Group>
        ),
      )}
    </Stack>
  );
}

function AreaIcon({ area, muted = false }: { area: NavArea; muted?: boolean }) {
  const Icon = area.icon;
  return (
    <ThemeIcon variant="light" color={muted ? 'gray' : area.color} size={28} radius="md">
      <Icon size={16} />
    </ThemeIcon>
  );
}
