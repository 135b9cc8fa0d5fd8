import { Badge, Button, Card, Group, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useCurrentUser, useRefreshSession } from '#web/features/auth/hooks/use-current-user.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { useDisableTwoFactor } from '#web/features/security/hooks/use-two-factor.ts';
import { TwoFactorSetup } from './two-factor-setup.tsx';

export function TwoFactorCard() {
  const me = useCurrentUser();
  const refresh = useRefreshSession();
  const [mode, setMode] = useState<'idle' | 'setup' | 'disable'>('idle');
  const enabled = me.data?.twoFactorEnabled ?? false;

  return (
    <Card withBorder radius="lg" padding="lg">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Group gap="xs">
              <Title order={3} size="h4">
                Two-factor authentication
              </Title>
              <Badge variant="light" color={enabled ? 'teal' : 'gray'} data-testid="two-factor-status">
                {enabled ? 'On' : 'Off'}
              </Badge>
            </Group>
            <Text size="sm" c="dimmed">
              Ask for a code from an authenticator app (or a backup code) every time you sign in.
            </Text>
          </Stack>
          {mode === 'idle' ? (
            enabled ? (
              <Button variant="default" color="red" onClick={() => setMode('disable')}>
                Turn off
              </Button>
            ) : (
              <Button onClick={() => setMode('setup')}>Turn on</Button>
            )
          ) : null}
        </Group>
        {mode === 'setup' ? (
          <TwoFactorSetup
            onCancel={() => setMode('idle')}
            onEnabled={async () => {
              setMode('idle');
              await refresh();
            }}
          />
        ) : null}
        {mode === 'disable' ? (
          <DisableTwoFactorForm
            onCancel={() => setMode('idle')}
            onDisabled={async () => {
              setMode('idle');
              await refresh();
            }}
          />
        ) : null}
      </Stack>
    </Card>
  );
}

/** Switching 2FA off takes the password and a valid code, so a stolen session alone cannot do it. */
function DisableTwoFactorForm({ onDisabled, onCancel }: { onDisabled: () => Promise<void>; onCancel: () => void }) {
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const disable = useDisableTwoFactor();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    disable.mutate({ password, code }, { onSuccess: () => void onDisabled() });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm" maw={380}>
        <FormError error={disable.error} />
        <PasswordInput label="Password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
        <TextInput
          label="Code from your app, or a backup code"
          autoComplete="one-time-code"
          required
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
        />
        <Group gap="sm">
          <Button type="submit" color="red" loading={disable.isPending}>
            Turn off two-factor authentication
          </Button>
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
