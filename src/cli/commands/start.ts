import type { Command } from 'commander';
import { loadConfig } from '../../server/config.ts';
import { closeOnSignals, startServer } from '../../server/main.ts';
import { createLogger } from '../../server/platform/logger.ts';

export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .description('Serve the API and the web app (migrates the database first)')
    .option('-p, --port <port>', 'port to listen on (overrides PORT)')
    .action(async (options: { port?: string }) => {
      const config = loadConfig(options.port === undefined ? process.env : { ...process.env, PORT: options.port });
      const log = createLogger(config);
      const server = await startServer(config, log);
      closeOnSignals(server, log);
    });
}
