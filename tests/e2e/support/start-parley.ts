import fs from 'node:fs';
import { startParleyServer } from '#tests/support/parley-process.ts';

export type RunningParley = { url: string; dataDir: string; output(): string; stop(): Promise<void> };

/**
 * Runs the real server (`node bin/parley.js start`) as a user would, on a free port with a new embedded database
 * (DATABASE_URL is dropped, so every run starts from an empty installation), and removes the data folder on stop.
 * It may take a while to answer on a loaded machine (the hooks allow 180 s), hence the generous wait.
 */
export async function startParley(options: { env?: Record<string, string>; readyTimeoutMs?: number } = {}): Promise<RunningParley> {
  const server = await startParleyServer({ NODE_ENV: 'production', ...options.env }, options.readyTimeoutMs ?? 150_000);
  return {
    url: server.url,
    dataDir: server.dataDir,
    output: () => server.output(),
    async stop() {
      await server.stop('SIGTERM');
      fs.rmSync(server.dataDir, { recursive: true, force: true });
    },
  };
}
