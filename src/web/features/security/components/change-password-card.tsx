import { Alert, Button, Card, Checkbox, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { FormError } from '#web/ui/form-error.tsx';
import { useChangePassword } from '#web/features/security/hooks/use-two-factor.ts';

export function ChangePasswordCard() {
  const [form, setForm] = useState({ currentPassword: '', newPassword: '', revokeOtherSessions: true });
  const change = useChangePassword();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    change.mutate(form, { onSuccess: () => setForm({ currentPassword: '', newPassword: '', revokeOtherSessions: true }) });
  };
  return (
    <Card withBorder radius="lg" padding="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" maw={420}>
          <Title order={3} size="h4">
            Password
          </Title>
          <Text size="sm" c="dimmed">
            Choose a new password. You need the current one.
          </Text>
          <FormError error={change.error} />
          {change.isSuccess ? (
            <Alert color="teal" variant="light" py="xs">
              Password changed.
            </Alert>
          ) : null}
          <PasswordInput
            label="Current password"
            autoComplete="current-password"
            required
            value={form.currentPassword}
            onChange={(e) => setForm({ ...form, currentPassword: e.currentTarget.value })}
          />
          <PasswordInput
            label="New password"
            autoComplete="new-password"
            required
            value={form.newPassword}
            onChange={(e) => setForm({ ...form, newPassword: e.currentTarget.value })}
          />
          <Checkbox
            label="Sign out my other sessions"
            checked={form.revokeOtherSessions}
            onChange={(e) => setForm({ ...form, revokeOtherSessions: e.currentTarget.checked })}
          />
          <Button type="submit" loading={change.isPending} w="fit-content">
            Change password
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
