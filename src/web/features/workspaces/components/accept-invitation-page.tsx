import { Alert, Button, Stack } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { AuthCard } from '#web/features/auth/components/auth-card.tsx';
import { FormError } from '#web/ui/form-error.tsx';
import { useAcceptInvitation } from '#web/features/workspaces/hooks/use-invitations.ts';

/** Where the invitation mail's link lands (signed-in only: the route guard sends visitors to sign in first). */
export function AcceptInvitationPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const accept = useAcceptInvitation();
  if (accept.isSuccess) {
    return (
      <AuthCard title="You joined the workspace" description={`Your role: ${accept.data.role}.`}>
        <Button component={Link} to="/settings/workspaces">
          Open workspaces
        </Button>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Join a workspace" description="A colleague invited you to work with them in Parley.">
      <Stack gap="md">
        {token ? null : <Alert color="red">This link has no invitation token. Open the link from the email again.</Alert>}
        <FormError error={accept.error} />
        <Button disabled={!token} loading={accept.isPending} onClick={() => accept.mutate(token)}>
          Accept invitation
        </Button>
      </Stack>
    </AuthCard>
  );
}
