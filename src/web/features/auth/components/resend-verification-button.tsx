import { Button, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { authClient, unwrapAuth } from '../api/auth-client.ts';

export function ResendVerificationButton({ email, size = 'sm' }: { email: string; size?: 'xs' | 'sm' }) {
  const resend = useMutation({ mutationFn: () => unwrapAuth(authClient.sendVerificationEmail({ email, callbackURL: '/verify-email' })) });
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
