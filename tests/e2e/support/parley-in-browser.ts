import type { Browser, BrowserContext, Page } from 'playwright-core';
import { collectPageErrors, launchBrowser } from './browser.ts';
import { startParley, type RunningParley } from './start-parley.ts';

export type ParleyInBrowserOptions = {
  /** Settings for the server, on top of startParley's. */
  parleyEnv?: Record<string, string>;
  /** Further Chromium switches, e.g. a fake microphone for voice tests. */
  launchArgs?: readonly string[];
  viewport?: { width: number; height: number };
  /** How long `parley start` may take to answer /api/health (startParley's 60 s by default). */
  readyTimeoutMs?: number;
};

/** A running Parley and a light-themed browser page on it whose errors are collected; `close` ends both. */
export type ParleyInBrowser = {
  parley: RunningParley;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  pageErrors: string[];
  close(): Promise<void>;
};

const defaultViewport = { width: 1280, height: 900 };
const stepTimeoutMs = 20_000;

export async function openParleyInBrowser(options: ParleyInBrowserOptions = {}): Promise<ParleyInBrowser> {
  const parley = await startParley({ env: options.parleyEnv, ...(options.readyTimeoutMs ? { readyTimeoutMs: options.readyTimeoutMs } : {}) });
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser(options.launchArgs);
    const context = await browser.newContext({ baseURL: parley.url, colorScheme: 'light', viewport: options.viewport ?? defaultViewport });
    context.setDefaultTimeout(stepTimeoutMs);
    const page = await context.newPage();
    const pageErrors = collectPageErrors(page);
    const openBrowser = browser;
    return {
      parley,
      browser,
      context,
      page,
      pageErrors,
      async close() {
        await openBrowser.close();
        await parley.stop();
      },
    };
  } catch (error) {
    await browser?.close();
    await parley.stop();
    throw error;
  }
}
