import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BudgetBody } from '#shared/contracts/ai-usage.ts';
import { api } from '#web/app/api-client.ts';
import { deleteBudget, findBudget, findUsage, putBudget, type BudgetOwner, type UsageOwner, type UsageRange } from '#web/features/ai-usage/api/ai-usage-api.ts';
import { aiUsageKeys } from './ai-usage-keys.ts';

export function useUsageReport(owner: UsageOwner, range: UsageRange) {
  return useQuery({ queryKey: aiUsageKeys.usage(owner, range), queryFn: () => findUsage(api, owner, range) });
}

export function useBudget(owner: BudgetOwner) {
  return useQuery({ queryKey: aiUsageKeys.budget(owner), queryFn: () => findBudget(api, owner) });
}

export function useSaveBudget(owner: BudgetOwner) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BudgetBody) => putBudget(api, owner, body),
    onSuccess: (state) => queryClient.setQueryData(aiUsageKeys.budget(owner), state),
  });
}

export function useRemoveBudget(owner: BudgetOwner) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteBudget(api, owner),
    onSuccess: () => queryClient.setQueryData(aiUsageKeys.budget(owner), { budget: null }),
  });
}
