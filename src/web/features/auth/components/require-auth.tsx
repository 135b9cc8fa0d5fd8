import { Alert, Center, Loader } from '@mantine/core';
import { Navigate, Outlet, useLocation } from 'react-router';
import { QueryError } from '#web/ui/query-error.tsx';
import { useCurrentUser } from '#web/features/auth/hooks/use-current-user.ts';

/** Pages under this route need a signed-in user; others are sent to sign in and brought back afterwards. */
export function RequireAuth({ role }: { role?: 'admin' | 'staff' }) {
  const me = useCurrentUser();
  const location = useLocation();
  if (me.isPending) {
    return (
      <Center py="xl">
        <Loader size="sm" aria-label="Loading" />
      </Center>
    );
  }
  if (me.isError) return <QueryError error={me.error} onRetry={() => me.refetch()} what="your account" />;
  if (!me.data) return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (role === 'admin' && me.data.role !== 'admin') {
    return (
      <Alert color="orange" variant="light" title="Administrators only">
        This page is for the administrators of this Parley installation.
      </Alert>
    );
  }
  if (role === 'staff' && me.data.role !== 'admin' && me.data.role !== 'support') {
    return (
      <Alert color="orange" variant="light" title="Support staff only">
        This page is for the administrators and support staff of this Parley installation.
      </Alert>
    );
  }
  return <Outlet />;
}
