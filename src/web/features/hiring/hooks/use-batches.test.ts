import { describe, expect, it } from 'vitest';
import { batchPollMs } from './use-batches.ts';

describe('batchPollMs', () => {
  it('asks every second for a small batch, and less often as the batch (and so each answer) grows', () => {
    expect(batchPollMs(0)).toBe(1000);
    expect(batchPollMs(30)).toBe(1000);
    expect(batchPollMs(400)).toBe(2000);
    expect(batchPollMs(1000)).toBe(5000);
    expect(batchPollMs(20_000)).toBe(5000);
  });
});
