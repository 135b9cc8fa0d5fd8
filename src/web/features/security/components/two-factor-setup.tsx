import { Button, Code, CopyButton, Group, Image, List, PasswordInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { FormError } from '#web/ui/form-error.tsx';
import { useConfirmTwoFactor, useEnableTwoFactor, useTotpQrCode } from '#web/features/security/hooks/use-two-factor.ts';

/** The backup codes as a text file the browser saves ("parley-backup-codes.txt"). */
function downloadCodes(codes: readonly string[]): void {
  const text = `Parley backup codes (each signs you in once)\n\n${codes.join('\n')}\n`;
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'parley-backup-codes.txt';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The secret inside an otpauth:// URI, for people who type it instead of scanning. */
function readSecret(totpURI: string): string {
  try {
    return new URL(totpURI).searchParams.get('secret') ?? '';
  } catch {
    return '';
  }
}

/** Turning 2FA on: confirm the password, scan the QR code, keep the backup codes, prove it with one code. */
export function TwoFactorSetup({ onEnabled, onCancel }: { onEnabled: () => Promise<void>; onCancel: () => void }) {
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const enable = useEnableTwoFactor();
  const confirm = useConfirmTwoFactor();
  const qr = useTotpQrCode(enable.data?.totpURI);

  if (!enable.data) {
    const submit = (event: FormEvent) => {
      event.preventDefault();
      enable.mutate(password);
    };
    return (
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" maw={380}>
          <FormError error={enable.error} />
          <PasswordInput label="Confirm your password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
          <Group gap="sm">
            <Button type="submit" loading={enable.isPending}>
              Continue
            </Button>
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          </Group>
        </Stack>
      </form>
    );
  }

  const submitCode = (event: FormEvent) => {
    event.preventDefault();
    confirm.mutate(code, { onSuccess: () => void onEnabled() });
  };
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <Stack gap="xs">
          <Text fw={600} size="sm">
            1. Scan this with your authenticator app
          </Text>
          {qr.data ? <Image src={qr.data} alt="QR code for your authenticator app" w={200} h={200} radius="md" bg="white" p={4} /> : null}
          <Text size="xs" c="dimmed">
            Or type this secret key:
          </Text>
          <Code data-testid="totp-secret" style={{ wordBreak: 'break-all' }}>
            {readSecret(enable.data.totpURI)}
          </Code>
        </Stack>
        <Stack gap="xs">
          <Text fw={600} size="sm">
            2. Keep these backup codes somewhere safe
          </Text>
          <Text size="xs" c="dimmed">
            Each one signs you in once if you lose your phone. They are shown only now.
          </Text>
          <List size="sm" spacing={2} ff="monospace" data-testid="backup-codes" listStyleType="none">
            {enable.data.backupCodes.map((backupCode) => (
              <List.Item key={backupCode}>{backupCode}</List.Item>
            ))}
          </List>
          <Group gap="xs">
            <CopyButton value={enable.data.backupCodes.join('\n')}>
              {({ copied, copy }) => (
                <Button size="xs" variant="default" onClick={copy}>
                  {copied ? 'Copied' : 'Copy codes'}
                </Button>
              )}
            </CopyButton>
            <Button size="xs" variant="default" onClick={() => downloadCodes(enable.data.backupCodes)}>
              Download as a text file
            </Button>
          </Group>
        </Stack>
      </SimpleGrid>
      <form onSubmit={submitCode} noValidate>
        <Stack gap="sm" maw={380}>
          <Text fw={600} size="sm">
            3. Enter the code your app shows
          </Text>
          <FormError error={confirm.error} />
          <TextInput
            label="Authentication code"
            autoComplete="one-time-code"
            inputMode="numeric"
            placeholder="123456"
            required
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
          />
          <Group gap="sm">
            <Button type="submit" loading={confirm.isPending}>
              Turn on two-factor authentication
            </Button>
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          </Group>
          <Text size="xs" c="dimmed">
            Two-factor authentication is switched on only after this code is accepted.
          </Text>
        </Stack>
      </form>
    </Stack>
  );
}
