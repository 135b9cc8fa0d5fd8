import { Loader, Stack } from '@mantine/core';
import { credentialProviders } from '#shared/vocabulary.ts';
import { QueryError } from '#web/ui/query-error.tsx';
import type { KeyOwner } from '#web/features/keys/api/keys-api.ts';
import { useProviderKeys } from '#web/features/keys/hooks/use-provider-keys.ts';
import { ProviderKeyCard } from './provider-key-card.tsx';

/** One card per provider for the keys of a user or a workspace. */
export function ProviderKeyList({ owner }: { owner: KeyOwner }) {
  const keys = useProviderKeys(owner);
  return (
    <Stack gap="md">
      <QueryError error={keys.error} onRetry={() => keys.refetch()} what="the keys" />
      {keys.isPending ? <Loader size="sm" /> : null}
      {keys.data
        ? credentialProviders.map((provider) => (
            <ProviderKeyCard key={provider} owner={owner} provider={provider} stored={keys.data.find((item) => item.provider === provider)} />
          ))
        : null}
    </Stack>
  );
}
