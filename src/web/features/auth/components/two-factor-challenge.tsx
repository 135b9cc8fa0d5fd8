import { Anchor, Button, Group, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { FormError } from '#web/ui/form-error.tsx';
import { useVerifySecondFactor } from '#web/features/auth/hooks/use-sign-in.ts';

/** The second step of signing in: a TOTP code, or one of the backup codes. */
export function TwoFactorChallenge({ onVerified, onCancel }: { onVerified: () => Promise<void>; onCancel: () => void }) {
  const [useBackup, setUseBackup] = useState(false);
  const [code, setCode] = useState('');
  const verify = useVerifySecondFactor();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    verify.mutate({ code, backup: useBackup }, { onSuccess: () => void onVerified() });
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
