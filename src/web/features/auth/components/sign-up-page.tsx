import { Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { findPasswordProblem } from '#shared/password-rules.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { useAuthConfig } from '#web/features/auth/hooks/use-auth-config.ts';
import { useSignUp } from '#web/features/auth/hooks/use-sign-in.ts';
import { AuthCard } from './auth-card.tsx';

type SignUpProblems = Partial<Record<'name' | 'email' | 'password', string>>;

/** Every problem of the form at once, each to show beside its field, before anything is sent. */
function findSignUpProblems(form: { name: string; email: string; password: string }): SignUpProblems {
  const problems: SignUpProblems = {};
  if (form.name.trim() === '') problems.name = 'Enter your name.';
  if (form.email.trim() === '') problems.email = 'Enter your email address.';
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(form.email.trim())) problems.email = 'This is not an email address: it looks like name@example.com.';
  const password = findPasswordProblem(form.password);
  if (password) problems.password = password;
  return problems;
}

export function SignUpPage() {
  const config = useAuthConfig();
  const [form, setForm] = useState({ name: '', email: '', password: '' });
  const signUp = useSignUp();
  const minLength = config.data?.passwordMinLength ?? 8;
  const [problems, setProblems] = useState<SignUpProblems>({});

  if (signUp.isSuccess && config.data?.emailDelivery === 'smtp') {
    return (
      <AuthCard title="Check your inbox" description={`We sent a link to ${form.email} to confirm the address.`}>
        <Button component={Link} to="/">
          Continue to Parley
        </Button>
      </AuthCard>
    );
  }
  if (signUp.isSuccess) {
    // Without a mail server no link could reach the user, so there is nothing to confirm (decision 025).
    return (
      <AuthCard title="Your account is ready" description={`You are signed in as ${form.email}.`}>
        <Button component={Link} to="/">
          Continue to Parley
        </Button>
      </AuthCard>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = findSignUpProblems(form);
    setProblems(found);
    if (Object.keys(found).length === 0) signUp.mutate(form);
  };

  return (
    <AuthCard
      title="Create your account"
      description="Practice interviews, hire, and keep your career notes: one account for all of it."
      footer={
        <>
          Already have an account?{' '}
          <Anchor component={Link} to="/sign-in">
            Sign in
          </Anchor>
        </>
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormError error={signUp.error} />
          <TextInput label="Name" autoComplete="name" required error={problems.name} value={form.name} onChange={(e) => setForm({ ...form, name: e.currentTarget.value })} />
          <TextInput label="Email" type="email" autoComplete="email" required error={problems.email} value={form.email} onChange={(e) => setForm({ ...form, email: e.currentTarget.value })} />
          <PasswordInput
            label="Password"
            autoComplete="new-password"
            required
            error={problems.password}
            description={`At least ${minLength} characters, mixing two of: lower case, upper case, digits, symbols.`}
            value={form.password}
            onChange={(e) => setForm({ ...form, password: e.currentTarget.value })}
          />
          <Button type="submit" loading={signUp.isPending} fullWidth>
            Create account
          </Button>
          <Text size="xs" c="dimmed">
            Your data stays on this server.
          </Text>
        </Stack>
      </form>
    </AuthCard>
  );
}
