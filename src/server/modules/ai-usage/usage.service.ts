import { authorize, authorizeAdmin, type Caller } from '#server/platform/access/index.ts';
import { AppError } from '#server/platform/errors.ts';
import type { BudgetBody, BudgetState, LlmKeyProvider, UsageQuery, UsageReport } from '#shared/contracts/ai-usage.ts';
import type { AiUsageDeps } from './ai-usage-deps.ts';
import { readBudget } from './budgets.ts';
import { deleteBudget, findKeyId, upsertBudget, type BudgetOwner } from './budgets.repo.ts';
import { estimateCost, readModelPrices, roundUsd } from './model-prices.ts';
import { latencyByModel, sumUsageByDay, type UsageScope } from './usage-report.repo.ts';

const dayMs = 24 * 60 * 60 * 1000;
/** A report spans at most this many days, so one request never sums years of rows. */
export const maxReportDays = 366;
const defaultReportDays = 30;

function isoDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

function reportDays(deps: AiUsageDeps, query: UsageQuery): { from: string; to: string } {
  const to = query.to ?? isoDay(deps.now());
  const from = query.from ?? isoDay(new Date(Date.parse(to) - (defaultReportDays - 1) * dayMs));
  if (from > to) throw new AppError('bad_request', 'to must not come before from.');
  if ((Date.parse(to) - Date.parse(from)) / dayMs + 1 > maxReportDays) throw new AppError('bad_request', `from and to must be at most ${maxReportDays} days apart.`);
  return { from, to };
}

async function report(deps: AiUsageDeps, scope: UsageScope, query: UsageQuery): Promise<UsageReport> {
  const days = reportDays(deps, query);
  const [rows, latency, prices] = await Promise.all([sumUsageByDay(deps.db, scope, days), latencyByModel(deps.db, scope, days), readModelPrices(deps)]);
  const unpriced = new Set<string>();
  const priced = rows.map((row) => {
    const cost = estimateCost(prices, row.model, row);
    if (cost === undefined && row.model !== null && row.inputTokens + row.outputTokens > 0) unpriced.add(row.model);
    return { ...row, costUsd: roundUsd(cost ?? 0) };
  });
  return { ...days, rows: priced, latency, unpricedModels: [...unpriced].sort() };
}

/** The caller's own AI calls per day, provider and model. */
export function reportMyUsage(deps: AiUsageDeps, caller: Caller, query: UsageQuery): Promise<UsageReport> {
  return report(deps, { kind: 'user', userId: caller.userId }, query);
}

/** Every AI call made in a workspace (its owners). */
export async function reportWorkspaceUsage(deps: AiUsageDeps, caller: Caller, workspaceId: string, query: UsageQuery): Promise<UsageReport> {
  await authorize(deps.db, caller, { kind: 'workspace', id: workspaceId }, 'manage');
  return report(deps, { kind: 'workspace', workspaceId }, query);
}

/** Every AI call of the installation, embeddings included (administrators). */
export function reportInstallationUsage(deps: AiUsageDeps, caller: Caller, query: UsageQuery): Promise<UsageReport> {
  authorizeAdmin(caller);
  return report(deps, { kind: 'installation' }, query);
}

/**
 * Which budget a request is about: the caller's own keys (nothing given), a workspace (its owners), or one stored
 * key of a provider, the caller's or (with a workspace) the workspace's.
 */
export type BudgetTarget = { workspaceId?: string; provider?: LlmKeyProvider };

async function ownerOf(deps: AiUsageDeps, caller: Caller, { workspaceId, provider }: BudgetTarget): Promise<BudgetOwner> {
  if (workspaceId !== undefined) await authorize(deps.db, caller, { kind: 'workspace', id: workspaceId }, 'manage');
  if (provider !== undefined) {
    const keyId = await findKeyId(deps.db, workspaceId === undefined ? { userId: caller.userId } : { workspaceId }, provider);
    if (!keyId) throw new AppError('not_found', `provider: there is no stored ${provider} key ${workspaceId === undefined ? 'of yours' : 'in this workspace'}; add it first.`);
    return { payer: 'key', keyId };
  }
  return workspaceId === undefined ? { payer: 'user', userId: caller.userId } : { payer: 'workspace', workspaceId };
}

/** The budget of the caller's own keys, of a workspace (its owners) or of one stored key, with this month's spending. */
export async function getBudget(deps: AiUsageDeps, caller: Caller, target: BudgetTarget = {}): Promise<BudgetState> {
  return { budget: await readBudget(deps, await ownerOf(deps, caller, target)) };
}

export async function setBudget(deps: AiUsageDeps, caller: Caller, body: BudgetBody, target: BudgetTarget = {}): Promise<BudgetState> {
  const owner = await ownerOf(deps, caller, target);
  await upsertBudget(deps.db, owner, body, caller.userId);
  return { budget: await readBudget(deps, owner) };
}

export async function removeBudget(deps: AiUsageDeps, caller: Caller, target: BudgetTarget = {}): Promise<void> {
  const owner = await ownerOf(deps, caller, target);
  if (!(await deleteBudget(deps.db, owner))) throw new AppError('not_found', 'There is no budget to remove.');
}
