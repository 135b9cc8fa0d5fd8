import { Badge, Button, Card, Divider, Group, PasswordInput, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { llmKeyProviders, type LlmKeyProvider } from '#shared/contracts/ai-usage.ts';
import type { ProviderKey, PutKeyBody } from '#shared/contracts/keys.ts';
import type { CredentialProvider } from '#shared/vocabulary.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { BudgetCard } from '#web/features/ai-usage/components/budget-card.tsx';
import { formatDateTime, formatRelativeTime } from '#web/ui/format-time.ts';
import type { KeyOwner } from '#web/features/keys/api/keys-api.ts';
import { useDeleteKey, useSaveKey, useTestKey } from '#web/features/keys/hooks/use-provider-keys.ts';
import { providerInfo } from '#web/features/keys/key-providers.ts';

const statusColor = { ok: 'teal', failed: 'red', unchecked: 'gray' } as const;

/** Keys the engine pays LLM calls with can have a monthly budget; speech and rooms keys cannot. */
function isLlmKeyProvider(provider: CredentialProvider): provider is LlmKeyProvider {
  return (llmKeyProviders as readonly string[]).includes(provider);
}

export function ProviderKeyCard({ owner, provider, stored }: { owner: KeyOwner; provider: CredentialProvider; stored: ProviderKey | undefined }) {
  const info = providerInfo[provider];
  const [editing, setEditing] = useState(false);
  const test = useTestKey(owner, provider);
  const remove = useDeleteKey(owner, provider);

  return (
    <Card withBorder radius="lg" padding="lg" data-testid={`key-card-${provider}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Group gap="xs">
              <Text fw={600}>{info.label}</Text>
              {stored ? (
                <Tooltip label={stored.message ?? (stored.checkedAt ? `Checked ${formatDateTime(stored.checkedAt)}` : 'Not tested yet')} withArrow multiline maw={320}>
                  <Badge variant="light" color={statusColor[stored.status]}>
                    {stored.status === 'ok' ? 'working' : stored.status === 'failed' ? 'failed' : 'not tested'}
                  </Badge>
                </Tooltip>
              ) : null}
            </Group>
            <Text size="sm" c="dimmed">
              {info.description}
            </Text>
            {stored ? (
              <Text size="xs" c="dimmed">
                Key ending in <b>{stored.last4 ?? '····'}</b>
                {stored.baseUrl ? ` · ${stored.baseUrl}` : ''}
                {stored.model ? ` · model ${stored.model}` : ''}
                {stored.checkedAt ? ` · checked ${formatRelativeTime(stored.checkedAt)}` : ''}
              </Text>
            ) : null}
          </Stack>
          {editing ? null : (
            <Group gap="xs" wrap="nowrap">
              {stored ? (
                <>
                  <Button size="xs" variant="default" loading={test.isPending} onClick={() => test.mutate()}>
                    Test
                  </Button>
                  <Button size="xs" variant="default" onClick={() => setEditing(true)}>
                    Replace
                  </Button>
                  <Button size="xs" variant="subtle" color="red" loading={remove.isPending} onClick={() => remove.mutate()}>
                    Delete
                  </Button>
                </>
              ) : (
                <Button size="xs" variant="light" onClick={() => setEditing(true)}>
                  Add key
                </Button>
              )}
            </Group>
          )}
        </Group>
        {test.data ? (
          <Text size="sm" c={test.data.ok ? 'teal' : 'red'} role="status">
            {test.data.ok ? 'The provider accepted the key. ' : 'The provider refused: '}
            {test.data.message}
          </Text>
        ) : null}
        <FormError error={test.error ?? remove.error} />
        {editing ? (
          <KeyForm
            owner={owner}
            provider={provider}
            stored={stored}
            onDone={() => {
              setEditing(false);
              test.reset();
            }}
            onCancel={() => setEditing(false)}
          />
        ) : null}
        {stored && isLlmKeyProvider(provider) ? (
          <>
            <Divider />
            <BudgetCard
              embedded
              owner={{ ...owner, provider }}
              description={`Limits what calls paid with this ${info.label} key spend per calendar month (UTC). ${owner.kind === 'me' ? 'You are' : 'Owners are'} notified at 80%; at 100% calls with this key answer with the offline engine.`}
            />
          </>
        ) : null}
      </Stack>
    </Card>
  );
}

function KeyForm({
  owner,
  provider,
  stored,
  onDone,
  onCancel,
}: {
  owner: KeyOwner;
  provider: CredentialProvider;
  stored: ProviderKey | undefined;
  onDone: () => void;
  onCancel: () => void;
}) {
  const info = providerInfo[provider];
  const [form, setForm] = useState({ apiKey: '', apiSecret: '', baseUrl: stored?.baseUrl ?? '', model: stored?.model ?? '' });
  const save = useSaveKey(owner, provider);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: PutKeyBody = { apiKey: form.apiKey.trim() };
    if (info.needsBaseUrl || form.baseUrl.trim()) body.baseUrl = form.baseUrl.trim();
    if (info.needsSecret) body.apiSecret = form.apiSecret.trim();
    if (form.model.trim()) body.model = form.model.trim();
    save.mutate(body, { onSuccess: onDone });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm" maw={480}>
        <FormError error={save.error} />
        {info.needsBaseUrl ? (
          <TextInput label="Server URL" placeholder={info.baseUrlHint} required value={form.baseUrl} onChange={(e) => setForm({ ...form, baseUrl: e.currentTarget.value })} />
        ) : null}
        <PasswordInput label={info.keyLabel} autoComplete="off" required value={form.apiKey} onChange={(e) => setForm({ ...form, apiKey: e.currentTarget.value })} />
        {info.needsSecret ? (
          <PasswordInput label="API secret" autoComplete="off" required value={form.apiSecret} onChange={(e) => setForm({ ...form, apiSecret: e.currentTarget.value })} />
        ) : null}
        {provider === 'deepgram' || provider === 'livekit' ? null : (
          <TextInput label="Default model (optional)" value={form.model} onChange={(e) => setForm({ ...form, model: e.currentTarget.value })} />
        )}
        <Group gap="sm">
          <Button type="submit" loading={save.isPending}>
            Save key
          </Button>
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
