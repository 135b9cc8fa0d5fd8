import { Alert, Anchor, Button, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { FormError } from '#web/ui/form-error.tsx';
import { useAuthConfig } from '#web/features/auth/hooks/use-auth-config.ts';
import { useRequestPasswordReset } from '#web/features/auth/hooks/use-account-emails.ts';
import { AuthCard } from './auth-card.tsx';

export function ForgotPasswordPage() {
  const config = useAuthConfig();
  const noMail = config.data?.emailDelivery === 'outbox';
  const [email, setEmail] = useState('');
  const request = useRequestPasswordReset();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    request.mutate(email);
  };
  return (
    <AuthCard
      title="Reset your password"
      description={noMail ? 'This installation sends no email: an administrator passes the link on to you.' : 'We will email you a link to choose a new one.'}
      footer={
        <Anchor component={Link} to="/sign-in">
          Back to sign in
        </Anchor>
      }
    >
      {request.isSuccess && noMail ? (
        <Alert variant="light" color="blue" title="Ask an administrator for the link">
          No email can reach you: this installation has no mail server. If an account exists for {email}, the reset link waits in
          the administrators’ outbox; ask one of them to pass it on. It works for one hour.
        </Alert>
      ) : request.isSuccess ? (
        <Alert variant="light" color="teal" title="Check your inbox">
          If an account exists for {email}, a reset link is on its way. It works for one hour.
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <FormError error={request.error} />
            <TextInput label="Email" type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
            <Button type="submit" loading={request.isPending} fullWidth>
              {noMail ? 'Ask for a reset link' : 'Send reset link'}
            </Button>
          </Stack>
        </form>
      )}
    </AuthCard>
  );
}
