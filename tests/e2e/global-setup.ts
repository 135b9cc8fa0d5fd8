import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { ensureServerBuilt } from '#scripts/build-server.js';
import { createLogger } from '#server/platform/logger.ts';
import { ensureWebBuilt } from '#server/web-build.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const defaultChromium = '/usr/bin/chromium';

export type BrowserAvailability = { available: true; executablePath: string } | { available: false; reason: string };

/**
 * Finds a Chromium, and compiles the server and builds the web app (when missing or stale) once for every browser test. Without a Chromium the browser tests are
 * skipped with one clear line, unless REQUIRE_BROWSER=1 makes that a failure (CI sets it).
 */
export default async function setup(project: TestProject): Promise<void> {
  const browser = findChromium(process.env.CHROMIUM_PATH);
  if (!browser.available) {
    if (process.env.REQUIRE_BROWSER === '1') {
      throw new Error(`Browser tests cannot run: ${browser.reason.replace(/^Browser tests skipped: /, '')} REQUIRE_BROWSER=1 makes this a failure.`);
    }
    console.log(`\n${browser.reason} Set REQUIRE_BROWSER=1 to make this a failure.\n`);
    project.provide('browser', browser);
    return;
  }
  await ensureServerBuilt();
  await ensureWebBuilt(createLogger({ logLevel: 'warn' }));
  fs.mkdirSync(path.join(projectRoot, 'tests/e2e/artifacts'), { recursive: true });
  project.provide('browser', browser);
}

function findChromium(configured: string | undefined): BrowserAvailability {
  const executablePath = configured && configured !== '' ? configured : defaultChromium;
  try {
    fs.accessSync(executablePath, fs.constants.X_OK);
    return { available: true, executablePath };
  } catch {
    return {
      available: false,
      reason: `Browser tests skipped: no Chromium at ${executablePath} (set CHROMIUM_PATH or apt-get install chromium).`,
    };
  }
}

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- module augmentation needs an interface
  export interface ProvidedContext {
    browser: BrowserAvailability;
  }
}
