import { Avatar, Button, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router';
import { useCurrentUser } from '#web/features/auth/hooks/use-current-user.ts';
import { useSignOut } from '#web/features/auth/hooks/use-sign-out.ts';

function initialsOf(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts.at(-1)?.[0] ?? '') : '')).toUpperCase() || '?';
}

/** Header corner: sign-in links for visitors, the account menu for a signed-in user. */
export function UserMenu() {
  const me = useCurrentUser();
  const signOut = useSignOut();
  if (me.isPending || me.isError) return null;
  if (!me.data) {
    return (
      <Group gap="xs" wrap="nowrap">
        <Button component={Link} to="/sign-in" variant="subtle" size="sm">
          Sign in
        </Button>
        <Button component={Link} to="/sign-up" size="sm" visibleFrom="xs">
          Create account
        </Button>
      </Group>
    );
  }
  const user = me.data;
  return (
    <Menu position="bottom-end" width={240} withArrow shadow="md">
      <Menu.Target>
        <UnstyledButton aria-label={`Account menu for ${user.name}`}>
          <Avatar src={user.image} alt="" radius="xl" size={34} color="indigo">
            {initialsOf(user.name)}
          </Avatar>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)" truncate>
            {user.name}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {user.email}
          </Text>
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item component={Link} to="/settings/profile">
          Profile
        </Menu.Item>
        <Menu.Item component={Link} to="/settings/security">
          Security
        </Menu.Item>
        <Menu.Item component={Link} to="/settings/keys">
          API keys
        </Menu.Item>
        <Menu.Item component={Link} to="/support">
          Help and support
        </Menu.Item>
        {user.role === 'admin' || user.role === 'support' ? (
          <Menu.Item component={Link} to="/support/queue">
            Ticket queue
          </Menu.Item>
        ) : null}
        {user.role === 'admin' ? (
          <Menu.Item component={Link} to="/settings/admin/overview">
            Administration
          </Menu.Item>
        ) : null}
        <Menu.Divider />
        <Menu.Item color="red" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
