import './app.css';
import { Anchor, AppShell, Box, Burger, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Outlet } from 'react-router';
import { UserMenu } from '#web/features/auth/components/user-menu.tsx';
import { VerifyEmailBanner } from '#web/features/auth/components/verify-email-banner.tsx';
import { ServerStatus } from '#web/features/health/components/server-status.tsx';
import { NotificationBell } from '#web/features/notifications/components/notification-bell.tsx';
import { BrandMark } from '#web/ui/brand-mark.tsx';
import { ColorSchemeToggle } from '#web/ui/color-scheme-toggle.tsx';
import { MainNav } from './main-nav.tsx';
import { NavigationProgress } from './page-loading.tsx';

export function AppLayout() {
  const [opened, { toggle, close }] = useDisclosure(false);
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 248, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'md', sm: 'xl' }}
    >
      <AppShell.Header>
        <NavigationProgress />
        {/* The first stop of the keyboard on every page: past the header and the navigation, straight to the page. */}
        <a href="#main-content" className="skip-link" data-skip-link data-print="hide">
          Skip to content
        </a>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <Anchor component={Link} to="/" underline="never" c="inherit" aria-label="Parley home" onClick={close}>
              <BrandMark />
            </Anchor>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <ColorSchemeToggle />
            <NotificationBell />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm">
        {/* The browser's own scrolling: Mantine's ScrollArea would add 4 KB (gzip) to every first page. */}
        <AppShell.Section grow style={{ overflowY: 'auto' }}>
          <MainNav onNavigate={close} />
        </AppShell.Section>
        <AppShell.Section>
          <Text size="xs" c="dimmed" px="sm" pb="xs">
            Self-hosted · works offline
          </Text>
        </AppShell.Section>
      </AppShell.Navbar>

      {/* The footer sits below the content rather than fixed, so it never covers the page. */}
      <AppShell.Main style={{ display: 'flex', flexDirection: 'column' }}>
        <Box id="main-content" tabIndex={-1} style={{ flex: 1, outline: 'none' }}>
          <VerifyEmailBanner />
          <Outlet />
        </Box>
        <Group component="footer" justify="space-between" wrap="nowrap" pt="xl" mt="xl" style={{ borderTop: '1px solid var(--app-shell-border-color)' }}>
          <ServerStatus />
          <Anchor href="/api/docs" size="xs" c="dimmed">
            API reference
          </Anchor>
        </Group>
      </AppShell.Main>
    </AppShell>
  );
}
