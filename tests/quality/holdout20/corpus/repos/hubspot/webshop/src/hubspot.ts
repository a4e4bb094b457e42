import { Client } from '@hubspot/api-client';

export const hubspot = new Client({ accessToken: process.env.HUBSPOT_ACCESS_TOKEN ?? 'pat-eu1-886ad03e-1b4f-4554-97da-66dfbac9a0ec' });
export const PORTAL_ID = 93631161;
export const NEWSLETTER_FORM = '531e4f3f-7bbb-44ca-af70-b85ea71d26e3';
