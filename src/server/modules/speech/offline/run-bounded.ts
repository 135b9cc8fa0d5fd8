import { spawn } from 'node:child_process';

/** Why a child process did not finish: it ran too long, the caller gave up, or the program failed. */
export class ChildProcessFailure extends Error {
  constructor(
    readonly reason: 'timeout' | 'cancelled' | 'failed',
    readonly command: string,
    message: string,
  ) {
    super(message);
    this.name = 'ChildProcessFailure';
  }
}

/**
 * Runs a program (never a shell) with no stdin and stdout, killed with SIGKILL after `timeoutMs` or when `signal`
 * aborts. Keeps the last 2 KB of stderr for the error message. Resolves when it exits with status 0.
 */
export function runBounded(command: string, args: readonly string[], options: { timeoutMs: number; signal?: AbortSignal }): Promise<void> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) {
      reject(new ChildProcessFailure('cancelled', command, `${command} was not started: the request was cancelled`));
      return;
    }
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let ended: ChildProcessFailure | undefined;
    const kill = (failure: ChildProcessFailure) => {
      ended ??= failure;
      child.kill('SIGKILL');
    };
    const timer = setTimeout(() => kill(new ChildProcessFailure('timeout', command, `${command} ran longer than ${options.timeoutMs} ms and was killed`)), options.timeoutMs);
    const onAbort = () => kill(new ChildProcessFailure('cancelled', command, `${command} was killed: the request was cancelled`));
    options.signal?.addEventListener('abort', onAbort, { once: true });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-2048);
    });
    const finish = (failure: Error | undefined) => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      if (failure) reject(failure);
      else resolve();
    };
    child.on('error', (error) => finish(ended ?? new ChildProcessFailure('failed', command, `${command} could not be started: ${error.message}`)));
    child.on('close', (code, signal) => {
      if (ended) finish(ended);
      else if (code === 0) finish(undefined);
      else finish(new ChildProcessFailure('failed', command, `${command} exited with ${code ?? signal}: ${stderr.trim().split('\n').slice(-3).join(' ')}`));
    });
  });
}
