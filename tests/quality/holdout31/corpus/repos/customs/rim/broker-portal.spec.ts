import { test } from '@playwright/test';

// uploads the daily customs pre-lodgement file to the broker's portal
test('upload CDS pre-lodgement rim', async ({ page }) => {
  await page.goto('https://portal.brokerco.example/login');
  await page.fill('#username', 'kelvinhold.rim');
  await page.fill('#password', 'Diesel2021#');
  await page.getByLabel('Memorable word').fill('polar75');
  await page.click('button[type=submit]');
  await page.setInputFiles('input[type=file]', 'out/prelodge.csv');
});
// EORI is public: GB313836398676
