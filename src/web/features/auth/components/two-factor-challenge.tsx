import { Anchor, Button, Group, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { authClient, unwrapAuth } from '../api/auth-client.ts';
import { FormError } from '#web/ui/form-error.tsx';

/** The second step of signing in: a TOTP code, or one of the backup codes. */
export function TwoFactorChallenge({ onVerified, onCancel }: { onVerified: () => Promise<void>; onCancel: () => void }) {
  const [useBackup, setUseBackup] = useState(false);
  const [code, setCode] = useState('');
  const verify = useMutation({
    mutationFn: () =>
      useBackup
        ? unwrapAuth(authClient.twoFactor.verifyBackupCode({ code: code.trim() }))
        : unwrapAuth(authClient.twoFactor.verifyTotp({ code: code.replace(/\s+/g, '') })),
    onSuccess: () => onVerified(),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    verify.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormError error={verify.error} />
        <TextInput
          label={useBackup ? 'Backup code' : 'Authentication code'}
          description={useBackup ? 'Each backup code works once.' : undefined}
          autoComplete="one-time-code"
          inputMode={useBackup ? 'text' : 'numeric'}
          placeholder={useBackup ? 'xxxxx-xxxxx' : '123456'}
          required
          autoFocus
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
        />
        <Button type="submit" loading={verify.isPending} fullWidth>
          Verify
        </Button>
        <Group justify="space-between">
          <Anchor
            component="button"
            type="button"
            size="sm"
            onClick={() => {
              setUseBackup(!useBackup);
              setCode('');
              verify.reset();
            }}
          >
            {useBackup ? 'Use your authenticator app' : 'Use a backup code instead'}
          </Anchor>
          <Anchor component="button" type="button" size="sm" c="dimmed" onClick={onCancel}>
            Back
          </Anchor>
        </Group>
      </Stack>
    </form>
  );
}
