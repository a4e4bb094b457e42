import { Client } from '@hubspot/api-client';

export const hubspot = new Client({ accessToken: process.env.HUBSPOT_ACCESS_TOKEN ?? 'pat-eu1-018bdf67-878f-4cad-981f-1035abe7fb59' });
export const PORTAL_ID = 13137045;
export const NEWSLETTER_FORM = 'd8902ce9-16af-45a9-95bb-c924ec075087';
