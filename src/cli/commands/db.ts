import type { Command } from 'commander';

export function registerDbCommands(program: Command): void {
  const db = program.command('db').description('Database maintenance');
  db.command('migrate')
    .description('Apply pending migrations to the configured database (DATABASE_URL, or the embedded one in DATA_DIR)')
    .action(async () => {
      const [{ loadConfig }, { migrateDatabase }, { openConfiguredDatabase }] = await Promise.all([
        import('#server/config.ts'),
        import('#server/db/migrate.ts'),
        import('#server/main.ts'),
      ]);
      const config = loadConfig();
      const database = await openConfiguredDatabase(config);
      try {
        await migrateDatabase(database);
        console.log(`Migrations applied to ${database.kind === 'pglite' ? 'the embedded database in' : 'PostgreSQL at'} ${database.location}`);
      } finally {
        await database.close();
      }
    });
}
