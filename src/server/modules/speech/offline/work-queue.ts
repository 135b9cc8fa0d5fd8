import { AppError } from '#server/platform/errors.ts';

export type WorkQueue = {
  /** Runs `job` when a slot is free; refuses with 503 when too many wait, and drops a waiting job whose signal aborts. */
  run<T>(job: () => Promise<T>, signal?: AbortSignal): Promise<T>;
  readonly running: number;
  readonly waiting: number;
};

/** At most `concurrency` jobs at once (each offline transcription is a ~120 MB process using a whole core). */
export function createWorkQueue(options: { concurrency: number; maxWaiting: number }): WorkQueue {
  let running = 0;
  const waiting: Array<() => void> = [];

  const release = () => {
    running -= 1;
    const next = waiting.shift();
    if (next) next();
  };

  const acquire = (signal?: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      if (running < options.concurrency) {
        running += 1;
        resolve();
        return;
      }
      if (waiting.length >= options.maxWaiting) {
        reject(new AppError('unavailable', 'Offline speech-to-text is busy with other answers: try again in a minute.'));
        return;
      }
      const start = () => {
        signal?.removeEventListener('abort', onAbort);
        running += 1;
        resolve();
      };
      const onAbort = () => {
        const index = waiting.indexOf(start);
        if (index >= 0) waiting.splice(index, 1);
        reject(new AppError('bad_request', 'The recording was cancelled before it was transcribed.'));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      waiting.push(start);
    });

  return {
    async run(job, signal) {
      await acquire(signal);
      try {
        return await job();
      } finally {
        release();
      }
    },
    get running() {
      return running;
    },
    get waiting() {
      return waiting.length;
    },
  };
}
