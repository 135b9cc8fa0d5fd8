import { Alert, Center, Loader } from '@mantine/core';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useCurrentUser } from '../hooks/use-current-user.ts';

/** Pages under this route need a signed-in user; others are sent to sign in and brought back afterwards. */
export function RequireAuth({ role }: { role?: 'admin' }) {
  const me = useCurrentUser();
  const location = useLocation();
  if (me.isPending) {
    return (
      <Center py="xl">
        <Loader size="sm" aria-label="Loading" />
      </Center>
    );
  }
  if (me.isError) throw me.error;
  if (!me.data) return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (role === 'admin' && me.data.role !== 'admin') {
    return (
      <Alert color="orange" variant="light" title="Administrators only">
        This page is for the administrators of this Parley installation.
      </Alert>
    );
  }
  return <Outlet />;
}
