import type { BudgetOwner, UsageOwner, UsageRange } from '#web/features/ai-usage/api/ai-usage-api.ts';

function ownerKey(owner: UsageOwner): readonly string[] {
  if (owner.kind === 'me') return ['me'];
  if (owner.kind === 'installation') return ['admin'];
  return ['workspaces', owner.workspaceId];
}

/** Usage reports and budgets live under their owner's key, so refreshing the owner refreshes them. */
export const aiUsageKeys = {
  usage: (owner: UsageOwner, range: UsageRange) => [...ownerKey(owner), 'ai-usage', range.from, range.to] as const,
  budget: (owner: BudgetOwner) => [...ownerKey(owner), 'ai-budget', owner.provider ?? 'all-keys'] as const,
};
