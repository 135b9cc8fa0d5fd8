import { Button, Card, Group, Modal, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import { FormError } from '#web/ui/form-error.tsx';
import { useDeleteMyAccount, useExportMyData } from '#web/features/account/hooks/use-account.ts';

function downloadJson(data: unknown, fileName: string): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

export function YourDataCard() {
  const [opened, { open, close }] = useDisclosure(false);
  const [password, setPassword] = useState('');
  const download = useExportMyData();
  const remove = useDeleteMyAccount();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    remove.mutate(password, { onSuccess: close });
  };
  const downloadData = () => download.mutate(undefined, { onSuccess: (data) => downloadJson(data, `parley-export-${data.exportedAt.slice(0, 10)}.json`) });
  return (
    <Card withBorder radius="lg" padding="lg">
      <Stack gap="sm">
        <Title order={3} size="h4">
          Your data
        </Title>
        <Text size="sm" c="dimmed">
          Download everything Parley keeps about you as JSON, or delete your account and everything you own.
        </Text>
        <FormError error={download.error} />
        <Group gap="sm">
          <Button variant="default" loading={download.isPending} onClick={downloadData}>
            Download my data
          </Button>
          <Button variant="light" color="red" onClick={open}>
            Delete my account
          </Button>
        </Group>
      </Stack>
      <Modal opened={opened} onClose={close} title="Delete your account?" centered>
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Text size="sm">
              This removes your profile, practice sessions, career library and keys. Workspaces you created are deleted too
              unless another owner takes them over. It cannot be undone.
            </Text>
            <FormError error={remove.error} />
            <PasswordInput label="Your password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" color="red" loading={remove.isPending}>
                Delete everything
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Card>
  );
}
