import { Option, type Command } from 'commander';

export function registerKeysCommands(program: Command): void {
  const keys = program.command('keys').description('Encrypted provider keys');
  keys
    .command('rotate-secret')
    .description('Re-encrypt every stored provider key and 2FA secret under a new server secret (stop the server first)')
    .addOption(new Option('--new-secret <secret>', 'the new server secret (at least 32 characters)').env('NEW_SERVER_SECRET').makeOptionMandatory())
    .action(async (options: { newSecret: string }) => {
      const [{ loadConfig }, { openConfiguredDatabase }, { rotateServerSecret }, { readServerSecret, replaceServerSecret, serverSecretFile }] = await Promise.all([
        import('#server/config.ts'),
        import('#server/main.ts'),
        import('#server/modules/keys/index.ts'),
        import('#server/platform/server-secret.ts'),
      ]);
      const config = loadConfig();
      const fromEnvironment = config.serverSecret !== undefined;
      const oldSecret = config.serverSecret ?? readServerSecret(config.dataDir);
      if (!oldSecret) throw new Error(`No server secret is in use (SERVER_SECRET is unset and ${config.dataDir}/server-secret does not exist): nothing to rotate.`);
      const newSecret = options.newSecret.trim();
      if (newSecret.length < 32) throw new Error('The new secret must be at least 32 characters long.');
      if (newSecret === oldSecret) throw new Error('The new secret is the same as the current one.');

      const database = await openConfiguredDatabase(config);
      try {
        const report = await rotateServerSecret(database.db, oldSecret, newSecret);
        console.log(`Re-encrypted ${report.providerCredentials} provider key(s) and ${report.twoFactorSecrets} two-factor secret(s).`);
      } finally {
        await database.close();
      }
      if (fromEnvironment) {
        console.log('Now set SERVER_SECRET to the new secret before starting Parley again (the old one no longer opens the keys).');
      } else {
        replaceServerSecret(config.dataDir, newSecret);
        console.log(`Wrote the new secret to ${serverSecretFile(config.dataDir)}.`);
      }
      console.log('Everyone will need to sign in again: sessions were signed with the old secret.');
    });
}
