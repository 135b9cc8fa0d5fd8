import { Anchor, Button, Checkbox, Divider, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { FormError } from '#web/ui/form-error.tsx';
import { useAuthConfig } from '#web/features/auth/hooks/use-auth-config.ts';
import { useRefreshSession } from '#web/features/auth/hooks/use-current-user.ts';
import { useSignIn, useSocialSignIn } from '#web/features/auth/hooks/use-sign-in.ts';
import { safeNextPath } from '#web/features/auth/safe-next-path.ts';
import { AuthCard } from './auth-card.tsx';
import { TwoFactorChallenge } from './two-factor-challenge.tsx';

const providerLabels = { google: 'Google', microsoft: 'Microsoft' } as const;

export function SignInPage() {
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const navigate = useNavigate();
  const refresh = useRefreshSession();
  const config = useAuthConfig();
  const [form, setForm] = useState({ email: '', password: '', rememberMe: true });
  const [needsCode, setNeedsCode] = useState(false);

  const finish = async () => {
    await refresh();
    await navigate(next, { replace: true });
  };

  const signIn = useSignIn();
  const social = useSocialSignIn(next);

  if (needsCode) {
    return (
      <AuthCard title="Two-factor authentication" description="Enter the 6-digit code from your authenticator app.">
        <TwoFactorChallenge onVerified={finish} onCancel={() => setNeedsCode(false)} />
      </AuthCard>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate(form, {
      onSuccess: ({ twoFactorRedirect }) => {
        if (twoFactorRedirect) setNeedsCode(true);
        else void finish();
      },
    });
  };

  return (
    <AuthCard
      title="Sign in"
      description="Welcome back to Parley."
      footer={
        <>
          New here?{' '}
          <Anchor component={Link} to="/sign-up">
            Create an account
          </Anchor>
        </>
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormError error={signIn.error ?? social.error} />
          <TextInput label="Email" type="email" autoComplete="username" required value={form.email} onChange={(e) => setForm({ ...form, email: e.currentTarget.value })} />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            required
            value={form.password}
            onChange={(e) => setForm({ ...form, password: e.currentTarget.value })}
          />
          <Group justify="space-between">
            <Checkbox label="Remember me" checked={form.rememberMe} onChange={(e) => setForm({ ...form, rememberMe: e.currentTarget.checked })} />
            <Anchor component={Link} to="/forgot-password" size="sm">
              Forgot password?
            </Anchor>
          </Group>
          <Button type="submit" loading={signIn.isPending} fullWidth>
            Sign in
          </Button>
          {config.data && config.data.socialProviders.length > 0 ? (
            <>
              <Divider label="or" labelPosition="center" />
              {config.data.socialProviders.map((provider) => (
                <Button key={provider} variant="default" fullWidth loading={social.isPending && social.variables === provider} onClick={() => social.mutate(provider)}>
                  Continue with {providerLabels[provider]}
                </Button>
              ))}
            </>
          ) : null}
        </Stack>
      </form>
    </AuthCard>
  );
}
