import { Button, Group } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router';
import { useCurrentUser } from '#web/features/auth/hooks/use-current-user.ts';
import { AccountButton } from './account-button.tsx';

// The menu (Mantine's Menu and its floating positioning) loads on the first click: most visits never open it.
const AccountMenu = lazy(() => import('./account-menu.tsx').then(({ AccountMenu }) => ({ default: AccountMenu })));

/** Header corner: sign-in links for visitors, the account menu for a signed-in user. */
export function UserMenu() {
  const me = useCurrentUser();
  const [menuWanted, setMenuWanted] = useState(false);
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
  if (!menuWanted) return <AccountButton user={user} aria-haspopup="menu" aria-expanded={false} onClick={() => setMenuWanted(true)} />;
  return (
    <Suspense fallback={<AccountButton user={user} aria-haspopup="menu" aria-expanded={false} />}>
      <AccountMenu user={user} />
    </Suspense>
  );
}
