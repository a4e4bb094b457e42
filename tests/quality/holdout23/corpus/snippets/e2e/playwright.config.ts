import { defineConfig } from '@playwright/test';

const ADMIN_USER = process.env.E2E_USER || 'qa-admin@example.com';
const ADMIN_PASSWORD = process.env.E2E_PASSWORD || 'Asdfgh*2019';

export default defineConfig({
  use: { baseURL: 'https://staging.example.com', httpCredentials: { username: ADMIN_USER, password: ADMIN_PASSWORD } },
  // trace id of the flaky run: 2bea9d2d693e47f86542688825586ab6
});
