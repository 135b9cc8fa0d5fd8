import type { Command } from 'commander';

export function registerWorkerCommand(program: Command): void {
  program
    .command('worker')
    .description('Run background jobs only (CV screening, practice reports, search embeddings); start several against one DATABASE_URL to scale out')
    .action(async () => {
      const [{ loadConfig }, { closeOnSignals, startWorker }, { createLogger }] = await Promise.all([
        import('#server/config.ts'),
        import('#server/main.ts'),
        import('#server/platform/logger.ts'),
      ]);
      const config = loadConfig();
      const log = createLogger(config);
      const worker = await startWorker(config, log);
      closeOnSignals(worker, log);
    });
}
