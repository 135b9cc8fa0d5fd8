import { Accordion, Text } from '@mantine/core';
import { ProviderKeyList } from '#web/features/keys/components/provider-key-list.tsx';

/** Owners store the workspace's provider keys: used for its members' hiring work when they bring no key of their own. */
export function WorkspaceKeysSection({ workspaceId }: { workspaceId: string }) {
  return (
    <Accordion variant="contained" radius="md">
      <Accordion.Item value="keys">
        <Accordion.Control data-testid="workspace-keys-toggle">
          <Text fw={600}>Workspace API keys</Text>
          <Text size="sm" c="dimmed">
            Used for this workspace&apos;s hiring work when a member has no key of their own. Only owners see them.
          </Text>
        </Accordion.Control>
        <Accordion.Panel>
          <ProviderKeyList owner={{ kind: 'workspace', workspaceId }} />
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
