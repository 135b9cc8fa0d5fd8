import { Menu, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Profile } from '#shared/contracts/account.ts';
import { useSignOut } from '#web/features/auth/hooks/use-sign-out.ts';
import { AccountButton } from './account-button.tsx';

/** The account menu, open from its first render: UserMenu loads it on the first click of the account button. */
export function AccountMenu({ user }: { user: Profile }) {
  const signOut = useSignOut();
  return (
    <Menu position="bottom-end" width={240} withArrow shadow="md" defaultOpened>
      <Menu.Target>
        <AccountButton user={user} />
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
