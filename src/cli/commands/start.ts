import type { Command } from 'commander';

export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .description('Serve the API and the web app (migrates the database first)')
    .option('-p, --port <port>', 'port to listen on (overrides PORT)')
    .action(async (options: { port?: string }) => {
      const [{ loadConfig }, { closeOnSignals, startServer }, { createLogger }] = await Promise.all([
        import('#server/config.ts'),
        import('#server/main.ts'),
        import('#server/platform/logger.ts'),
      ]);
      const config = loadConfig(options.port === undefined ? process.env : { ...process.env, PORT: options.port });
      const log = createLogger(config);
      const server = await startServer(config, log);
      closeOnSignals(server, log);
    });
}
