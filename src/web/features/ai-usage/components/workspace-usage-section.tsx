import { Accordion, Stack, Text } from '@mantine/core';
import { BudgetCard } from './budget-card.tsx';
import { UsageReportCard } from './usage-report-card.tsx';

/** Owners see what the workspace's AI calls used and set its monthly budget. */
export function WorkspaceUsageSection({ workspaceId }: { workspaceId: string }) {
  const owner = { kind: 'workspace', workspaceId } as const;
  return (
    <Accordion variant="contained" radius="md">
      <Accordion.Item value="usage">
        <Accordion.Control data-testid="workspace-usage-toggle">
          <Text fw={600}>AI usage and budget</Text>
          <Text size="sm" c="dimmed">
            Calls, tokens and estimated cost of the workspace&apos;s AI work, and a monthly limit. Only owners see this.
          </Text>
        </Accordion.Control>
        <Accordion.Panel>
          <Stack gap="md">
            <UsageReportCard owner={owner} title="The workspace's AI calls" description="Every AI call made in this workspace, whoever's key paid." />
            <BudgetCard owner={owner} description="Limits every AI call made in this workspace per calendar month (UTC). Owners are notified at 80%; at 100% the workspace's AI features answer with the offline engine. Each of the workspace's stored keys can also have its own budget under its keys." />
          </Stack>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
