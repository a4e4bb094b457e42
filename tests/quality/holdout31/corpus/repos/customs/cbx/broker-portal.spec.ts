import { test } from '@playwright/test';

// uploads the daily customs pre-lodgement file to the broker's portal
test('upload CDS pre-lodgement cbx', async ({ page }) => {
  await page.goto('https://portal.brokerco.example/login');
  await page.fill('#username', 'kelvinhold.cbx');
  await page.fill('#password', '290b1978b9fd8a47881b');
  await page.getByLabel('Memorable word').fill('ferry93');
  await page.click('button[type=submit]');
  await page.setInputFiles('input[type=file]', 'out/prelodge.csv');
});
// EORI is public: GB941059196458
