import { Alert, Code } from '@mantine/core';
import { useAuthConfig } from '#web/features/auth/hooks/use-auth-config.ts';

/** Tells an administrator that no mail leaves this installation, and what that means for its users (decision 025). */
export function MailNotConfigured() {
  const config = useAuthConfig();
  if (config.data?.emailDelivery !== 'outbox') return null;
  return (
    <Alert color="yellow" variant="light" title="Mail is not configured" mb="lg" data-testid="mail-not-configured">
      This installation has no SMTP server (set <Code>SMTP_URL</Code>), so no email leaves it. Users are not asked to confirm their
      address. Password reset and invitation links are kept in the outbox: pass them on to the person who asked.
    </Alert>
  );
}
