import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

const resumesDir = fileURLToPath(new URL('../../fixtures/resumes/', import.meta.url));

/** Chooses a CV from tests/fixtures/resumes in the page's CV upload field, which uploads it. */
export async function chooseCvFile(page: Page, fixtureName: string): Promise<void> {
  await page.getByTestId('cv-upload').locator('input[type=file]').setInputFiles(`${resumesDir}${fixtureName}`);
}

/** Uploads a CV on the onboarding page and waits for the profile form that it prefills. */
export async function uploadCvForOnboarding(page: Page, fixtureName: string): Promise<void> {
  await chooseCvFile(page, fixtureName);
  await page.getByTestId('profile-full-name').waitFor();
}
