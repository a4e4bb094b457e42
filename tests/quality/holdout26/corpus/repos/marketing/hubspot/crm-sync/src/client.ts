import { Client } from '@hubspot/api-client';

export const hubspot = new Client({ accessToken: process.env.HUBSPOT_ACCESS_TOKEN });

// developer account, app settings only (timeline event types)
export const developerApiKey = process.env.HUBSPOT_DEVELOPER_API_KEY ?? 'eu1-ce78-88f3-345d-22d1-d1b5ad1f482d';
export const portalId = Number(process.env.HUBSPOT_PORTAL_ID ?? 18588006);
