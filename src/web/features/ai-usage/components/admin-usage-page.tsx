import { PageHeader } from '#web/ui/page-header.tsx';
import { UsageReportCard } from './usage-report-card.tsx';

/** Administration → AI usage: every AI call of the installation, embeddings included. */
export function AdminUsagePage() {
  return (
    <>
      <PageHeader title="AI usage" description="Every AI call of this installation, for every user and workspace, embeddings included." />
      <UsageReportCard owner={{ kind: 'installation' }} title="All AI calls" description="Costs are estimates from the price table (the ai.model-prices setting)." />
    </>
  );
}
