import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { describe, inject } from 'vitest';

export const artifactsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../artifacts');

const browser = inject('browser');

/** `describe`, skipped (with the reason in its title) when global setup found no Chromium. */
export function describeInBrowser(title: string, body: () => void): void {
  describe.skipIf(!browser.available)(browser.available ? title : `${title} (${browser.reason})`, body);
}

/** `extraArgs`: further Chromium switches, e.g. a fake microphone for voice tests. */
export async function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  if (!browser.available) throw new Error(browser.reason);
  return chromium.launch({
    executablePath: browser.executablePath,
    args: [
      ...extraArgs,
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Collects console errors and uncaught page errors, so a test can assert the page ran cleanly. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

export function screenshotPath(name: string): string {
  return path.join(artifactsDir, `${name}.png`);
}
