import { Alert, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useAuthConfig } from '#web/features/auth/hooks/use-auth-config.ts';
import { useCurrentUser } from '#web/features/auth/hooks/use-current-user.ts';
import { ResendVerificationButton } from './resend-verification-button.tsx';

const dismissedKey = 'parley-verify-email-dismissed';

/**
 * Reminds a signed-in user whose address is not confirmed yet, only where a link can reach them (SMTP configured;
 * decision 025). It can be closed for the rest of the browser session, and it is never printed.
 */
export function VerifyEmailBanner() {
  const me = useCurrentUser();
  const config = useAuthConfig();
  const [dismissed, setDismissed] = useState(() => sessionStorage.getItem(dismissedKey) === '1');
  if (!me.data || me.data.emailVerified || config.data?.emailDelivery !== 'smtp' || dismissed) return null;
  return (
    <Alert
      variant="light"
      color="yellow"
      mb="lg"
      data-testid="verify-email-banner"
      data-print="hide"
      withCloseButton
      closeButtonLabel="Close the reminder"
      onClose={() => {
        sessionStorage.setItem(dismissedKey, '1');
        setDismissed(true);
      }}
    >
      <Group justify="space-between" gap="sm">
        <Text size="sm">
          Please confirm your email address: we sent a link to <b>{me.data.email}</b>.
        </Text>
        <ResendVerificationButton email={me.data.email} size="xs" />
      </Group>
    </Alert>
  );
}
