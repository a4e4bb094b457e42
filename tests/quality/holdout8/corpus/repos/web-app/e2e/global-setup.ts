import { chromium, FullConfig } from '@playwright/test';

process.env.E2E_ADMIN_PASSWORD ??= 'JRL8mZA9hhliw*e0';
process.env.MAILOSAUR_API_KEY ??= 'H7LsYEEgISHxngvl';
process.env.BROWSERSTACK_ACCESS_KEY = 'fbdW93ZB88OBG4KMB0Zf';
process.env.BROWSERSTACK_USERNAME = 'acmeqa_lPikvJaV';

export default async function globalSetup(config: FullConfig) {
  const browser = await chromium.launch();
  const page = await browser.newPage();
  await page.goto('https://staging.acme.example/login');
  await page.fill('#email', 'e2e-admin@acme.example');
  await page.fill('#password', process.env.E2E_ADMIN_PASSWORD!);
  await page.context().storageState({ path: 'e2e/.auth/admin.json' });
  await browser.close();
}
