import { SegmentedControl } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { AnalyticsRange } from '#shared/contracts/analytics.ts';
import { lastDays } from '#web/features/ai-usage/usage-summary.ts';

const periods = [
  { value: '7', label: '7 days' },
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
  { value: '365', label: 'A year' },
];

/** The period of an analytics page: the last 7, 30, 90 or 365 days, today included (30 by default). */
export function usePeriod(): { days: string; setDays: (days: string) => void; range: AnalyticsRange } {
  const [days, setDays] = useState('30');
  const range = useMemo(() => lastDays(Number(days)), [days]);
  return { days, setDays, range };
}

export function PeriodPicker({ days, onChange }: { days: string; onChange: (days: string) => void }) {
  return <SegmentedControl size="xs" data={periods} value={days} onChange={onChange} aria-label="Period" />;
}
