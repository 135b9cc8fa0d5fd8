import { Alert, Stack } from '@mantine/core';
import { PageHeader } from '#web/ui/page-header.tsx';
import { ProviderKeyList } from './provider-key-list.tsx';

export function KeysPage() {
  return (
    <>
      <PageHeader
        title="API keys"
        description="Bring your own keys for AI and speech providers. Parley works offline without any; with a key, it uses that provider for you."
      />
      <Stack gap="md">
        <Alert variant="light" color="blue" py="xs">
          Keys are encrypted on the server and never shown again: only the last four characters are displayed.
        </Alert>
        <ProviderKeyList owner={{ kind: 'me' }} />
      </Stack>
    </>
  );
}
