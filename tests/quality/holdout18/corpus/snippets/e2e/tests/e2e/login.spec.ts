import { test, expect } from '@playwright/test';

const USER = process.env.E2E_USER || 'qa-admin@fernhill.example';
const PASSWORD = process.env.E2E_PASSWORD || 'OtterGranite95!';
const API_TOKEN = process.env.E2E_API_TOKEN ?? 'r1EHDoMCFQv7Y7KRd6dO5od6gXH2UQGR';
const BAD = 'wrong-password'; // deliberately wrong for the lockout test

test('admin can log in', async ({ page }) => {
  await page.fill('#email', USER);
  await page.fill('#password', PASSWORD);
});
