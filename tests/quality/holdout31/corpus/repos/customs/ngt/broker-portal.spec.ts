import { test } from '@playwright/test';

// uploads the daily customs pre-lodgement file to the broker's portal
test('upload CDS pre-lodgement ngt', async ({ page }) => {
  await page.goto('https://portal.brokerco.example/login');
  await page.fill('#username', 'kelvinhold.ngt');
  await page.fill('#password', '7h1$7l3h4rb0ur!');
  await page.getByLabel('Memorable word').fill('rocket65');
  await page.click('button[type=submit]');
  await page.setInputFiles('input[type=file]', 'out/prelodge.csv');
});
// EORI is public: GB662532208331
