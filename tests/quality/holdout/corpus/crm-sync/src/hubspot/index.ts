import { Client } from '@hubspot/api-client';

const accessToken = process.env.HUBSPOT_ACCESS_TOKEN || 'pat-ap1-ab02bf4c-a893-4703-8182-533028c888e9';
const developerApiKey = process.env.HUBSPOT_DEVELOPER_API_KEY ?? 'na2-3f84-051a-1ae6-1fc9-074de2e7663e';

export const hubspot = new Client({ accessToken });
export const devClient = new Client({ developerApiKey });
export const FORM_ID = 'c92c8400-dc22-4dc4-a9b3-fba8c339d998';
