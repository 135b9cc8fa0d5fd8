import { Loader, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { keyProviders } from '#shared/contracts/keys.ts';
import { api } from '#web/app/api-client.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { findKeys, keysQueryKey, type KeyOwner } from '../api/keys-api.ts';
import { ProviderKeyCard } from './provider-key-card.tsx';

/** One card per provider for the keys of a user or a workspace. */
export function ProviderKeyList({ owner }: { owner: KeyOwner }) {
  const keys = useQuery({ queryKey: keysQueryKey(owner), queryFn: () => findKeys(api, owner) });
  return (
    <Stack gap="md">
      <FormError error={keys.error} />
      {keys.isPending ? <Loader size="sm" /> : null}
      {keys.data
        ? keyProviders.map((provider) => (
            <ProviderKeyCard key={provider} owner={owner} provider={provider} stored={keys.data.find((item) => item.provider === provider)} />
          ))
        : null}
    </Stack>
  );
}
