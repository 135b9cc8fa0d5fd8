import { Button, Card, Group, Loader, NumberInput, Progress, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { Budget } from '#shared/contracts/ai-usage.ts';
import { fieldError } from '#web/app/api-client.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { QueryError } from '#web/ui/query-error.tsx';
import type { BudgetOwner } from '#web/features/ai-usage/api/ai-usage-api.ts';
import { useBudget, useRemoveBudget, useSaveBudget } from '#web/features/ai-usage/hooks/use-ai-usage.ts';

const numberFormat = new Intl.NumberFormat();
const usd = new Intl.NumberFormat(undefined, { style: 'currency', currency: 'USD' });

function optionalNumber(value: string | number): number | null {
  return value === '' ? null : Number(value);
}

function BudgetStanding({ budget }: { budget: Budget }) {
  const share = Math.min(budget.used, 1) * 100;
  return (
    <Stack gap={4} data-testid="budget-standing">
      <Progress value={share} color={budget.reached ? 'red' : budget.used >= 0.8 ? 'yellow' : 'teal'} aria-label="Share of the budget used" />
      <Text size="sm">
        {budget.month}: {numberFormat.format(budget.spentTokens)} tokens
        {budget.monthlyTokens === null ? '' : ` of ${numberFormat.format(budget.monthlyTokens)}`}, {usd.format(budget.spentCostUsd)}
        {budget.monthlyCostUsd === null ? '' : ` of ${usd.format(budget.monthlyCostUsd)}`}.
      </Text>
      {budget.reached ? (
        <Text size="sm" c="red" data-testid="budget-reached">
          The budget is used up: AI features answer with the built-in offline engine until the month ends or the budget is raised.
        </Text>
      ) : null}
    </Stack>
  );
}

function BudgetForm({ owner, budget }: { owner: BudgetOwner; budget: Budget | null }) {
  const [tokens, setTokens] = useState<string | number>(budget?.monthlyTokens ?? '');
  const [cost, setCost] = useState<string | number>(budget?.monthlyCostUsd ?? '');
  const save = useSaveBudget(owner);
  const remove = useRemoveBudget(owner);
  // The server names the field it refused: its words go beside that field, anything else above the form.
  const tokensError = fieldError(save.error, 'monthlyTokens');
  const costError = fieldError(save.error, 'monthlyCostUsd');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ monthlyTokens: optionalNumber(tokens), monthlyCostUsd: optionalNumber(cost) });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormError error={tokensError || costError ? remove.error : (save.error ?? remove.error)} />
        <Group grow align="flex-start">
          <NumberInput label="Tokens per month" placeholder="No token limit" min={1} allowDecimal={false} thousandSeparator="," value={tokens} onChange={setTokens} error={tokensError} />
          <NumberInput label="US dollars per month" placeholder="No cost limit" min={0.01} decimalScale={2} prefix="$" value={cost} onChange={setCost} error={costError} />
        </Group>
        <Group>
          <Button type="submit" loading={save.isPending} disabled={tokens === '' && cost === ''}>
            Save budget
          </Button>
          {budget ? (
            <Button variant="subtle" color="red" loading={remove.isPending} onClick={() => remove.mutate()}>
              Remove budget
            </Button>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}

/**
 * A monthly limit on LLM spending; near it the owner is notified, at it AI features answer offline. `embedded` drops
 * the card's frame, for a budget shown inside another card (one stored key's).
 */
export function BudgetCard({ owner, description, embedded = false }: { owner: BudgetOwner; description: string; embedded?: boolean }) {
  const state = useBudget(owner);
  return (
    <Card withBorder={!embedded} radius="lg" padding={embedded ? 0 : 'lg'} data-testid="budget-card">
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={3} size="h4">
            Monthly budget
          </Title>
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        </Stack>
        <QueryError error={state.error} onRetry={() => state.refetch()} what="the budget" />
        {state.isPending ? <Loader size="sm" aria-label="Loading the budget" /> : null}
        {state.data ? (
          <>
            {state.data.budget ? <BudgetStanding budget={state.data.budget} /> : <Text size="sm">No budget: calls are not limited.</Text>}
            <BudgetForm key={JSON.stringify(state.data.budget)} owner={owner} budget={state.data.budget} />
          </>
        ) : null}
      </Stack>
    </Card>
  );
}
