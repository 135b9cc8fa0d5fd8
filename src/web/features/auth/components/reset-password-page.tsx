import { Alert, Anchor, Button, PasswordInput, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { FormError } from '#web/ui/form-error.tsx';
import { useResetPassword } from '#web/features/auth/hooks/use-account-emails.ts';
import { AuthCard } from './auth-card.tsx';

/** Where the reset mail's link lands: better-auth adds ?token= (or ?error= when the link is no good). */
export function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const reset = useResetPassword();
  const [mismatch, setMismatch] = useState<Error | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (password !== confirm) {
      setMismatch(new Error('The two passwords do not match.'));
      return;
    }
    setMismatch(null);
    reset.mutate({ newPassword: password, token: token ?? '' });
  };

  if (!token || params.get('error')) {
    return (
      <AuthCard title="This link did not work" description="Reset links work once and expire after an hour.">
        <Button component={Link} to="/forgot-password">
          Ask for a new link
        </Button>
      </AuthCard>
    );
  }
  if (reset.isSuccess) {
    return (
      <AuthCard title="Password changed" description="Your other sessions were signed out.">
        <Alert color="teal" variant="light">
          You can now sign in with your new password.
        </Alert>
        <Button component={Link} to="/sign-in">
          Sign in
        </Button>
      </AuthCard>
    );
  }
  return (
    <AuthCard
      title="Choose a new password"
      footer={
        <Anchor component={Link} to="/sign-in">
          Back to sign in
        </Anchor>
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormError error={mismatch ?? reset.error} />
          <PasswordInput label="New password" autoComplete="new-password" required value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
          <PasswordInput label="Repeat the new password" autoComplete="new-password" required value={confirm} onChange={(e) => setConfirm(e.currentTarget.value)} />
          <Button type="submit" loading={reset.isPending} fullWidth>
            Change password
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
