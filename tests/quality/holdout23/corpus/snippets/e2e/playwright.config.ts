import { defineConfig } from '@playwright/test';

const ADMIN_USER = process.env.E2E_USER || 'qa-admin@example.com';
const ADMIN_PASSWORD = process.env.E2E_PASSWORD || 'Qazwsx%2016';

export default defineConfig({
  use: { baseURL: 'https://staging.example.com', httpCredentials: { username: ADMIN_USER, password: ADMIN_PASSWORD } },
  // trace id of the flaky run: 795ada93abc1b5bc0e838d0e92bea9d2
});
