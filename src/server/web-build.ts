import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from './platform/logger.ts';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const webRoot = path.join(projectRoot, 'dist', 'web');

/** `npm start` on a fresh clone builds the web app once; later starts reuse the build. */
export async function ensureWebBuilt(log: Logger): Promise<string> {
  if (fs.existsSync(path.join(webRoot, 'index.html'))) return webRoot;
  log.info('building the web app (first start only)');
  const started = performance.now();
  const { build } = await import('vite');
  await build({ configFile: path.join(projectRoot, 'vite.config.ts'), logLevel: 'warn' });
  log.info({ ms: Math.round(performance.now() - started) }, 'web app built');
  return webRoot;
}
