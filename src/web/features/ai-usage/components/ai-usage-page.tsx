import { Stack } from '@mantine/core';
import { PageHeader } from '#web/ui/page-header.tsx';
import { BudgetCard } from './budget-card.tsx';
import { UsageReportCard } from './usage-report-card.tsx';

const me = { kind: 'me' } as const;

/** Settings → AI usage: the signed-in user's own AI calls, and the budget of the keys they stored. */
export function AiUsagePage() {
  return (
    <>
      <PageHeader title="AI usage" description="What your AI calls used: calls, tokens, estimated cost, and how often the offline engine answered instead." />
      <Stack gap="lg">
        <UsageReportCard owner={me} title="Your AI calls" description="Every AI call made for you, offline or through a model. Costs are estimates from the installation's price table." />
        <BudgetCard
          owner={me}
          description="Limits what your own API keys spend per calendar month (UTC). You are notified at 80%; at 100% your AI features answer with the offline engine. Each stored key can also have its own budget on the API keys page."
        />
      </Stack>
    </>
  );
}
