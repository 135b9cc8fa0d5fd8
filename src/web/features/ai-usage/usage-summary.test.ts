import { describe, expect, it } from 'vitest';
import type { UsageRow } from '#shared/contracts/ai-usage.ts';
import { lastDays, sumUsage, callsPerDay, usageCsv } from './usage-summary.ts';

const row = (overrides: Partial<UsageRow>): UsageRow => ({ day: '2026-05-01', provider: 'openai', model: 'gpt-4.1-mini', calls: 1, inputTokens: 10, outputTokens: 5, costUsd: 0.01, fallbacks: 0, latencyMedianMs: 420, latencyP95Ms: 1300, ...overrides });

describe('AI usage on the page', () => {
  it('sums calls, tokens, cost and fallbacks, and splits each day into calls a model answered and calls answered offline', () => {
    const rows = [
      row({ calls: 3, fallbacks: 1 }),
      row({ model: 'claude-haiku-4-5', provider: 'anthropic', inputTokens: 100 }),
      row({ day: '2026-05-02', provider: null, model: null, calls: 4, inputTokens: 0, outputTokens: 0, costUsd: 0 }),
    ];
    expect(sumUsage(rows)).toEqual({ calls: 8, tokens: 120, costUsd: 0.02, fallbacks: 1 });
    expect(callsPerDay(rows)).toEqual([
      { day: '2026-05-01', model: 3, offline: 1 },
      { day: '2026-05-02', model: 0, offline: 4 },
    ]);
  });

  it('writes CSV a spreadsheet cannot run as a formula', () => {
    const csv = usageCsv([row({ model: '=HYPERLINK("http://evil")' }), row({ provider: null, model: null })]);
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('day,provider,model,calls,input_tokens,output_tokens,cost_usd,fallbacks,latency_median_ms,latency_p95_ms');
    expect(lines[1]).toBe(`2026-05-01,openai,"'=HYPERLINK(""http://evil"")",1,10,5,0.01,0,420,1300`);
    expect(lines[2]).toBe('2026-05-01,offline,,1,10,5,0.01,0,420,1300');
  });

  it('counts the last days up to today, both included', () => {
    expect(lastDays(30, new Date('2026-05-30T12:00:00Z'))).toEqual({ from: '2026-05-01', to: '2026-05-30' });
  });
});
