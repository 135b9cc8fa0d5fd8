/**
 * Start-up problems the user can fix (bad configuration, an unreachable database, a data folder in use, an unusable
 * server secret file): their message is the whole story. Matched by name, so `parley --help` does not load the
 * modules that declare them (the database client loads PGlite).
 */
const startupProblems = new Set(['ConfigError', 'DatabaseUnavailableError', 'DataDirLockedError', 'ServerSecretError']);

/** Every failure prints one line, `parley: <message>`; anything unexpected adds its stack with DEBUG=1. */
export async function runCommand(run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (error instanceof Error) {
      console.error(`parley: ${error.message}`);
      if (process.env.DEBUG && !startupProblems.has(error.name)) console.error(error.stack);
    } else {
      console.error('parley: failed', error);
    }
    process.exit(1);
  }
}
