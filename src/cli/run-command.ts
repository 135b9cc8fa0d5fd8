import { ConfigError } from '../server/config.ts';
import { DatabaseUnavailableError } from '../server/db/client.ts';
import { DataDirLockedError } from '../server/db/data-dir-lock.ts';

/** Known start-up problems print one clear line; anything else prints its message (and a stack with DEBUG=1). */
export async function runCommand(run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DatabaseUnavailableError || error instanceof DataDirLockedError) {
      console.error(`parley: ${error.message}`);
    } else if (error instanceof Error) {
      console.error(`parley: ${error.message}`);
      if (process.env.DEBUG) console.error(error.stack);
    } else {
      console.error('parley: failed', error);
    }
    process.exit(1);
  }
}
