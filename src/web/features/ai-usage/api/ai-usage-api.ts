import { budgetStateSchema, usageReportSchema, type BudgetBody, type BudgetState, type LlmKeyProvider, type UsageReport } from '#shared/contracts/ai-usage.ts';
import type { ApiClient } from '#web/app/api-client.ts';

/** Whose AI usage: the signed-in user's own, a workspace's (owners), or the whole installation's (administrators). */
export type UsageOwner = { kind: 'me' } | { kind: 'workspace'; workspaceId: string } | { kind: 'installation' };
/** Budgets exist for the user's own keys and for workspaces, and (with a provider) for one stored key of either. */
export type BudgetOwner = Exclude<UsageOwner, { kind: 'installation' }> & { provider?: LlmKeyProvider };

export type UsageRange = { from: string; to: string };

function usagePath(owner: UsageOwner): string {
  if (owner.kind === 'me') return '/api/me/usage';
  if (owner.kind === 'installation') return '/api/admin/usage';
  return `/api/workspaces/${encodeURIComponent(owner.workspaceId)}/usage`;
}

function budgetPath(owner: BudgetOwner): string {
  const base = owner.kind === 'me' ? '/api/me' : `/api/workspaces/${encodeURIComponent(owner.workspaceId)}`;
  return owner.provider === undefined ? `${base}/ai-budget` : `${base}/keys/${encodeURIComponent(owner.provider)}/ai-budget`;
}

export function findUsage(client: ApiClient, owner: UsageOwner, range: UsageRange): Promise<UsageReport> {
  const query = new URLSearchParams(range);
  return client.get(`${usagePath(owner)}?${query.toString()}`, { schema: usageReportSchema });
}

export function findBudget(client: ApiClient, owner: BudgetOwner): Promise<BudgetState> {
  return client.get(budgetPath(owner), { schema: budgetStateSchema });
}

export function putBudget(client: ApiClient, owner: BudgetOwner, body: BudgetBody): Promise<BudgetState> {
  return client.put(budgetPath(owner), body, { schema: budgetStateSchema });
}

export function deleteBudget(client: ApiClient, owner: BudgetOwner): Promise<void> {
  return client.delete(budgetPath(owner));
}
