import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Profile } from '../../src/shared/contracts/profile.ts';
import { personas } from '../fixtures/resumes/personas.ts';
import { collectPageErrors, describeInBrowser, launchBrowser, screenshotPath } from './support/browser.ts';
import { startParley, type RunningParley } from './support/start-parley.ts';

const analyst = personas.find((persona) => persona.id === 'data-analyst')!;
const cvPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/resumes/data-analyst.pdf');
const user = { name: 'Dana Seeker', email: 'dana@example.com', password: 'Onboarding-Journey-2026' };

describeInBrowser('onboarding in the browser', () => {
  let parley: RunningParley;
  let browser: Browser;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    parley = await startParley();
    browser = await launchBrowser();
    const context = await browser.newContext({ baseURL: parley.url, colorScheme: 'light', viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(20_000);
    page = await context.newPage();
    pageErrors = collectPageErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
    await parley?.stop();
  });

  const tags = (testId: string) => page.getByTestId(testId).locator('xpath=ancestor::div[contains(@class, "mantine-TagsInput-root")]').locator('.mantine-Pill-label').allTextContents();

  it('uploads a PDF CV after sign-up and prefills the profile from it', async () => {
    await page.goto('/sign-up');
    await page.getByLabel('Name').fill(user.name);
    await page.getByLabel('Email').fill(user.email);
    await page.getByLabel(/^Password\b/).fill(user.password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'Check your inbox' }).waitFor();

    await page.goto('/onboarding');
    await page.getByRole('button', { name: 'Upload your CV', exact: true }).waitFor();
    await page.getByTestId('cv-upload').locator('input[type=file]').setInputFiles(cvPath);
    const fullName = page.getByTestId('profile-full-name');
    await fullName.waitFor();
    expect(await fullName.inputValue()).toBe(analyst.name);
    expect(await page.getByTestId('profile-years').inputValue()).toMatch(/^\d+$/);
    expect(await tags('profile-target-roles')).toContain(analyst.work[0]!.position);
    const skills = (await tags('profile-key-skills')).map((skill) => skill.toLowerCase());
    for (const skill of ['SQL', 'Python', 'Tableau']) expect(skills).toContain(skill.toLowerCase());
    await page.screenshot({ path: screenshotPath('onboarding-confirm'), fullPage: true });
  });

  it('saves the confirmed profile after an edit and lists the CV version', async () => {
    await page.getByTestId('profile-key-skills').fill('Forecasting');
    await page.getByTestId('profile-key-skills').press('Enter');
    await page.getByTestId('profile-save').click();
    await page.getByTestId('onboarding-done').waitFor();

    const profile = await page.evaluate(async () => (await fetch('/api/profile')).json() as Promise<Profile>);
    expect(profile.fullName).toBe(analyst.name);
    expect(profile.onboardedAt).not.toBeNull();
    expect(profile.keySkills).toContain('Forecasting');
    expect(profile.currentCv?.fileName).toBe('data-analyst.pdf');

    const version = page.getByTestId('cv-version');
    await expect(version.count()).resolves.toBe(1);
    expect(await version.getAttribute('data-current')).toBe('true');
    expect(await page.getByRole('link', { name: 'Download data-analyst.pdf' }).getAttribute('href')).toBe(`/api/profile/cvs/${profile.currentCv!.id}/file`);
    await page.screenshot({ path: screenshotPath('onboarding-done'), fullPage: true });
  });

  it('shows the saved profile in Settings, where a new CV version can be added', async () => {
    await page.goto('/settings/cv');
    await page.getByRole('heading', { name: 'CV and profile' }).waitFor();
    expect(await page.getByTestId('profile-full-name').inputValue()).toBe(analyst.name);
    await page.getByTestId('cv-upload').locator('input[type=file]').setInputFiles(cvPath.replace('data-analyst.pdf', 'registered-nurse.docx'));
    await page.getByTestId('cv-upload-done').waitFor();
    await page.getByTestId('cv-version').nth(1).waitFor();
    expect(await page.getByTestId('cv-version').first().getAttribute('data-current')).toBe('true');
    await page.getByRole('button', { name: 'Make data-analyst.pdf current' }).click();
    await page.getByTestId('cv-version').filter({ hasText: 'data-analyst.pdf' }).and(page.locator('[data-current="true"]')).waitFor();
    expect(pageErrors).toEqual([]);
  });
});
