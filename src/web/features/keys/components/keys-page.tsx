import { Alert, Loader, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { keyProviders } from '#shared/contracts/keys.ts';
import { api } from '#web/app/api-client.ts';
import { FormError } from '#web/features/auth/components/form-error.tsx';
import { PageHeader } from '#web/ui/page-header.tsx';
import { findMyKeys } from '../api/keys-api.ts';
import { ProviderKeyCard } from './provider-key-card.tsx';

export const myKeysKey = ['me', 'keys'] as const;

export function KeysPage() {
  const keys = useQuery({ queryKey: myKeysKey, queryFn: () => findMyKeys(api) });
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
        <FormError error={keys.error} />
        {keys.isPending ? <Loader size="sm" /> : null}
        {keys.data
          ? keyProviders.map((provider) => <ProviderKeyCard key={provider} provider={provider} stored={keys.data.find((item) => item.provider === provider)} />)
          : null}
      </Stack>
    </>
  );
}
