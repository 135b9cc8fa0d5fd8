import { Stack } from '@mantine/core';
import { PageHeader } from '#web/ui/page-header.tsx';
import { ChangePasswordCard } from './change-password-card.tsx';
import { SecurityEventsCard } from './security-events-card.tsx';
import { SessionsCard } from './sessions-card.tsx';
import { TwoFactorCard } from './two-factor-card.tsx';

export function SecurityPage() {
  return (
    <>
      <PageHeader title="Security" description="Two-factor authentication, your password, where you are signed in, and what happened to your account." />
      <Stack gap="lg">
        <TwoFactorCard />
        <SessionsCard />
        <ChangePasswordCard />
        <SecurityEventsCard />
      </Stack>
    </>
  );
}
