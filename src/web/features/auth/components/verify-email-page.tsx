import { Alert, Button, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useCurrentUser, useReloadCurrentUser } from '#web/features/auth/hooks/use-current-user.ts';
import { AuthCard } from './auth-card.tsx';
import { ResendVerificationButton } from './resend-verification-button.tsx';

/** Where the link in the verification mail lands (better-auth verifies, then redirects here, with ?error= on failure). */
export function VerifyEmailPage() {
  const [params] = useSearchParams();
  const error = params.get('error');
  const me = useCurrentUser();
  const reload = useReloadCurrentUser();
  useEffect(() => {
    void reload();
  }, [reload]);

  if (error) {
    return (
      <AuthCard title="This link did not work" description="Verification links expire after a while and work once.">
        <Stack gap="md">
          <Alert color="red" variant="light">
            {error === 'invalid_token' || error === 'INVALID_TOKEN' ? 'The link is invalid or has expired.' : `Verification failed (${error}).`}
          </Alert>
          {me.data ? <ResendVerificationButton email={me.data.email} /> : <Text size="sm">Sign in to ask for a new link.</Text>}
        </Stack>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Email verified" description="Thank you: your address is confirmed.">
      <Button component={Link} to={me.data ? '/' : '/sign-in'}>
        {me.data ? 'Continue to Parley' : 'Sign in'}
      </Button>
    </AuthCard>
  );
}
