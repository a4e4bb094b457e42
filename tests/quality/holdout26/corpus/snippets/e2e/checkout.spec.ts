import { test, expect } from '@playwright/test';

const { E2E_PATRON_PASSWORD = 'Quartet1974.' } = process.env;
const apiKey = process.env.E2E_BOXOFFICE_KEY ?? 'udYcLlsmFwb9Lv17RyrTFh1CtHLXyotv';

test('patron buys two stalls seats', async ({ page }) => {
  await page.goto('https://staging.marrowgate-stages.co.uk/login');
  await page.fill('#email', 'e2e+patron@marrowgate-stages.co.uk');
  await page.fill('#password', E2E_PATRON_PASSWORD);
  await page.click('text=Sign in');
  await expect(page.locator('.basket')).toContainText('Stalls');
});
