import type { CheckBudget } from '#server/ai/index.ts';
import { notify } from '#server/modules/notifications/index.ts';
import type { Budget } from '#shared/contracts/ai-usage.ts';
import type { AiUsageDeps } from './ai-usage-deps.ts';
import { findBudget, findKeyOwner, findWorkspaceOwnerIds, type BudgetOwner } from './budgets.repo.ts';
import { estimateCost, readModelPrices, roundUsd } from './model-prices.ts';
import { sumLlmSpendSince, type UsageScope } from './usage-report.repo.ts';

/** The share of a budget at which its owner is told it is nearly used up. */
export const nearBudgetShare = 0.8;

/** The calendar month (UTC) a time falls in, as `YYYY-MM`: budgets count per month. */
export function monthOf(at: Date): string {
  return at.toISOString().slice(0, 7);
}

function scopeOf(owner: BudgetOwner): UsageScope {
  switch (owner.payer) {
    case 'workspace':
      return { kind: 'workspace', workspaceId: owner.workspaceId };
    case 'user':
      return { kind: 'user-key', userId: owner.userId };
    case 'key':
      return { kind: 'key', keyId: owner.keyId };
  }
}

/** Who is told about a budget, in whose words, and where it is managed. */
async function noticeAudience(deps: AiUsageDeps, owner: BudgetOwner): Promise<{ recipients: string[]; whose: string; link: string; id: string }> {
  switch (owner.payer) {
    case 'workspace':
      return { recipients: await findWorkspaceOwnerIds(deps.db, owner.workspaceId), whose: "The workspace's", link: '/settings/workspaces', id: owner.workspaceId };
    case 'user':
      return { recipients: [owner.userId], whose: 'Your API key’s', link: '/settings/ai-usage', id: owner.userId };
    case 'key': {
      const key = await findKeyOwner(deps.db, owner.keyId);
      if (!key) return { recipients: [], whose: '', link: '', id: owner.keyId };
      if (key.workspaceId) return { recipients: await findWorkspaceOwnerIds(deps.db, key.workspaceId), whose: `The workspace's ${key.provider} key’s`, link: '/settings/workspaces', id: `key:${owner.keyId}` };
      return { recipients: key.userId ? [key.userId] : [], whose: `Your ${key.provider} key’s`, link: '/settings/ai-usage', id: `key:${owner.keyId}` };
    }
  }
}

/** The owner's budget with what this month has spent of it; null when none is set. */
export async function readBudget(deps: AiUsageDeps, owner: BudgetOwner): Promise<Budget | null> {
  const row = await findBudget(deps.db, owner);
  if (!row) return null;
  const month = monthOf(deps.now());
  const [spend, prices] = await Promise.all([sumLlmSpendSince(deps.db, scopeOf(owner), `${month}-01`), readModelPrices(deps)]);
  const spentTokens = spend.reduce((total, model) => total + model.inputTokens + model.outputTokens, 0);
  const spentCostUsd = spend.reduce((total, model) => total + (estimateCost(prices, model.model, model) ?? 0), 0);
  const shares = [row.monthlyTokens === null ? 0 : spentTokens / row.monthlyTokens, row.monthlyCostUsd === null ? 0 : spentCostUsd / row.monthlyCostUsd];
  const used = Math.max(...shares);
  return { monthlyTokens: row.monthlyTokens, monthlyCostUsd: row.monthlyCostUsd, month, spentTokens, spentCostUsd: roundUsd(spentCostUsd), used, reached: used >= 1 };
}

/** Tells the owner (a workspace's owners, or the user) once a month that the budget is nearly or fully used. */
async function sendNotices(deps: AiUsageDeps, owner: BudgetOwner, budget: Budget): Promise<void> {
  if (budget.used < nearBudgetShare) return;
  const stage = budget.reached ? 'reached' : 'near';
  const { recipients, whose, link, id } = await noticeAudience(deps, owner);
  const eventKey = `ai-budget:${id}:${budget.month}:${stage}`;
  const title = budget.reached ? `${whose} AI budget for ${budget.month} is used up` : `${whose} AI budget for ${budget.month} is ${Math.floor(budget.used * 100)}% used`;
  const message = budget.reached
    ? 'Until the month ends or the budget is raised, AI features answer with the built-in offline engine.'
    : 'When it is used up, AI features answer with the built-in offline engine until the month ends.';
  for (const userId of recipients) await notify(deps.db, userId, { type: 'ai_budget', eventKey, title, message, link });
}

/**
 * What the engine asks before every LLM call (decision 039): the workspace's budget counts every call made in the
 * workspace, a user's counts the calls paid with their own keys, a key's the calls paid with that key. At any of
 * them the engine answers offline.
 */
export function createBudgetCheck(deps: AiUsageDeps): CheckBudget {
  return async ({ userId, workspaceId, source, keyId }) => {
    const owners: BudgetOwner[] = [];
    if (workspaceId) owners.push({ payer: 'workspace', workspaceId });
    if (userId && source === 'user') owners.push({ payer: 'user', userId });
    if (keyId) owners.push({ payer: 'key', keyId });
    for (const owner of owners) {
      const budget = await readBudget(deps, owner);
      if (!budget) continue;
      await sendNotices(deps, owner, budget);
      if (budget.reached) return { reached: true };
    }
    return { reached: false };
  };
}
