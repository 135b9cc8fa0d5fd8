import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Profile } from '#shared/contracts/profile.ts';
import { personas } from '#tests/fixtures/resumes/personas.ts';
import { describeInBrowser, screenshotPath } from './support/browser.ts';
import { chooseCvFile, uploadCvForOnboarding } from './support/cv-upload.ts';
import { openParleyInBrowser, type ParleyInBrowser } from './support/parley-in-browser.ts';
import { signUpInBrowser } from './support/sign-up.ts';

const analyst = personas.find((persona) => persona.id === 'data-analyst')!;
const user = { name: 'Dana Seeker', email: 'dana@example.com', password: 'Onboarding-Journey-2026' };

describeInBrowser('onboarding in the browser', () => {
  let app: ParleyInBrowser;
  let page: Page;

  beforeAll(async () => {
    app = await openParleyInBrowser();
    page = app.page;
  });

  afterAll(async () => {
    await app?.close();
  });

  const tags = (testId: string) => page.getByTestId(testId).locator('xpath=ancestor::div[contains(@class, "mantine-TagsInput-root")]').locator('.mantine-Pill-label').allTextContents();

  it('uploads a PDF CV after sign-up and prefills the profile from it', async () => {
    await signUpInBrowser(page, user);

    await page.goto('/onboarding');
    await page.getByRole('button', { name: 'Upload your CV', exact: true }).waitFor();
    await uploadCvForOnboarding(page, 'data-analyst.pdf');
    expect(await page.getByTestId('profile-full-name').inputValue()).toBe(analyst.name);
    expect(await page.getByTestId('profile-years').inputValue()).toMatch(/^\d+$/);
    expect(await tags('profile-target-roles')).toContain(analyst.work[0]!.position);
    const skills = (await tags('profile-key-skills')).map((skill) => skill.toLowerCase());
    for (const skill of ['SQL', 'Python', 'Tableau']) expect(skills).toContain(skill.toLowerCase());
    await page.screenshot({ path: screenshotPath('onboarding-confirm'), fullPage: true });
  });

  it('keeps the prefill and an edit when going back, or away and back, before saving', async () => {
    await page.getByTestId('profile-target-roles').fill('Analytics Lead');
    await page.getByTestId('profile-target-roles').press('Enter');
    await page.getByRole('button', { name: /Upload your CV/ }).first().click();
    await page.getByTestId('onboarding-draft').waitFor();
    await page.goto('/practice');
    await page.goto('/onboarding');
    await page.getByRole('button', { name: 'Continue where you left off' }).click();
    expect(await page.getByTestId('profile-full-name').inputValue()).toBe(analyst.name);
    expect(await tags('profile-target-roles')).toEqual(expect.arrayContaining([analyst.work[0]!.position, 'Analytics Lead']));
    const skills = (await tags('profile-key-skills')).map((skill) => skill.toLowerCase());
    for (const skill of ['SQL', 'Python', 'Tableau']) expect(skills).toContain(skill.toLowerCase());
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
    await chooseCvFile(page, 'registered-nurse.docx');
    await page.getByTestId('cv-upload-done').waitFor();
    await page.getByTestId('cv-version').nth(1).waitFor();
    expect(await page.getByTestId('cv-version').first().getAttribute('data-current')).toBe('true');
    await page.getByRole('button', { name: 'Make data-analyst.pdf current' }).click();
    await page.getByTestId('cv-version').filter({ hasText: 'data-analyst.pdf' }).and(page.locator('[data-current="true"]')).waitFor();
    expect(app.pageErrors).toEqual([]);
  });
});
