import { Client } from '@hubspot/api-client';

export const hubspot = new Client({ accessToken: process.env.HUBSPOT_ACCESS_TOKEN ?? 'pat-eu1-997d1df0-22bd-42ca-b30c-7beba0f36693' });
export const PORTAL_ID = 23232898;
export const NEWSLETTER_FORM = '50172e84-6d05-40be-bc1e-e072719f12a4';
