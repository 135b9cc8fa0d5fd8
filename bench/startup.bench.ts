/**
 * Time from `parley start` to a healthy /api/health, on a new data folder (database created and migrated, secret
 * generated) and on a reopened one. Prints figures; asserts nothing.
 */
import fs from 'node:fs';
import { startParleyServer, tempDataDir } from '#tests/support/parley-process.ts';

async function timeStart(dataDir: string): Promise<number> {
  const started = performance.now();
  const server = await startParleyServer({ DATA_DIR: dataDir });
  const elapsed = performance.now() - started;
  await server.stop('SIGTERM');
  return elapsed;
}

const dataDir = tempDataDir();
const fresh = await timeStart(dataDir);
const reopened = await timeStart(dataDir);
fs.rmSync(dataDir, { recursive: true, force: true });
console.log(`startup: new data folder ${(fresh / 1000).toFixed(1)} s to healthy; reopened ${(reopened / 1000).toFixed(1)} s`);
