import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { idleReaderCount, readInWorker, readerIdleMs } from './read-in-worker.ts';

const pdf = join(import.meta.dirname, '..', '..', '..', '..', '..', 'tests', 'fixtures', 'resumes', 'software-engineer.pdf');

afterEach(() => {
  vi.useRealTimers();
});

it('keeps a reader warm after a file, and lets it go once it has been idle for the idle time', async () => {
  // A first file with real timers: the reader's build and start are not what this test is about.
  await readInWorker('pdf', new Uint8Array(await readFile(pdf)));
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  const raw = await readInWorker('pdf', new Uint8Array(await readFile(pdf)));
  expect(raw.kind).toBe('pdf');
  expect(idleReaderCount()).toBe(1);
  vi.advanceTimersByTime(readerIdleMs - 1);
  expect(idleReaderCount()).toBe(1);
  vi.advanceTimersByTime(1);
  expect(idleReaderCount()).toBe(0);
  // The next file starts a reader again.
  vi.useRealTimers();
  expect((await readInWorker('pdf', new Uint8Array(await readFile(pdf)))).kind).toBe('pdf');
  expect(idleReaderCount()).toBe(1);
});
