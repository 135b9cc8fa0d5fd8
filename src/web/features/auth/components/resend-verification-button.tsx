import { Button, Stack, Text } from '@mantine/core';
import { useResendVerification } from '#web/features/auth/hooks/use-account-emails.ts';

export function ResendVerificationButton({ email, size = 'sm' }: { email: string; size?: 'xs' | 'sm' }) {
  const resend = useResendVerification(email);
  return (
    <Stack gap={4} align="flex-start">
      <Button size={size} variant="light" loading={resend.isPending} disabled={resend.isSuccess} onClick={() => resend.mutate()}>
        {resend.isSuccess ? 'Link sent' : 'Send a new link'}
      </Button>
      {resend.error ? (
        <Text size="xs" c="red">
          {resend.error.message}
        </Text>
      ) : null}
    </Stack>
  );
}
