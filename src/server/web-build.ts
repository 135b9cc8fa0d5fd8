import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { webSourceStamp, webStampFile } from '#scripts/source-stamp.js';
import type { Logger } from '#server/platform/logger.ts';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const webRoot = path.join(projectRoot, 'dist', 'web');

export type WebBuildOptions = {
  /** The project folder (tests use a copy). */
  root?: string;
  /** Builds root/dist/web and records its stamp: Vite with the project's configuration (vite.config.ts) by default. */
  build?: (root: string) => Promise<void>;
};

async function buildWithVite(root: string): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
}

/** Whether root/dist/web was built from the sources as they are now (its recorded stamp matches theirs). */
export function isWebBuildFresh(root: string = projectRoot): boolean {
  if (!fs.existsSync(path.join(root, 'dist', 'web', 'index.html'))) return false;
  let recorded: string;
  try {
    recorded = fs.readFileSync(path.join(root, webStampFile), 'utf8').trim();
  } catch {
    return false;
  }
  return recorded === webSourceStamp(root);
}

/**
 * Builds the web app when there is no build yet or its sources changed since (after an upgrade), so the app served
 * always matches the server. Every Vite build records the stamp of its sources in dist/web.stamp (vite.config.ts).
 */
export async function ensureWebBuilt(log: Logger, options: WebBuildOptions = {}): Promise<string> {
  const root = options.root ?? projectRoot;
  const outDir = path.join(root, 'dist', 'web');
  if (isWebBuildFresh(root)) return outDir;
  const first = !fs.existsSync(path.join(outDir, 'index.html'));
  log.info(first ? 'building the web app (first start)' : 'building the web app (its sources changed since the last build)');
  const started = performance.now();
  await (options.build ?? buildWithVite)(root);
  log.info({ ms: Math.round(performance.now() - started) }, 'web app built');
  return outDir;
}
