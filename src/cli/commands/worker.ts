import type { Command } from 'commander';
import { loadConfig } from '../../server/config.ts';
import { closeOnSignals, startWorker } from '../../server/main.ts';
import { createLogger } from '../../server/platform/logger.ts';

export function registerWorkerCommand(program: Command): void {
  program
    .command('worker')
    .description('Run background jobs only (CV screening, feedback, mail); start several against one DATABASE_URL to scale out')
    .action(async () => {
      const config = loadConfig();
      const log = createLogger(config);
      const worker = await startWorker(config, log);
      closeOnSignals(worker, log);
    });
}
