import { Alert, Group, Text } from '@mantine/core';
import { useCurrentUser } from '#web/features/auth/hooks/use-current-user.ts';
import { ResendVerificationButton } from './resend-verification-button.tsx';

/** Reminds a signed-in user whose address is not confirmed yet. */
export function VerifyEmailBanner() {
  const me = useCurrentUser();
  if (!me.data || me.data.emailVerified) return null;
  return (
    <Alert variant="light" color="yellow" mb="lg" data-testid="verify-email-banner">
      <Group justify="space-between" gap="sm">
        <Text size="sm">
          Please confirm your email address: we sent a link to <b>{me.data.email}</b>.
        </Text>
        <ResendVerificationButton email={me.data.email} size="xs" />
      </Group>
    </Alert>
  );
}
